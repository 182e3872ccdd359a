"""Terminal views of advice: each goal's recommendations, and the recommend command's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from magadvise.render.terminal import (
    Panel,
    grade,
    join,
    labelled,
    sources_line,
    stackable,
    text,
)
from magadvise.render.words import (
    FINDING,
    dose_range,
)

if TYPE_CHECKING:  # types only: the recommend table never imports the cautions machinery
    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.gating import Gate
    from magadvise.advice.recommend import GoalAdvice

CLINICIAN_ONLY = (
    "No supplement dose is shown: this is a treatment clinicians give, not a supplement dose."
)


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
    noted = [
        item
        for item in advice.suggested
        if item.recommendation.dose.note and gate.go_ahead and goal.self_care
    ]
    if noted:
        dose_notes = [f"{i.formulation.name}: {i.recommendation.dose.note}" for i in noted]
        labels = [gate.shown(i.recommendation.dose).note_label(plural=True) for i in noted]
        label = max(labels, key=len)  # a cap, when any of them is capped
        parts.append(labelled(label, join(dose_notes, "\n  ")))
    headings = dict.fromkeys(n.heading for n in advice.not_for_age) if goal.self_care else {}
    for heading in headings:
        lines = [text(n.why) for n in advice.not_for_age if n.heading == heading]
        parts.append(labelled(heading, join(["", *lines], "\n  - "), "bold yellow"))
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
    if report is not None and (
        report.unassessed
        or report.conditions
        or report.medications
        or report.skipped
        or report.ignored
    ):
        from magadvise.render.cautions_view import cautions_view  # only with something to show

        out.append(Text("Cautions for your medicines and conditions", style="bold underline"))
        out.extend(cautions_view(report))
    out.extend(goal_view(g, gate) for g in goals)
    return out
