"""`recommend` and `cautions`: the advice commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from magadvise import completion
from magadvise.app import app, emit, emit_json, load
from magadvise.commands.options import Age, At, Conditions, JsonFlag, Meds, parse_times
from magadvise.errors import EXIT_UNASSESSED, UsageError, outcome

if TYPE_CHECKING:
    from magadvise.advice.cautions import CautionReport
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
    ctx: typer.Context, meds: list[str], conditions: list[str], age: float | None, at: list[str]
) -> tuple[Rules, CautionReport]:
    """Load the rules, resolve --at times, and assess the medicines and conditions."""
    from magadvise.advice.cautions import assess
    from magadvise.advice.dose_times import dose_times

    typed = parse_times(at)
    rules = load(ctx)
    return rules, assess(rules, meds, conditions, age, dose_times(rules, meds, typed))


@app.command()
def recommend(
    ctx: typer.Context,
    goal: Goals,
    med: Meds = [],  # noqa: B006 - Typer reads list defaults
    condition: Conditions = [],  # noqa: B006
    age: Age = None,
    at: At = [],  # noqa: B006
    json: JsonFlag = False,
) -> None:
    """Which form of magnesium, how much, and how good the evidence is, for a goal.

    Conditions and age gate the doses: withheld (none shown, exit 4), capped, or cautioned.
    """
    from magadvise.advice.gating import gate
    from magadvise.advice.recommend import advise

    if med or condition or age is not None or at:
        rules, report = _assess(ctx, med, condition, age, at)
    else:  # nothing to assess: the cautions machinery is not even imported
        rules, report = load(ctx), None
    advice = advise(rules, goal)
    person_gate = gate(rules, report.conditions if report else (), age)
    if report is not None and not person_gate.go_ahead:  # no time to take what is withheld
        from dataclasses import replace

        report = replace(report, timing=None)
    shown = report if (med or condition or age is not None) else None
    if json:
        from magadvise.render import jsonout

        emit_json(jsonout.recommend(advice, shown, person_gate))
    else:
        from magadvise.render.advice_view import recommend_view
        from magadvise.render.terminal import disclaimer

        emit(*recommend_view(advice, shown, person_gate), disclaimer())
    code = outcome(person_gate.go_ahead, report is None or report.complete)
    if code:
        raise typer.Exit(code)


@app.command()
def cautions(
    ctx: typer.Context,
    med: Meds = [],  # noqa: B006
    condition: Conditions = [],  # noqa: B006
    age: Age = None,
    at: At = [],  # noqa: B006
    json: JsonFlag = False,
) -> None:
    """Is magnesium safe with my medicines? Cautions worst first, with a timing plan."""
    if not med and not condition and age is None:
        raise UsageError("give at least one --med NAME (or --condition / --age)")
    _rules, report = _assess(ctx, med, condition, age, at)
    if json:
        from magadvise.render import jsonout

        emit_json(jsonout.cautions(report))
    else:
        from magadvise.render.advice_view import cautions_view
        from magadvise.render.terminal import disclaimer

        emit(*cautions_view(report), disclaimer())
    if not report.complete:
        raise typer.Exit(EXIT_UNASSESSED)
