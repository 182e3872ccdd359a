"""Terminal views of cautions: each medicine's classes, conditions, what was not assessed
or skipped, worst first, as Rich panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from magadvise.advice.salt_clash import disagree_label
from magadvise.render.terminal import (
    SEVERITY_STYLE,
    Panel,
    join,
    labelled,
    severity,
    sources_line,
    text,
)
from magadvise.render.timing_view import timing_view
from magadvise.render.words import (
    DIRECTION,
    NOT_FOR_ROUTE,
    code_match,
    duplicate_warning,
    not_assessed,
    reading,
    status_note,
    vocabulary_match,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from magadvise.advice.cautions import CautionReport, MedicationCaution
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.model_medicines import MedicationClass

BORDER = {"critical": "red", "major": "red", "moderate": "yellow", "minor": "cyan", "none": "green"}


DOSING = {
    "withhold": "withheld: magadvise shows no dose; a clinician decides",
    "cap": "no more than {mg:g} mg a day from supplements unless a clinician advises it",
    "caution": "not withheld by this condition alone; weigh this warning with any dose shown",
}


def _level(c: MedicationClass) -> Text:
    """The severity word, or NONE LISTED for a verdict of absence (it is not a rating)."""
    return severity(c.severity)


def _class_body(c: MedicationClass) -> Text:
    lines = [
        labelled("Interaction", DIRECTION[c.direction]),
        labelled("What happens", c.effect),
        labelled("What to do", c.advice),
    ]
    if c.check_conditions:
        given = " or ".join(f"--condition {id}" for id in c.check_conditions)
        lines.append(labelled("Dose check", f"add {given} if that applies to you"))
    if c.monitor:
        lines.append(labelled("Monitor", ", ".join(c.monitor)))
    lines.append(
        labelled(
            "Severity",
            Text.assemble(_level(c), " ", text(f"({c.severity_basis})", "dim")),
        )
    )
    lines.append(sources_line(c.sources))
    return join(lines)


def medication_view(caution: MedicationCaution) -> RenderableType:
    """One medicine typed, with every class that applies (repeats pointed back to)."""
    resolved = caution.resolved
    name = resolved.medication.name
    typed = resolved.input.strip()
    title_name = name if typed.casefold() == name.casefold() else f"{typed} = {name}"
    worst = caution.severity or "minor"
    body: list[RenderableType] = []
    double = duplicate_warning(caution.duplicates)
    if double:
        body.append(text(double, "bold red"))
    read_as = reading(resolved.parsed)
    if read_as:
        body.append(labelled("Read as", read_as, "italic"))
    typed_status = status_note(resolved)
    if typed_status:
        body.append(labelled("Note", typed_status, "bold"))
    if resolved.disagreement:
        doubt = resolved.disagreement
        body.append(text(f"{disagree_label(doubt)}: {doubt}.", "bold red"))
    by_code = code_match(resolved)
    if by_code:
        body.append(labelled("Matched", by_code, "italic"))
    if resolved.recognised_as:
        body.append(labelled("Matched", resolved.recognised_as, "italic"))
        body.append(text(vocabulary_match(resolved) or "", "bold"))
    if len(resolved.ingredients) > 1:
        contains = ", ".join(i.name for i in resolved.ingredients)
        body.append(labelled("Contains", contains, "italic"))
    for c in caution.classes:
        header = Text.assemble(_level(c), " ", text(c.name, "bold"))
        not_here = caution.why_not(c.id)
        if not_here:
            reason = text(f" - {NOT_FOR_ROUTE}: {not_here}.", "dim")
            body.extend([Text.assemble(text(c.name, "bold"), reason), Text("")])
        elif c.id in caution.repeated:
            body.append(Text.assemble(header, text(" - same caution as shown above.", "dim")))
        else:
            body.extend([header, _class_body(c), Text("")])
    while body and isinstance(body[-1], Text) and not body[-1].plain:
        body.pop()
    applying = caution.applying
    level = _level(applying[0]) if applying else Text(NOT_FOR_ROUTE.upper(), style="bold")
    title = Text.assemble(level, " ", text(title_name, "bold"))
    return Panel(Group(*body), title=title, title_align="left", border_style=BORDER[worst])


def condition_view(condition: Condition) -> RenderableType:
    """One condition's warning."""
    lines = [labelled("Risk", condition.effect), labelled("What to do", condition.advice)]
    dosing = condition.dosing
    lines.append(labelled("Supplement dose", DOSING[dosing.action].format(mg=dosing.max_mg)))
    if condition.monitor:
        lines.append(labelled("Monitor", ", ".join(condition.monitor)))
    lines.append(sources_line(condition.sources))
    title = Text.assemble(severity(condition.severity), " ", text(condition.name, "bold"))
    return Panel(
        join(lines), title=title, title_align="left", border_style=BORDER[condition.severity]
    )


def unassessed_view(report: CautionReport) -> RenderableType:
    """Names that matched nothing: loudly not assessed."""
    lines = []
    for item in report.unassessed:
        lines.append(Text.assemble(text(item.input, "bold"), " ", text(not_assessed(item))))
        if item.disagreement:
            doubt = item.disagreement
            lines.append(text(f"  {disagree_label(doubt)}: {doubt}.", "bold red"))
    lines.append(
        Text("Not recognised does not mean safe: ask your pharmacist about these.", style="bold")
    )
    return Panel(
        join(lines),
        title=Text("NOT ASSESSED", style=SEVERITY_STYLE["major"]),
        title_align="left",
        border_style="red",
    )


def skipped_view(report: CautionReport) -> RenderableType:
    """Entries of a medication file that were read but not checked, each with its reason."""
    lines = [
        Text.assemble(
            text(e.name, "bold"), " (", text(e.where), "): ", text(e.skipped or "", "italic")
        )
        for e in report.skipped
    ]
    lines.append(Text(_skipped_note(report.skipped)))
    if any(e.unread for e in report.skipped):
        from magadvise.render.record_view import NOT_READ

        lines.append(Text(NOT_READ, style="bold"))
    return Panel(
        join(lines), title=Text("SKIPPED", style="bold"), title_align="left", border_style="yellow"
    )


def _skipped_note(skipped: Sequence[Entry]) -> str:
    """What the SKIPPED box says under its entries: medicines are not checked, and results,
    conditions, other record entries and a list's notes about the person (an age, a weight,
    ``(3/12)`` beside a medicine that is itself checked) are not medicines one takes."""
    medicines = [
        e
        for e in skipped
        if e.fact is None and (e.resource is None or e.resource.startswith("Medication"))
    ]
    if len(medicines) == len(skipped):
        return "These were not checked for magnesium. Ask your pharmacist if you still take any."
    if medicines:
        return (
            "The medicines among these were not checked for magnesium: ask your pharmacist if "
            "you still take any. The others are notes or record entries, not medicines: each says "
            "above "
            "what it means for the advice."
        )
    return (
        "These are notes or record entries, not medicines: each says above what it means for "
        "the advice."
    )


def cautions_view(report: CautionReport) -> list[RenderableType]:
    """Conditions, then medicines worst first, the timing plan, and anything not assessed."""
    out: list[RenderableType] = []
    if report.unassessed:
        out.append(unassessed_view(report))
    if report.record:
        from magadvise.render.record_view import record_view

        out.append(record_view(report))
    if report.skipped:
        out.append(skipped_view(report))
    if report.ignored:
        from magadvise.render.ignored_view import ignored_view

        out.append(ignored_view(report))
    ranked = [(c.rank, 0, condition_view(c)) for c in report.conditions]
    ranked += [(m.rank, 1, medication_view(m)) for m in report.medications]
    out.extend(view for _, _, view in sorted(ranked, key=lambda item: item[:2]))
    if report.timing is not None:
        out.append(timing_view(report.timing))
    if not report.medications and not report.unassessed and not report.conditions:
        nothing = (
            "No current medicine to check: every one listed was skipped or ignored (see above)."
        )
        listed = report.skipped or report.ignored
        out.append(Text(nothing if listed else "No medicines or conditions given."))
    return out
