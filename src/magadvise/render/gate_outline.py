"""The dose gate in words: a withheld dose as an alert section, a capped one as notes."""

from __future__ import annotations

from magadvise.advice.gating import Gate, ShownDose
from magadvise.render.outline import Block, Bullets, Paragraph, Section, bold, spans

WITHHELD_TITLE = "NO DOSE ADVISED: read this first"


def withheld_section(gate: Gate) -> Section | None:
    """Why no supplement dose is shown, who decides instead, and on what basis; None if none."""
    if gate.go_ahead:
        return None
    blocks: list[Block] = [
        Paragraph(spans(bold(gate.reason())), "alert"),
        Paragraph(spans(bold("Why no dose is shown:"))),
        Bullets(tuple(spans(bold(w.name), f": {w.basis}") for w in gate.withheld_by)),
        Paragraph(
            spans(
                "magadvise gives no form, amount or number of tablets here: only a doctor or "
                "pharmacist who knows you can decide whether magnesium is right for you, and "
                "how much."
            ),
            "note",
        ),
    ]
    return Section(WITHHELD_TITLE, tuple(blocks), "alert")


def dose_notes(gate: Gate, shown: ShownDose, goal_name: str) -> tuple[Paragraph, ...]:
    """Notes beside a dose that is shown: the cap, who the doses are for, cautions."""
    out: list[Paragraph] = []
    note = shown.note()
    if note:
        out.append(Paragraph(spans(bold("Capped for you: "), note), "warning"))
    out += [Paragraph(spans(n), "warning") for n in gate.notes(goal_name)]
    for c in gate.cautions:
        out.append(Paragraph(spans(bold(f"With {c.name}: "), c.dosing.basis), "note"))
    return tuple(out)
