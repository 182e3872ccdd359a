"""Cautions and the daily timing plan as outline sections (shared by every plan format)."""

from __future__ import annotations

from magadvise.advice.cautions import CautionReport, MedicationCaution
from magadvise.advice.timing import TimingPlan
from magadvise.render.outline import Block, Bullets, Inline, Paragraph, Section, Table, bold, spans
from magadvise.render.words import DIRECTION


def _medication(caution: MedicationCaution) -> list[Block]:
    resolved = caution.resolved
    name = resolved.medication.name
    typed = resolved.input.strip()
    title = name if typed.casefold() == name.casefold() else f"{typed} = {name}"
    worst = caution.classes[0].severity.upper() if caution.classes else "MINOR"
    blocks: list[Block] = [Paragraph(spans(bold(f"{worst}: {title}")), _tone(worst.lower()))]
    items: list[Inline] = []
    for c in caution.classes:
        if c.id in caution.repeated:
            items.append(spans(bold(f"{c.name} ({c.severity})"), ": same caution as shown above."))
            continue
        items.append(
            spans(
                bold(f"{c.name} ({c.severity})"),
                f": {DIRECTION.get(c.direction, c.direction)}. {c.effect} ",
                bold("What to do: "),
                c.advice,
            )
        )
    if items:
        blocks.append(Bullets(tuple(items)))
    return blocks


def _tone(severity: str) -> str:
    return {"critical": "alert", "major": "alert", "moderate": "warning"}.get(severity, "")


def cautions_section(report: CautionReport) -> Section:
    """Conditions, then medicines worst first; repeated classes point back."""
    blocks: list[Block] = []
    for condition in report.conditions:
        blocks.append(
            Paragraph(
                spans(bold(f"{condition.severity.upper()}: {condition.name}")),
                _tone(condition.severity),
            )
        )
        blocks.append(
            Bullets((spans(condition.effect, " ", bold("What to do: "), condition.advice),))
        )
    for caution in report.medications:
        blocks.extend(_medication(caution))
    if not blocks:
        blocks.append(Paragraph(spans("No medicines or conditions given, so none were checked.")))
    return Section("Cautions, worst first", tuple(blocks))


def timing_section(timing: TimingPlan | None) -> Section | None:
    """The daily timing plan, or None when no medicine needs spacing."""
    if timing is None:
        return None
    rows = tuple(
        (
            c.medication,
            ", ".join(c.times) + (" (assumed)" if c.assumed else ""),
            c.sentence().removeprefix("at least "),
        )
        for c in timing.constraints
    )
    blocks: list[Block] = [
        Table(("Medicine", "Dose times", "Magnesium at least"), rows),
        Paragraph(spans(bold(timing.summary())), "ok" if timing.feasible else "alert"),
        Paragraph(
            spans("Times marked (assumed) are typical; give yours with --at NAME=HH:MM."), "note"
        ),
    ]
    return Section("Daily timing plan", tuple(blocks), "" if timing.feasible else "alert")
