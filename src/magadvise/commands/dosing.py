"""`dose`: compound <-> elemental magnesium for a product, judged for the person it is for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from magadvise.app import app, emit, emit_json, load
from magadvise.commands.options import Conditions, JsonFlag
from magadvise.commands.planning_options import AgeYears, Variant
from magadvise.errors import UsageError, outcome

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import RenderableType

    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.gating import Gate
    from magadvise.advice.otc import ListedMagnesium
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.model_forms import Formulation
    from magadvise.rules.ruleset import Rules


@app.command()
def dose(
    ctx: typer.Context,
    form: Annotated[str, typer.Argument(metavar="FORM", help="The form, e.g. glycinate.")],
    compound: Annotated[
        float | None,
        typer.Argument(metavar="MG", min=0, help="mg of the compound (salt) a day."),
    ] = None,
    elemental: Annotated[
        float | None,
        typer.Option("--elemental", metavar="MG", help="mg of elemental magnesium a day."),
    ] = None,
    per_capsule: Annotated[
        float | None, typer.Option("--per-capsule", metavar="MG", help="Compound mg per unit.")
    ] = None,
    elemental_per_capsule: Annotated[
        float | None,
        typer.Option("--elemental-per-capsule", metavar="MG", help="Elemental mg per unit."),
    ] = None,
    capsules: Annotated[
        float | None, typer.Option("--capsules", metavar="N", help="Units a day (default 1).")
    ] = None,
    variant: Variant = None,
    age: AgeYears = None,
    goal: Annotated[
        str | None, typer.Option("--goal", "-g", metavar="GOAL", help="Compare with its doses.")
    ] = None,
    med: Annotated[
        list[str],
        typer.Option(
            "--med",
            "-m",
            metavar="NAME",
            help="A medicine you also take (repeatable), checked as `cautions` checks it: a "
            "magnesium product ('Mag-Ox 400') is counted as written ('2 tabs bid'), else one "
            "unit a day; one whose magnesium is not known, or that means kidney failure, stops "
            "the dose; a name not recognised is named as not assessed (exit 3).",
        ),
    ] = [],  # noqa: B006 - Typer reads list defaults
    condition: Conditions = [],  # noqa: B006
    json: JsonFlag = False,
) -> None:
    """Compound <-> elemental magnesium, and the daily total against the upper level and a goal.

    Conditions and age gate it: a withheld dose shows only who to ask (exit 4).
    """
    from magadvise.advice.dose import Amount, find_percent
    from magadvise.advice.units import MAX_UNITS, sane
    from magadvise.advice.verdict import check_goal, judge

    given = {
        "MG": compound,
        "--elemental": elemental,
        "--per-capsule": per_capsule,
        "--elemental-per-capsule": elemental_per_capsule,
    }
    chosen = [(name, value) for name, value in given.items() if value is not None]
    if len(chosen) != 1:
        raise UsageError(
            "give exactly one amount: MG (compound), --elemental MG, --per-capsule MG or "
            "--elemental-per-capsule MG"
        )
    name, value = chosen[0]
    value = sane(value or 0, f"{name} (mg)")
    per_unit = name in ("--per-capsule", "--elemental-per-capsule")
    if capsules is not None and not per_unit:
        raise UsageError("--capsules N goes with --per-capsule or --elemental-per-capsule")
    if capsules is not None:
        sane(capsules, "--capsules", MAX_UNITS)
    rules = load(ctx)
    percent = find_percent(rules, form, variant)
    kind = "elemental" if name.startswith("--elemental") else "compound"
    amount = Amount(percent, kind, value, (capsules or 1) if per_unit else None)
    from magadvise.commands.options import record_age, typed

    meds = typed(med)  # "Age: 4", "Wt 16 kg": the person's, read as a list's line is
    age = record_age(meds, age)
    found, person_gate = _gate(rules, condition, age)
    person_gate, listed, report = _medicines(rules, person_gate, meds)
    person_gate = _for_form(rules, person_gate, percent.formulation)
    code = outcome(person_gate.go_ahead, report is None or report.complete)
    if not person_gate.go_ahead:
        if goal:  # an unknown or clinician-only goal is still a usage error
            check_goal(rules, goal, percent.formulation, amount.elemental_mg)
        _withheld(rules, person_gate, found, report, json)
        raise typer.Exit(code)
    goal_check = (
        check_goal(rules, goal, percent.formulation, amount.elemental_mg, person_gate)
        if goal
        else None
    )
    verdict = judge(rules, amount.elemental_mg, age, goal_check, listed)
    if json:
        from magadvise.render import amounts_json
        from magadvise.render.catalog_json import condition as condition_json
        from magadvise.render.gate_json import gate_fields

        doc = amounts_json.dose(rules, amount, verdict)
        extra = {
            "conditions": [condition_json(c) for c in found],
            **_medicines_json(report),
            "complete": code == 0,
        }
        emit_json(
            {
                **gate_fields(person_gate, goal_check.goal.name if goal_check else None),
                **doc,
                **extra,
            }
        )
    else:
        from magadvise.render.cautions_view import condition_view
        from magadvise.render.dose_view import dose_view
        from magadvise.render.terminal import disclaimer

        emit(
            *_medicines_view(report),
            dose_view(rules, amount, verdict),
            *(condition_view(c) for c in found),
            disclaimer(),
        )
    if code:
        raise typer.Exit(code)


def _medicines(
    rules: Rules, person_gate: Gate, meds: Sequence[str | Entry]
) -> tuple[Gate, tuple[ListedMagnesium, ...], CautionReport | None]:
    """The gate once the medicines named with ``--med`` are checked as ``cautions`` checks
    them: magnesium products counted toward the ceiling (or withholding when their amount is
    not known), medicines that withhold a dose (kidney failure, no magnesium at any time), and
    the report, which names any medicine not recognised as not assessed."""
    if not meds:
        return person_gate, (), None
    from magadvise.advice.cautions import assess
    from magadvise.advice.child_products import with_children_only
    from magadvise.advice.gating import counting_products
    from magadvise.advice.medicine_gate import medicine_withholders
    from magadvise.advice.otc import listed_magnesium
    from magadvise.advice.record_gate import record_withholders
    from magadvise.advice.suggested_gate import suggested_withholders
    from magadvise.advice.unknown_amount import unknown_amount_withholders

    report = assess(rules, meds)
    # the same reading as `recommend` and `plan`: a product counted from the report, or (text on
    # its line not read, directions "as directed" alone) of an amount not known
    listed = listed_magnesium(report)
    resolved = [m.resolved for m in report.medications]
    held = (
        *record_withholders(rules, report.skipped, person_gate.age),  # kidney wording on the list
        *medicine_withholders(report.medications, report.timing),
        *unknown_amount_withholders(rules, resolved, report.unassessed),
        *suggested_withholders(rules, report.unassessed),
    )
    person_gate = with_listed(rules, person_gate, report.conditions)
    person_gate = person_gate._replace(withheld_by=(*person_gate.withheld_by, *held))
    person_gate = counting_products(rules, person_gate, listed)
    found = [m.resolved for m in report.medications]
    person_gate = with_children_only(person_gate, listed, meds, found, report.unassessed)
    if not person_gate.go_ahead:  # no time to take what is withheld
        report = report._replace(timing=None)
    return person_gate, listed, report


def _medicines_json(report: CautionReport | None) -> dict[str, Any]:
    """The ``cautions`` and ``unassessed`` keys of ``dose --json`` (empty without ``--med``)."""
    if report is None:
        return {"cautions": [], "unassessed": []}
    from magadvise.render.cautions_json import cautions

    doc = cautions(report)
    return {"cautions": doc["cautions"], "unassessed": doc["unassessed"]}


def _medicines_view(report: CautionReport | None) -> list[RenderableType]:
    """The medicines' cautions and any name not assessed, before the dose (none without --med)."""
    if report is None:
        return []
    from rich.text import Text

    from magadvise.render.cautions_view import cautions_view

    title = Text("Cautions for your medicines", style="bold underline")
    return [title, *cautions_view(report)]


def with_listed(rules: Rules, person: Gate, listed: Sequence[Condition]) -> Gate:
    """``person``'s gate with the conditions written on the list (``Losartan for CKD stage
    4``) applied as ``--condition`` would be."""
    from magadvise.advice.gating import gate

    return person.joined(gate(rules, [c for c in listed if c not in person.cautions], None))


def _gate(
    rules: Rules, conditions: list[str], age: float | None
) -> tuple[tuple[Condition, ...], Gate]:
    """The conditions named (and implied by the age) and the dose gate they make."""
    from magadvise.advice.gating import gate

    found: tuple[Condition, ...] = ()
    if conditions or age is not None:
        from magadvise.advice.cautions import find_conditions

        found = find_conditions(rules, conditions, age)
    return found, gate(rules, found, age)


def _for_form(rules: Rules, person_gate: Gate, form: Formulation) -> Gate:
    """The gate, withheld too when the form's own label does not dose the age (label ages),
    or its smallest dose is above the person's limit (pregnancy, what is left)."""
    from magadvise.advice.label_age import form_withholder
    from magadvise.advice.label_limit import form_limit_withholder

    held = form_withholder(rules, form, person_gate.age)
    if held is None and person_gate.go_ahead:
        held = form_limit_withholder(form, person_gate)
    if held is None:
        return person_gate
    return person_gate._replace(withheld_by=(*person_gate.withheld_by, held))


def _withheld(
    rules: Rules,
    person_gate: Gate,
    found: tuple[Condition, ...],
    report: CautionReport | None,
    json: bool,
) -> None:
    """Print a withheld dose: the alert first, then the medicines and each condition; no mg."""
    if json:
        from magadvise.advice import DISCLAIMER
        from magadvise.render.amounts_json import sources
        from magadvise.render.catalog_json import condition as condition_json
        from magadvise.render.gate_json import gate_fields

        ids = [s for w in person_gate.withheld_by for s in w.sources]
        ids += [s for c in found for s in c.sources]
        emit_json(
            {
                **gate_fields(person_gate),
                "amount": None,
                "check": None,
                "conditions": [condition_json(c) for c in found],
                **_medicines_json(report),
                "complete": False,
                "sources": sources(rules, ids),
                "disclaimer": DISCLAIMER,
            }
        )
        return
    from magadvise.render.advice_view import withheld_view
    from magadvise.render.cautions_view import condition_view
    from magadvise.render.terminal import disclaimer

    emit(
        *withheld_view(person_gate),
        *_medicines_view(report),
        *(condition_view(c) for c in found),
        disclaimer(),
    )
