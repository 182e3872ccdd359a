"""What the rules know: `formulations`, `goals`, `conditions`, `medications`, `sources`."""

from __future__ import annotations

from typing import Annotated

import typer

from magadvise import completion
from magadvise.app import app, emit, emit_json, load
from magadvise.commands.options import JsonFlag


@app.command()
def formulations(
    ctx: typer.Context,
    form: Annotated[
        str | None,
        typer.Argument(
            metavar="FORM",
            help="One form in detail, e.g. glycinate.",
            autocompletion=completion.formulations,
        ),
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Compare the forms of magnesium, or show one in detail."""
    from magadvise.advice.lookup import find
    from magadvise.render import catalog_json

    rules = load(ctx)
    if form is not None:
        chosen = find(rules.formulations, form, "formulation")
        if json:
            emit_json(catalog_json.formulation(chosen))
        else:
            from magadvise.render.catalog_view import formulation_view

            emit(formulation_view(chosen))
        return
    if json:
        emit_json({"formulations": [catalog_json.formulation(f) for f in rules.formulations]})
    else:
        from magadvise.render.catalog_view import formulations_view

        emit(formulations_view(rules.formulations))


@app.command()
def goals(ctx: typer.Context, json: JsonFlag = False) -> None:
    """The goals the rules know, with the names they answer to."""
    from magadvise.render import catalog_json

    rules = load(ctx)
    if json:
        emit_json({"goals": [catalog_json.goal_summary(g) for g in rules.goals]})
    else:
        from magadvise.render.catalog_view import goals_view

        emit(goals_view(rules.goals))


@app.command()
def conditions(ctx: typer.Context, json: JsonFlag = False) -> None:
    """The health conditions the rules know (for --condition)."""
    from magadvise.render import catalog_json

    rules = load(ctx)
    if json:
        emit_json(
            {
                "conditions": [
                    catalog_json.condition(c) | {"aliases": list(c.aliases)}
                    for c in rules.conditions
                ]
            }
        )
    else:
        from magadvise.render.cautions_view import condition_view

        emit(*(condition_view(c) for c in rules.conditions))


@app.command()
def medications(
    ctx: typer.Context,
    class_: Annotated[
        str | None,
        typer.Option("--class", metavar="CLASS", help="Only this class, e.g. loop-diuretic."),
    ] = None,
    json: JsonFlag = False,
) -> None:
    """The medicines the rules know, with brands and interaction classes."""
    from magadvise.advice.lookup import find
    from magadvise.advice.medications import MedicationFinder
    from magadvise.render import catalog_json

    rules = load(ctx)
    finder = MedicationFinder(rules)
    wanted = find(rules.classes, class_, "medication class").id if class_ else None
    rows = []
    for medication in rules.medications:
        ids = dict.fromkeys(c for i in finder.ingredients_of(medication) for c in i.classes)
        if wanted is None or wanted in ids:
            rows.append((medication, [rules.classes[i] for i in ids]))
    if json:
        emit_json(
            {
                "medications": [
                    catalog_json.medication(m) | {"all_classes": [c.id for c in cl]}
                    for m, cl in rows
                ]
            }
        )
    else:
        from magadvise.render.catalog_view import medications_view

        emit(medications_view(rows))


@app.command()
def sources(
    ctx: typer.Context,
    source: Annotated[str | None, typer.Argument(metavar="ID", help="One source.")] = None,
    json: JsonFlag = False,
) -> None:
    """The references behind every statement in the rules."""
    from magadvise.advice.lookup import find
    from magadvise.render import catalog_json

    rules = load(ctx)
    chosen = [find(rules.sources, source, "source")] if source is not None else list(rules.sources)
    if json:
        if source is not None:
            emit_json(catalog_json.source(chosen[0]))
        else:
            emit_json({"sources": [catalog_json.source(s) for s in chosen]})
    else:
        from magadvise.render.catalog_view import sources_view

        emit(sources_view(chosen))
