"""The plan's "Food" section: the recommended intake, the foods given or the richest ones."""

from __future__ import annotations

from magadvise.advice.plan import Plan
from magadvise.advice.units import mg, number, percent
from magadvise.render.cautions_outline import Cite
from magadvise.render.outline import Block, Paragraph, Section, Table, bold, spans


def food_section(plan: Plan, cite: Cite) -> Section | None:
    """The intake for the person, the day's foods against the target (or the foods richest in
    magnesium), and that food does not count toward the upper level."""
    if plan.intake is None:
        return Section(
            "Food",
            (Paragraph(spans("The rules file has no intake table, so no food target is shown.")),),
        )
    blocks: list[Block] = [
        Paragraph(
            spans(
                bold("Recommended intake: "),
                plan.intake.sentence("sex was not given") + cite(plan.intake.sources) + ".",
            )
        )
    ]
    dv = plan.intake.daily_value_mg
    if plan.food is not None:
        day = plan.food
        rows = tuple(
            (p.food.name, f"{number(p.servings)} x {p.food.serving}", number(p.mg))
            for p in day.portions
        )
        blocks.append(Table(("Food", "Servings", "mg"), rows, numeric=(2,)))
        share = day.percent_of_target or 0
        gap = day.gap_mg or 0
        rest = (
            " That meets the target from food alone."
            if not gap
            else (f" {mg(gap)} short of the target.")
        )
        blocks.append(
            Paragraph(
                spans(
                    bold(
                        f"These foods give {mg(day.total_mg)} a day, {percent(share)} "
                        f"of your target."
                    ),
                    rest,
                )
            )
        )
    elif plan.food_ideas is not None and plan.food_ideas.rows:
        ideas = tuple(
            (r.food.name, r.food.serving, number(r.food.mg), percent(r.percent_dv or 0))
            for r in plan.food_ideas.rows
        )
        blocks.append(Paragraph(spans("Foods richest in magnesium:")))
        blocks.append(Table(("Food", "Serving", "mg", "% DV"), ideas, numeric=(2, 3)))
        blocks.append(Paragraph(spans(f"% DV is of the {mg(dv)} Daily Value on labels."), "note"))
    blocks.append(
        Paragraph(
            spans(
                "Food counts toward the recommended intake, not toward the upper level for "
                "supplements."
            ),
            "note",
        )
    )
    return Section("Food", tuple(blocks))
