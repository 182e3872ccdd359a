"""The terminal line for text on a list that is not a medicine: shown, never silently dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from magadvise.render.terminal import join, text

if TYPE_CHECKING:
    from magadvise.advice.cautions import CautionReport


def ignored_view(report: CautionReport) -> Text:
    """``Ignored, not checked: q (a fragment of directions, ..., meds.txt:3); ...`` (dim)."""
    said = [
        Text.assemble(
            text(i.input, "bold"),
            f" ({i.reason}",
            *((Text(", "), text(i.source)) if i.source else ()),
            ")",
        )
        for i in report.ignored
    ]
    return Text.assemble("Ignored, not checked: ", join(said, "; "), style="dim")
