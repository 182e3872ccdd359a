"""The plan in words: one outline that the terminal, Markdown and HTML views all print."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from magadvise import __version__
from magadvise.advice.cautions import DISCLAIMER
from magadvise.advice.plan import Plan
from magadvise.advice.units import mg, number, percent
from magadvise.render.cautions_outline import (
    Cite,
    alerts_section,
    cautions_section,
    no_cite,
    timing_section,
)
from magadvise.render.gate_outline import dose_notes, withheld_section
from magadvise.render.outline import (
    Block,
    Bullets,
    Document,
    Paragraph,
    Section,
    Table,
    bold,
    spans,
)
from magadvise.render.plan_facts import citations, cite_with, facts, references, renumber
from magadvise.render.words import FINDING, dose_range, not_assessed
from magadvise.rules.model import Source

VERDICT_TONE = {"supervise": "warning", "above": "alert", "not-established": "alert"}


def _unassessed(plan: Plan) -> Section | None:
    if not plan.cautions.unassessed:
        return None
    items = []
    for item in plan.cautions.unassessed:
        items.append(spans(bold(item.input), f" {not_assessed(item)}"))
    blocks: list[Block] = [
        Bullets(tuple(items)),
        Paragraph(
            spans(
                bold("This plan is incomplete. "),
                "Not recognised does not mean safe: ask your pharmacist about these medicines "
                "before starting magnesium.",
            ),
            "alert",
        ),
    ]
    return Section("NOT ASSESSED: read this first", tuple(blocks), "alert")


def _form(plan: Plan, cite: Cite) -> Section:
    chosen, goal = plan.recommended, plan.advice.goal  # the best form, whatever the product
    rec = chosen.recommendation
    blocks: list[Block] = [
        Paragraph(
            spans(
                bold(chosen.formulation.name),
                f" for {goal.name}. Evidence for this form: {rec.evidence}; "
                f"overall the evidence {FINDING[goal.finding]} ({goal.evidence})."
                + cite(rec.sources),
            )
        ),
        *(
            [
                Paragraph(
                    spans(
                        f"Overall the evidence {FINDING[goal.finding]}: weigh with a clinician "
                        f"whether magnesium is worth taking for {goal.name} at all."
                    ),
                    "warning",
                )
            ]
            if goal.finding != "benefit"
            else []
        ),
        Paragraph(spans(bold("Why: "), rec.why)),
        Paragraph(spans(bold("The evidence: "), goal.summary + cite(goal.sources)), "detail"),
    ]
    others = [s for s in plan.advice.suggested if s is not chosen]
    shown = {s.formulation.id: plan.gate.shown(s.recommendation.dose) for s in others}
    if others:
        listed = "; ".join(
            f"{s.formulation.name}, "
            f"{dose_range(shown[s.formulation.id].min_mg, shown[s.formulation.id].max_mg)}/day "
            f"(evidence {s.recommendation.evidence})"
            for s in others
        )
        blocks.append(Paragraph(spans(bold("Other forms the evidence supports: "), listed + ".")))
    if plan.advice.avoided:
        items = tuple(
            spans(bold(a.formulation.name), f": {a.avoid.why}") for a in plan.advice.avoided
        )
        blocks += [Paragraph(spans(bold("Avoid or prefer less:"))), Bullets(items)]
    left = {n.formulation.id: n for n in plan.advice.not_for_age}
    if left and plan.go_ahead:
        why = tuple(spans(n.why) for n in left.values())
        blocks += [Paragraph(spans(bold("Not for this age:")), "warning"), Bullets(why)]
    product = plan.product
    if product is not None and product.avoid is not None:
        blocks.append(
            Paragraph(
                spans(
                    bold("Your product's form is one to avoid for this goal: "), product.avoid.why
                ),
                "warning",
            )
        )
    elif product is not None and plan.chosen is not chosen:  # supported, but not the best
        used = plan.chosen
        blocks.append(
            Paragraph(
                spans(
                    f"Your product ({used.formulation.name}) is a form the evidence for "
                    f"{goal.name} also uses, but not the recommended one: evidence for it "
                    f"{used.recommendation.evidence} ({chosen.formulation.name}: {rec.evidence}). "
                    f"The amounts below use {used.formulation.name}'s own range."
                ),
                "warning",
            )
        )
    elif product is not None and product.percent.formulation.id != chosen.formulation.id:
        blocks.append(
            Paragraph(
                spans(
                    f"Your product ({product.percent.formulation.name}) "
                    + (
                        "is not for this age (see above)"
                        if product.percent.formulation.id in left
                        else f"is not among the forms the evidence for {goal.name} uses"
                    )
                    + f"; the amounts below use {chosen.formulation.name}'s range."
                ),
                "warning",
            )
        )
    return Section("Recommended form", tuple(blocks))


def _amount(plan: Plan, cite: Cite) -> Section:
    dose = plan.target
    form = plan.chosen.formulation
    low, high = plan.compound_range
    compound = mg(low) if low == high else f"{number(low)}-{mg(high)}"
    blocks: list[Block] = [
        Paragraph(
            spans(
                bold("Daily target: "),
                bold(f"{dose_range(dose.min_mg, dose.max_mg)} elemental magnesium a day"),
                f" from supplements (about {compound} of {form.name} at "
                f"{form.elemental_percent:g}% magnesium: {form.elemental_basis})."
                + cite(plan.chosen.recommendation.sources),
            )
        )
    ]
    if dose.evidence.note:
        label = "Dose note (from studies in adults): " if plan.gate.child else "Dose note: "
        blocks.append(Paragraph(spans(bold(label), dose.evidence.note)))
    blocks += dose_notes(plan.gate, dose, plan.advice.goal.name)
    product = plan.product
    if product is not None:
        pct = product.percent
        if product.amount is None:
            line = spans(
                bold("Your product: "),
                f"{product.text}. No amount per unit was given, so the number of units a day "
                "cannot be worked out: ask your pharmacist to read the label with you.",
            )
        elif product.amount.given == "elemental":
            line = spans(
                bold("Your product: "),
                f"{product.text}, read as {mg(product.amount.per_unit_mg)} ELEMENTAL magnesium "
                "per unit, as given from the label.",
            )
        else:
            line = spans(
                bold("Your product: "),
                f"{product.text}, read as {mg(product.amount.per_unit_mg)} of the COMPOUND "
                f"({pct.name}) per unit; at {pct.value:g}% magnesium ({pct.basis}) that is "
                f"{mg(product.amount.elemental_per_unit)} elemental magnesium per unit"
                f"{cite(pct.sources)}. If your label's number is already elemental magnesium "
                '("Magnesium (as ...) ... mg"), the unit counts below are too high: check them '
                "with your pharmacist.",
            )
        blocks.append(Paragraph(line))
        if plan.units is not None:
            tone = "ok" if plan.units.fits and not plan.units.too_many else "warning"
            blocks.append(Paragraph(spans(bold(plan.units.sentence())), tone))
    verdict = plan.verdict
    assert verdict is not None  # a plan without a go-ahead has no amount section
    verdict_tone = VERDICT_TONE.get(verdict.kind, "")
    for index, sentence in enumerate(verdict.sentences(dose_note=False)):
        blocks.append(Paragraph(spans(sentence), "" if index else verdict_tone))
    return Section("How much", tuple(blocks), verdict_tone)


def _food(plan: Plan, cite: Cite) -> Section | None:
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


def _lists(plan: Plan) -> list[Section]:
    monitor = Paragraph(
        spans("; ".join(plan.monitor) + ".")
        if plan.monitor
        else spans("Nothing specific from your medicines and conditions.")
    )
    timing = plan.cautions.timing
    said = plan.verdict.sentences(dose_note=False) if plan.verdict else []
    shown = {*said, timing.summary() if timing else ""}
    asks = [a for a in plan.further_questions if a not in shown]  # not twice on one page
    ask = Bullets(tuple(spans(a) for a in asks)) if asks else None
    out = [Section("What to monitor", (monitor,))]
    if ask is not None:
        out.append(Section("When to ask a clinician", (ask,), "warning"))
    return out


def plan_document(plan: Plan, sources: Sequence[Source], made_on: date) -> Document:
    """The whole plan in reading order: what must not be missed first, sources last.

    Not assessed medicines and critical/major cautions come before the form and the dose; the
    sources are numbered in order of first use and cited as ``[n]`` in the text. A withheld
    dose (the person's conditions or age) comes first of all, with no form, amount or food.
    """
    numbers = citations(sources)
    cite: Cite = cite_with(numbers) if sources else no_cite
    dosed = plan.go_ahead
    sections = [
        s
        for s in (
            withheld_section(plan.gate),
            _unassessed(plan),
            alerts_section(plan.cautions, cite),
            _form(plan, cite) if dosed else None,
            _amount(plan, cite) if dosed else None,
            timing_section(plan.cautions.timing) if dosed else None,
            cautions_section(plan.cautions, cite),
            _food(plan, cite) if dosed else None,
        )
        if s is not None
    ]
    sections += _lists(plan)
    title = f"Magnesium plan: {plan.advice.goal.name}"
    footer = (DISCLAIMER, f"Made by magadvise {__version__} from the rules file {plan.rules_name}.")
    document = Document(title, facts(plan, made_on), tuple(sections), references(sources), footer)
    return renumber(document, numbers)
