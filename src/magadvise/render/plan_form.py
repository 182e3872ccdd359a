"""The plan's "Recommended form" section: the best form for the goal, the others, what to avoid,
and how the person's own product compares."""

from __future__ import annotations

from magadvise.advice.plan import Plan
from magadvise.render.cautions_outline import Cite
from magadvise.render.outline import Block, Bullets, Paragraph, Section, bold, spans
from magadvise.render.words import FINDING, dose_range


def form_section(plan: Plan, cite: Cite) -> Section:
    """The form for the goal with its evidence, other supported forms, forms to avoid or not for
    this age, and a warning when the person's product is not the recommended form."""
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
    for heading in dict.fromkeys(n.heading for n in left.values()) if plan.go_ahead else ():
        why = tuple(spans(n.why) for n in left.values() if n.heading == heading)
        blocks += [Paragraph(spans(bold(f"{heading}:")), "warning"), Bullets(why)]
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
                        f"is {left[product.percent.formulation.id].heading.lower()} (see above)"
                        if product.percent.formulation.id in left
                        else f"is not among the forms the evidence for {goal.name} uses"
                    )
                    + f"; the amounts below use {chosen.formulation.name}'s range."
                ),
                "warning",
            )
        )
    return Section("Recommended form", tuple(blocks))
