"""Cautions and the daily timing plan as outline sections (shared by every plan format)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from magadvise.advice.cautions import CautionReport, MedicationCaution
from magadvise.advice.timing import TimingPlan
from magadvise.render.outline import (
    Block,
    Bullets,
    Inline,
    Paragraph,
    Section,
    Span,
    Table,
    bold,
    spans,
)
from magadvise.render.words import (
    DIRECTION,
    NOT_FOR_ROUTE,
    dose_times,
    duplicate_warning,
    level_word,
    reading,
    status_note,
    vocabulary_match,
)
from magadvise.rules.model_conditions import Condition

Cite = Callable[[Iterable[str]], str]
"""Source ids -> the reference marks to append (`` [2, 5]``), or "" when none is listed."""


def no_cite(ids: Iterable[str]) -> str:
    """A Cite that marks nothing."""
    return ""


def _why(text: str, serious: bool) -> tuple[Span, ...]:
    """The explanation, shown for serious cautions only (the `cautions` command has them all)."""
    return (bold(" Why: "), Span(text)) if serious else ()


def _medication(caution: MedicationCaution, cite: Cite, serious: bool) -> list[Block]:
    resolved = caution.resolved
    name = resolved.medication.name
    typed = resolved.input.strip()
    title = name if typed.casefold() == name.casefold() else f"{typed} = {name}"
    worst = caution.severity
    level = level_word(worst) if worst else NOT_FOR_ROUTE  # no class applies to this form
    heading = f"{level.upper()}: {title}"
    blocks: list[Block] = [Paragraph(spans(bold(heading)), _tone(worst or ""))]
    double = duplicate_warning(caution.duplicates)
    if double:
        blocks.append(Paragraph(spans(bold(double)), "alert"))
    read_as = reading(resolved.parsed)
    if read_as:
        blocks.append(Paragraph(spans(f"Read as: {read_as}"), "note"))
    typed_status = status_note(resolved)
    if typed_status:
        blocks.append(Paragraph(spans(bold(f"Note: {typed_status}")), "alert"))
    matched = vocabulary_match(resolved)
    if matched:
        blocks.append(Paragraph(spans(bold(matched)), "alert"))
    items: list[Inline] = []
    for c in caution.classes:
        if c.id in caution.repeated:
            items.append(
                spans(
                    bold(f"{c.name} ({level_word(c.severity)})"), ": same caution as shown above."
                )
            )
            continue
        not_here = caution.why_not(c.id)
        if not_here:
            items.append(spans(bold(f"{c.name}: "), f"{NOT_FOR_ROUTE}: {not_here}."))
            continue
        why = f"{DIRECTION.get(c.direction, c.direction)}. {c.effect}"
        items.append(
            spans(
                bold(f"{c.name} ({level_word(c.severity)}). What to do: "),
                c.advice,
                *_why(why, serious),
                cite(c.sources),
            )
        )
    if items:
        blocks.append(Bullets(tuple(items)))
    return blocks


def _condition(condition: Condition, cite: Cite, serious: bool) -> list[Block]:
    return [
        Paragraph(
            spans(bold(f"{condition.severity.upper()}: {condition.name}")),
            _tone(condition.severity),
        ),
        Bullets(
            (
                spans(
                    bold("What to do: "),
                    condition.advice,
                    *_why(condition.effect, serious),
                    cite(condition.sources),
                ),
            )
        ),
    ]


def _tone(severity: str) -> str:
    return {"critical": "alert", "major": "alert", "moderate": "warning"}.get(severity, "")


def _blocks(
    conditions: Sequence[Condition],
    medications: Sequence[MedicationCaution],
    cite: Cite,
    serious: bool,
) -> list[Block]:
    blocks: list[Block] = []
    for condition in conditions:
        blocks.extend(_condition(condition, cite, serious))
    for caution in medications:
        blocks.extend(_medication(caution, cite, serious))
    return blocks


def alerts_section(report: CautionReport, cite: Cite = no_cite) -> Section | None:
    """Critical and major cautions (conditions, then medicines), or None when there are none."""
    blocks = _blocks(report.serious_conditions, report.serious_medications, cite, True)
    if not blocks:
        return None
    return Section("Serious cautions: read before anything else", tuple(blocks), "alert")


def cautions_section(report: CautionReport, cite: Cite = no_cite) -> Section | None:
    """The moderate and minor cautions, worst first, as what to do (the why is in `cautions`).

    None when the alerts already showed every caution.
    """
    conditions = [c for c in report.conditions if c not in report.serious_conditions]
    medications = [m for m in report.medications if m not in report.serious_medications]
    blocks = _blocks(conditions, medications, cite, False)
    serious = bool(report.serious_conditions or report.serious_medications)
    if not blocks and serious:
        return None
    if not blocks:
        none = (
            "No medicine given was recognised, so none was checked: see NOT ASSESSED above."
            if report.unassessed
            else "No medicines or conditions were given, so none were checked."
        )
        blocks.append(Paragraph(spans(none), "warning" if report.unassessed else ""))
    return Section("Other cautions" if serious else "Cautions", tuple(blocks))


def timing_section(timing: TimingPlan | None) -> Section | None:
    """The daily timing plan, or None when no medicine needs spacing."""
    if timing is None:
        return None
    rows = tuple(
        (
            c.medication,
            dose_times(c.times, c.assumed, c.recorded, c.record_note),
            c.sentence().removeprefix("at least "),
        )
        for c in timing.constraints
    )
    blocks: list[Block] = [
        Table(("Medicine", "Dose times", "Magnesium at least"), rows),
        Paragraph(spans(bold(timing.summary())), "ok" if timing.feasible else "alert"),
    ]
    if timing.own:
        items = tuple(spans(o.sentence(timing)) for o in timing.own)
        tone = "warning" if any(o.clashes for o in timing.own) else ""
        blocks += [Paragraph(spans(bold("Magnesium you already take:")), tone), Bullets(items)]
    if any(c.assumed or c.record_note for c in timing.constraints):
        blocks.append(
            Paragraph(
                spans(
                    "Times marked (assumed) or 'typical' are typical ones, not yours: tell your "
                    "pharmacist the times you take these medicines, so the magnesium time can "
                    "be checked."
                ),
                "note",
            )
        )
    return Section("When to take magnesium", tuple(blocks), "" if timing.feasible else "alert")
