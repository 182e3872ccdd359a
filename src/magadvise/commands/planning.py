"""`dose`, `intake`, `foods` and `plan`: from a bottle's label to a plan a person can take along."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from magadvise.app import app, emit, emit_json, error_line, load
from magadvise.commands.options import (
    At,
    Conditions,
    IncludeInactive,
    JsonFlag,
    Meds,
    MedsFrom,
    checked,
    medicines,
    record_age,
)
from magadvise.commands.planning_options import (
    AgeYears,
    Breastfeeding,
    Foods,
    Format,
    Pregnant,
    Sex,
    Variant,
    operator_hints,
    person_from,
    plain_text,
    resolve_times,
)
from magadvise.errors import UsageError, outcome


@app.command()
def intake(
    ctx: typer.Context,
    age: Annotated[
        float, typer.Option("--age", metavar="YEARS", min=0, max=130, help="Age in years.")
    ],
    sex: Sex = None,
    pregnant: Pregnant = False,
    breastfeeding: Breastfeeding = False,
    json: JsonFlag = False,
) -> None:
    """How much magnesium a day (RDA or AI) by age, sex and pregnancy, and the supplement limit."""
    from magadvise.advice.intake import assess_intake

    who = person_from(age, sex, pregnant, breastfeeding)
    rules = load(ctx)
    report = assess_intake(rules, who)
    if json:
        from magadvise.render import amounts_json

        emit_json(amounts_json.intake(rules, report))
    else:
        from magadvise.render.dose_view import intake_view
        from magadvise.render.terminal import disclaimer

        emit(intake_view(rules, report), disclaimer())


@app.command()
def foods(
    ctx: typer.Context,
    sort: Annotated[
        str, typer.Option("--sort", metavar="mg|name", help="Most magnesium first, or by name.")
    ] = "mg",
    vegan: Annotated[bool, typer.Option("--vegan", help="Vegan foods only.")] = False,
    top: Annotated[int | None, typer.Option("--top", metavar="N", help="Only the first N.")] = None,
    target: Annotated[
        bool, typer.Option("--target", help="How far a day of --food gets to your target.")
    ] = False,
    food: Foods = [],  # noqa: B006 - Typer reads list defaults
    age: AgeYears = None,
    sex: Sex = None,
    pregnant: Pregnant = False,
    breastfeeding: Breastfeeding = False,
    json: JsonFlag = False,
) -> None:
    """Foods rich in magnesium, with % Daily Value and a bar chart; or a day of food vs target."""
    from magadvise.advice import foods as logic

    if target and not food:
        raise UsageError("--target needs the foods of a typical day: --food ID[xN] (repeatable)")
    if (target or food) and (sort != "mg" or vegan or top is not None):
        raise UsageError("--sort, --vegan and --top list foods; they do not apply with --food")
    if target and age is None:
        raise UsageError("--target needs --age (and --sex for ages where the table differs)")
    if not target and (age is not None or sex or pregnant or breastfeeding):
        raise UsageError("--age, --sex, --pregnant and --breastfeeding go with --target")
    rules = load(ctx)
    if food:
        report = None
        if target and age is not None:
            from magadvise.advice.intake import personal_target

            report = personal_target(rules, person_from(age, sex, pregnant, breastfeeding))
        day = logic.day_of_food(rules, food, report)
        if json:
            from magadvise.render import amounts_json

            emit_json(amounts_json.day(rules, day))
        else:
            from magadvise.render.foods_view import day_view
            from magadvise.render.terminal import disclaimer

            emit(day_view(rules, day), disclaimer())
        return
    found = logic.list_foods(rules, sort.strip().lower(), vegan, top)
    if json:
        from magadvise.render import amounts_json

        emit_json(amounts_json.foods(rules, found, sort, vegan))
    else:
        from magadvise.render.foods_view import foods_view
        from magadvise.render.terminal import disclaimer

        emit(foods_view(rules, found), disclaimer())


@app.command()
def plan(
    ctx: typer.Context,
    goal: Annotated[str, typer.Option("--goal", "-g", metavar="GOAL", help="What it is for.")],
    age: Annotated[
        float, typer.Option("--age", metavar="YEARS", min=0, max=130, help="Age in years.")
    ],
    med: Meds = [],  # noqa: B006
    sex: Sex = None,
    pregnant: Pregnant = False,
    breastfeeding: Breastfeeding = False,
    condition: Conditions = [],  # noqa: B006
    product: Annotated[
        str | None,
        typer.Option("--product", metavar="TEXT", help='Your product, e.g. "glycinate 500mg".'),
    ] = None,
    elemental_per_unit: Annotated[
        float | None,
        typer.Option(
            "--elemental-per-unit", metavar="MG", help="Elemental mg per unit, from the label."
        ),
    ] = None,
    variant: Variant = None,
    food: Foods = [],  # noqa: B006
    at: At = [],  # noqa: B006
    format: Annotated[
        Format, typer.Option("--format", case_sensitive=False, help="Output format.")
    ] = Format.table,
    json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to a file (- for stdout)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --output.")] = False,
    meds_from: MedsFrom = None,
    include_inactive: IncludeInactive = False,
) -> None:
    """A one-page plan: form, amount, units of your product, food, cautions, timing, sources."""
    from magadvise.advice.plan import make_plan, plan_sources
    from magadvise.clock import today
    from magadvise.output import check_target, is_stdout, target_path

    if json and format not in (Format.table, Format.json):
        raise UsageError(f"--json and --format {format.value} ask for two formats: give one")
    format = Format.json if json else format
    target = None if output is None or is_stdout(output) else target_path(output, "--output")
    if target is not None:
        check_target(target, force)
    meds = medicines(med, meds_from, include_inactive)
    used = record_age(meds, age)  # a record's younger Patient lowers a typed --age
    age = age if used is None else used
    who = person_from(age, sex, pregnant, breastfeeding)
    rules = load(ctx)
    times = resolve_times(rules, at, checked(meds))
    result = make_plan(
        rules,
        who,
        goal,
        meds,
        condition,
        product=product,
        elemental_per_unit=elemental_per_unit,
        variant=variant,
        foods=food,
        times=times,
    )
    made_on = today()
    if format is Format.json:
        from magadvise.render import jsonout, plan_json

        content = jsonout.dumps(plan_json.plan(rules, result, made_on))
    else:
        from magadvise.render.plan_outline import plan_document

        document = plan_document(result, plan_sources(rules, result), made_on)
        if format is Format.table:
            from magadvise.render.plan_view import plan_view

            if target is None:
                emit(*plan_view(document))
                content = ""
            else:
                content = plain_text(plan_view(document))
        elif format is Format.markdown:
            from magadvise.render.plan_markdown import render

            content = render(document)
        else:
            from magadvise.render.plan_html import render as render_html

            content = render_html(document)
    if target is not None:
        from magadvise.output import write_file

        write_file(target, content, force)
        error_line(f"wrote the plan to {target}")
    elif content:
        sys.stdout.write(content)
    for hint in operator_hints(result):
        error_line(f"hint: {hint}")
    if result.cautions.unassessed:
        names = ", ".join(u.input for u in result.cautions.unassessed)
        error_line(f"warning: not recognised and NOT checked: {names}; the plan says so")
    if not result.go_ahead:
        names = ", ".join(w.name for w in result.gate.withheld_by)
        error_line(f"warning: no dose advised ({names}); the plan says who to ask")
    code = outcome(result.go_ahead, result.cautions.complete)
    if code:
        raise typer.Exit(code)
