"""The plan's "How much" section: the daily target, the person's product per unit, the verdict."""

from __future__ import annotations

from magadvise.advice.label_age import left_out
from magadvise.advice.plan import Plan
from magadvise.advice.units import mg, number
from magadvise.render.cautions_outline import Cite
from magadvise.render.gate_outline import dose_notes
from magadvise.render.outline import Block, Paragraph, Section, bold, spans
from magadvise.render.words import dose_range

VERDICT_TONE = {"supervise": "warning", "above": "alert", "not-established": "alert"}


def amount_section(plan: Plan, cite: Cite) -> Section:
    """Elemental mg a day (and the compound it takes), dose notes, the product's units, the
    verdict against the upper level; for a plan with a go-ahead only."""
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
        label = "Dose note (from studies in adults)" if plan.gate.child else dose.note_label()
        label += ": "
        blocks.append(Paragraph(spans(bold(label), dose.evidence.note)))
    blocks += dose_notes(plan.gate, dose, plan.advice.goal.name)
    product = plan.product
    if product is not None:
        pct = product.percent
        if product.amount is None or left_out(plan.advice, pct.formulation):
            line = spans(
                bold("Your product: "),
                f"{product.text}. "
                + (
                    f"{pct.name} is {_left_heading(plan, pct.formulation.id)} (see above): "
                    "no units of it are counted."
                    if product.amount is not None
                    else "No amount per unit was given, so the number of units a day cannot "
                    "be worked out: ask your pharmacist to read the label with you."
                ),
            )
        elif product.amount.assumed:
            amount = product.amount
            other = amount.per_unit_mg * pct.value / 100
            salt = pct.name[:1].lower() + pct.name[1:]  # "magnesium citrate"
            line = spans(
                bold("Your product: "),
                f"{product.text}, read as {mg(amount.per_unit_mg)} ELEMENTAL magnesium per "
                "unit. The label's number may be the magnesium itself (a Supplement Facts "
                f'panel: "Magnesium (as {salt}) {mg(amount.per_unit_mg)}") or the weight of the '
                f"{salt} (the compound), and the name alone cannot tell which: the reading that "
                "gives fewer units is taken, so on a label that gives elemental magnesium the "
                "units below give no more than the daily target above (how that target stands "
                f"against the upper level is said below). If {mg(amount.per_unit_mg)} is the "
                f"{salt} (at {pct.value:g}% magnesium ({pct.basis}), about {mg(other)} "
                f"elemental magnesium per unit{cite(pct.sources)}), the units below are too few, "
                "not too many: check the label with your pharmacist.",
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


def _left_heading(plan: Plan, form: str) -> str:
    """``not for this age`` or ``not within your limit``: why the product's form is left out."""
    return next(n.heading.lower() for n in plan.advice.not_for_age if n.formulation.id == form)
