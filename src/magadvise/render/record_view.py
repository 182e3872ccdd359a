"""What a health record said about the person (conditions, eGFR, age), for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from magadvise.render.terminal import Panel, join, text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from magadvise.advice.cautions import CautionReport

NOT_READ = (
    "Some of the record was NOT read (listed above): the advice does not take it into account, "
    "so this result is not complete. Give what matters with --condition or --age."
)
"""Said under the skipped list when a record's resource was not read."""


def record_view(report: CautionReport) -> RenderableType:
    """Each fact read from a record and what it was counted as, one line each."""
    lines = [
        Text.assemble("From the record: ", text(f.text, "bold"), " (", text(f.entry.where), ")")
        for f in report.record
    ]
    return Panel(join(lines), title=Text("FROM THE RECORD", style="bold"), title_align="left")
