"""What a health record said about the person (conditions, eGFR, age), for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from magadvise.advice.listed_conditions import LISTED
from magadvise.render.terminal import Panel, join, text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.record_facts import RecordFact

NOT_READ = (
    "Some of the record was NOT read (listed above): the advice does not take it into account, "
    "so this result is not complete. Give what matters with --condition or --age."
)
"""Said under the skipped list when a record's resource was not read."""


def origin(fact: RecordFact) -> str:
    """``From the list`` for a condition written on a medication list or as ``--med``
    (:mod:`magadvise.advice.listed_conditions`) or an age or birth date written on a plain list
    (:mod:`magadvise.medlist.person_line`: no record resource), else ``From the record``."""
    listed = fact.entry.fact == LISTED or fact.entry.resource is None
    return "From the list" if listed else "From the record"


def record_view(report: CautionReport) -> RenderableType:
    """Each fact read from a record or list and what it was counted as, one line each."""
    lines = [
        Text.assemble(f"{origin(f)}: ", text(f.text, "bold"), " (", text(f.entry.where), ")")
        for f in report.record
    ]
    said = {origin(f).upper() for f in report.record}
    title = " AND ".join(sorted(said, reverse=True)).replace("AND FROM", "AND")
    return Panel(join(lines), title=Text(title, style="bold"), title_align="left")
