"""The plan in words: one outline that the terminal, Markdown and HTML views all print."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from magadvise import __version__
from magadvise.advice.cautions import DISCLAIMER
from magadvise.advice.plan import Plan
from magadvise.render.cautions_outline import (
    Cite,
    alerts_section,
    cautions_section,
    no_cite,
    timing_section,
)
from magadvise.render.gate_outline import withheld_section
from magadvise.render.outline import (
    Block,
    Bullets,
    Document,
    Paragraph,
    Section,
    bold,
    spans,
)
from magadvise.render.plan_amount import amount_section
from magadvise.render.plan_facts import citations, cite_with, facts, references, renumber
from magadvise.render.plan_food import food_section
from magadvise.render.plan_form import form_section
from magadvise.render.words import not_assessed
from magadvise.rules.model import Source


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
            form_section(plan, cite) if dosed else None,
            amount_section(plan, cite) if dosed else None,
            timing_section(plan.cautions.timing) if dosed else None,
            cautions_section(plan.cautions, cite),
            food_section(plan, cite) if dosed else None,
        )
        if s is not None
    ]
    sections += _lists(plan)
    title = f"Magnesium plan: {plan.advice.goal.name}"
    footer = (DISCLAIMER, f"Made by magadvise {__version__} from the rules file {plan.rules_name}.")
    document = Document(title, facts(plan, made_on), tuple(sections), references(sources), footer)
    return renumber(document, numbers)
