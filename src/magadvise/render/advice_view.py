"""Terminal views of advice: recommendations and cautions, as Rich tables and panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from magadvise.render.terminal import (
    SEVERITY_STYLE,
    Panel,
    grade,
    join,
    labelled,
    severity,
    sources_line,
    stackable,
    text,
)
from magadvise.render.words import (
    DIRECTION,
    FINDING,
    NOT_FOR_ROUTE,
    code_match,
    dose_range,
    dose_times,
    duplicate_warning,
    not_assessed,
    reading,
    status_note,
    vocabulary_match,
)

if TYPE_CHECKING:  # types only: the recommend table never imports the cautions machinery
    from magadvise.advice.cautions import CautionReport, MedicationCaution
    from magadvise.advice.gating import Gate
    from magadvise.advice.recommend import GoalAdvice
    from magadvise.advice.timing import TimingPlan
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.model_medicines import MedicationClass

BORDER = {"critical": "red", "major": "red", "moderate": "yellow", "minor": "cyan", "none": "green"}
CLINICIAN_ONLY = (
    "No supplement dose is shown: this is a treatment clinicians give, not a supplement dose."
)
DOSING = {
    "withhold": "withheld: magadvise shows no dose; a clinician decides",
    "cap": "no more than {mg:g} mg a day from supplements unless a clinician advises it",
    "caution": "not withheld by this condition alone; weigh this warning with any dose shown",
}


def goal_view(advice: GoalAdvice, gate: Gate) -> RenderableType:
    """One goal: summary, ranked forms (doses capped by the gate; none if withheld), notes."""
    goal = advice.goal
    verdict = Text.assemble(
        ("Evidence: ", "bold"), grade(goal.evidence), f" - the evidence {FINDING[goal.finding]}."
    )
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    table.add_column("Form", min_width=12, max_width=22)
    table.add_column("Mg/day", no_wrap=True)
    table.add_column("Evidence", no_wrap=True)
    table.add_column("Why", ratio=1)
    capped = []
    for number, item in enumerate(advice.suggested, 1):
        rec = item.recommendation
        form = Text.assemble(
            f"{number}. ", text(item.formulation.name.removeprefix("Magnesium "), "bold")
        )
        shown = gate.shown(rec.dose)
        dose = text(dose_range(shown.min_mg, shown.max_mg) + ("*" if shown.capped else ""))
        if shown.capped:
            low, high = rec.dose.min_mg, rec.dose.max_mg
            capped.append(
                f"{item.formulation.name.removeprefix('Magnesium ')} {dose_range(low, high)}"
            )
        table.add_row(form, dose, grade(rec.evidence), text(rec.why))
    caption = Text("Mg/day is elemental magnesium per day, from supplements.", style="dim")
    parts: list[RenderableType] = [verdict, text(goal.summary)]
    if not gate.go_ahead:
        parts.append(text("No dose is shown: see NO DOSE ADVISED above.", "bold red"))
    elif not goal.self_care:
        parts.append(text(CLINICIAN_ONLY, "bold red"))
    else:
        parts += [stackable(table), caption]
        if capped and gate.ceiling is not None:
            top = gate.ceiling
            line = f"{dose_range(top.mg, top.mg)}/day ({top.why}); the evidence uses "
            parts.append(labelled("* Capped at", line + ", ".join(capped) + ".", "bold yellow"))
        parts += [text(n, "bold yellow") for n in gate.notes(goal.name)]
    if not goal.self_care:
        warning = "Given only by a clinician (for example in hospital): not a self-treatment."
        parts.insert(0, Text(warning, style="bold red"))
    dose_notes = [
        f"{item.formulation.name}: {item.recommendation.dose.note}"
        for item in advice.suggested
        if item.recommendation.dose.note and gate.go_ahead and goal.self_care
    ]
    if dose_notes:
        parts.append(labelled("Dose notes", join(dose_notes, "\n  ")))
    if advice.not_for_age and goal.self_care:
        lines = [text(n.why) for n in advice.not_for_age]
        parts.append(labelled("Not for this age", join(["", *lines], "\n  - "), "bold yellow"))
    if advice.avoided:
        lines = [
            Text.assemble(text(a.formulation.name, "bold"), ": ", text(a.avoid.why))
            for a in advice.avoided
        ]
        parts.append(labelled("Avoid or prefer less", join(["", *lines], "\n  - ")))
    if goal.notes:
        parts.append(labelled("See a clinician", join(["", *goal.notes], "\n  - ")))
    parts.append(sources_line(goal.sources))
    return Panel(
        Group(*parts), title=text(goal.name, "bold"), title_align="left", border_style="green"
    )


def _level(c: MedicationClass) -> Text:
    """The severity word, or NONE LISTED for a verdict of absence (it is not a rating)."""
    return severity(c.severity)


def _class_body(c: MedicationClass) -> Text:
    lines = [
        labelled("Interaction", DIRECTION[c.direction]),
        labelled("What happens", c.effect),
        labelled("What to do", c.advice),
    ]
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
        body.append(text(f"Code and name disagree: {resolved.disagreement}.", "bold red"))
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


def timing_view(plan: TimingPlan) -> RenderableType:
    """The daily timing plan."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Medicine")
    table.add_column("Dose times")
    table.add_column("Keep magnesium at least")
    for c in plan.constraints:
        times = dose_times(c.times, c.assumed, c.recorded, c.record_note)
        table.add_row(text(c.medication, "bold"), text(times), text(c.gap()))
    verdict = text(plan.summary(), "bold green" if plan.feasible else "bold red")
    own = [text(o.sentence(plan), "bold yellow" if o.clashes else "") for o in plan.own]
    typical = " or 'clock times typical'" if any(c.record_note for c in plan.constraints) else ""
    hint = Text(
        f"Dose times marked (assumed){typical} are typical; give yours with --at NAME=HH:MM.",
        style="dim",
    )
    border = "green" if plan.feasible else "red"
    return Panel(
        Group(stackable(table), verdict, *_own_block(own), hint),
        title="Daily timing plan",
        title_align="left",
        border_style=border,
    )


def _own_block(lines: list[Text]) -> list[RenderableType]:
    """``Magnesium you already take:`` and one line for each product listed, or nothing."""
    if not lines:
        return []
    return [labelled("Magnesium you already take", join(["", *lines], "\n  - "))]


def unassessed_view(report: CautionReport) -> RenderableType:
    """Names that matched nothing: loudly not assessed."""
    lines = []
    for item in report.unassessed:
        lines.append(Text.assemble(text(item.input, "bold"), " ", text(not_assessed(item))))
        if item.disagreement:
            lines.append(text(f"  Code and name disagree: {item.disagreement}.", "bold red"))
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
    lines.append(
        Text("These were not checked for magnesium. Ask your pharmacist if you still take any.")
    )
    return Panel(
        join(lines), title=Text("SKIPPED", style="bold"), title_align="left", border_style="yellow"
    )


def cautions_view(report: CautionReport) -> list[RenderableType]:
    """Conditions, then medicines worst first, the timing plan, and anything not assessed."""
    out: list[RenderableType] = []
    if report.unassessed:
        out.append(unassessed_view(report))
    if report.skipped:
        out.append(skipped_view(report))
    ranked = [(c.rank, 0, condition_view(c)) for c in report.conditions]
    ranked += [(m.rank, 1, medication_view(m)) for m in report.medications]
    out.extend(view for _, _, view in sorted(ranked, key=lambda item: item[:2]))
    if report.timing is not None:
        out.append(timing_view(report.timing))
    if not report.medications and not report.unassessed and not report.conditions:
        nothing = "No current medicine to check: every one listed was skipped (see above)."
        out.append(Text(nothing if report.skipped else "No medicines or conditions given."))
    return out


def withheld_view(gate: Gate) -> list[RenderableType]:
    """The alert that no dose is advised, as a red panel; nothing for a go-ahead."""
    from magadvise.render.gate_outline import withheld_section
    from magadvise.render.plan_view import section_view

    section = withheld_section(gate)
    return [] if section is None else [section_view(section)]


def recommend_view(
    goals: tuple[GoalAdvice, ...], report: CautionReport | None, gate: Gate
) -> list[RenderableType]:
    """Advice per goal, with the cautions as prominent as the advice; a withheld dose first."""
    out: list[RenderableType] = withheld_view(gate)
    if report is not None and (report.unassessed or report.conditions or report.medications):
        out.append(Text("Cautions for your medicines and conditions", style="bold underline"))
        out.extend(cautions_view(report))
    out.extend(goal_view(g, gate) for g in goals)
    return out
