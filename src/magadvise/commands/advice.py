"""`recommend` and `cautions`: the advice commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from magadvise import completion
from magadvise.app import app, emit, emit_json, load
from magadvise.commands.options import (
    Age,
    At,
    Conditions,
    IncludeInactive,
    JsonFlag,
    Meds,
    MedsFrom,
    checked,
    medicines,
    parse_times,
    record_age,
)
from magadvise.errors import EXIT_UNASSESSED, UsageError, echo, outcome

if TYPE_CHECKING:
    from collections.abc import Sequence

    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.gating import Withholder
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

Goals = Annotated[
    list[str],
    typer.Option(
        "--goal",
        "-g",
        metavar="GOAL",
        help="What you want magnesium for (repeatable); see 'magadvise goals'.",
        autocompletion=completion.goals,
    ),
]


def _assess(
    ctx: typer.Context,
    meds: Sequence[str | Entry],
    conditions: list[str],
    age: float | None,
    at: list[str],
) -> tuple[Rules, CautionReport]:
    """Load the rules, resolve --at times, and assess the medicines and conditions."""
    from magadvise.advice.cautions import assess
    from magadvise.advice.dose_times import dose_times

    typed = parse_times(at)
    rules = load(ctx)
    return rules, assess(rules, meds, conditions, age, dose_times(rules, checked(meds), typed))


@app.command()
def recommend(
    ctx: typer.Context,
    goal: Goals,
    med: Meds = [],  # noqa: B006 - Typer reads list defaults
    condition: Conditions = [],  # noqa: B006
    age: Age = None,
    at: At = [],  # noqa: B006
    json: JsonFlag = False,
    meds_from: MedsFrom = None,
    include_inactive: IncludeInactive = False,
) -> None:
    """Which form of magnesium, how much, and how good the evidence is, for a goal.

    Conditions and age gate the doses: withheld (none shown, exit 4), capped, or cautioned.
    """
    from magadvise.advice.gating import counting_products, gate
    from magadvise.advice.intake import ADULT_AGE
    from magadvise.advice.label_age import with_label_age
    from magadvise.advice.recommend import advise

    meds = medicines(med, meds_from, include_inactive)
    age = record_age(meds, age)
    if meds or condition or age is not None or at:
        rules, report = _assess(ctx, meds, condition, age, at)
    else:  # nothing to assess: the cautions machinery is not even imported
        rules, report = load(ctx), None
    advice = advise(rules, goal, age)
    avoid = _medicine_withholders(rules, report, age) if report is not None else ()
    person_gate = gate(rules, report.conditions if report else (), age, avoid)
    if report is not None:  # magnesium antacids, laxatives and supplements count toward the UL
        from magadvise.advice.child_products import with_children_only
        from magadvise.advice.otc import listed_magnesium

        listed = listed_magnesium(report)
        person_gate = counting_products(rules, person_gate, listed, default_age=ADULT_AGE)
        found = [m.resolved for m in report.medications]
        person_gate = with_children_only(person_gate, listed, meds, found, report.unassessed)
    if person_gate.go_ahead:  # a labelled laxative below its smallest dose is not offered
        from magadvise.advice.label_limit import with_limit

        advice = tuple(with_limit(a, person_gate) for a in advice)
    person_gate = with_label_age(person_gate, advice)
    if report is not None and not person_gate.go_ahead:  # no time to take what is withheld
        report = report._replace(timing=None)
    shown = report if (meds or condition or age is not None) else None
    if json:
        from magadvise.render import recommend_json

        emit_json(recommend_json.recommend(advice, shown, person_gate))
    else:
        from magadvise.render.advice_view import recommend_view
        from magadvise.render.terminal import disclaimer

        emit(*recommend_view(advice, shown, person_gate), disclaimer())
    code = outcome(person_gate.go_ahead, report is None or report.complete)
    if code:
        raise typer.Exit(code)


def _medicine_withholders(
    rules: Rules, report: CautionReport, age: float | None
) -> tuple[Withholder, ...]:
    """What the medicines assessed withhold the dose for: a record's facts, a misspelling close
    to a medicine that stops the dose, the medicines themselves and magnesium in an amount not
    known (each module's docstring gives its sources)."""
    from magadvise.advice.medicine_gate import medicine_withholders
    from magadvise.advice.record_gate import record_withholders
    from magadvise.advice.unknown_amount import unknown_amount_withholders

    medications, unassessed = report.medications, report.unassessed
    unknown = unknown_amount_withholders(rules, [m.resolved for m in medications], unassessed)
    held = record_withholders(rules, report.skipped, age)
    if unassessed:
        from magadvise.advice.suggested_gate import suggested_withholders

        held += suggested_withholders(rules, unassessed)
    return (*held, *medicine_withholders(medications, report.timing), *unknown)


@app.command()
def cautions(
    ctx: typer.Context,
    med: Meds = [],  # noqa: B006
    condition: Conditions = [],  # noqa: B006
    age: Age = None,
    at: At = [],  # noqa: B006
    json: JsonFlag = False,
    meds_from: MedsFrom = None,
    include_inactive: IncludeInactive = False,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="table|json|fhir",
            help="Output format; fhir is a FHIR R4 Bundle of DetectedIssue resources.",
        ),
    ] = None,
) -> None:
    """Is magnesium safe with my medicines? Cautions worst first, with a timing plan."""
    style = _format(format, json)
    meds = medicines(med, meds_from, include_inactive)
    age = record_age(meds, age)
    if not meds and not condition and age is None:
        raise UsageError(
            "give at least one --med NAME or --meds-from FILE (or --condition / --age)"
        )
    rules, report = _assess(ctx, meds, condition, age, at)
    if style == "fhir":
        from magadvise.clock import today
        from magadvise.fhir.detected import bundle
        from magadvise.render import cautions_json

        alerts = _record_alerts(rules, report, age)
        emit_json(bundle(cautions_json.cautions(report), today().isoformat(), alerts))
    elif style == "json":
        from magadvise.render import cautions_json

        emit_json(cautions_json.cautions(report))
    else:
        from magadvise.render.cautions_view import cautions_view
        from magadvise.render.terminal import disclaimer

        emit(*cautions_view(report), disclaimer())
    if not report.complete:
        raise typer.Exit(EXIT_UNASSESSED)


def _record_alerts(
    rules: Rules, report: CautionReport, age: float | None
) -> list[dict[str, object]]:
    """What the record says that stops any dose (as ``recommend`` withholds for it), for the
    FHIR Bundle: each withholder with the resource it came from (``age``: the age advised for,
    None when not known)."""
    from magadvise.advice.record_gate import record_withholders

    return [
        {"id": w.id, "name": w.name, "basis": w.basis, "advice": w.advice, "resource": e.resource}
        for e in report.skipped
        for w in record_withholders(rules, (e,), age)
    ]


def _format(format: str | None, json: bool) -> str:
    """``table``, ``json`` or ``fhir`` from ``--format`` (any case) and ``--json``."""
    chosen = (format or ("json" if json else "table")).strip().lower()
    if chosen not in ("table", "json", "fhir"):
        raise UsageError(
            f"--format: unknown format {echo(format or '')} (choose table, json or fhir)"
        )
    if json and chosen != "json":
        raise UsageError(f"--json and --format {chosen} ask for two formats; give one")
    return chosen
