"""Options and small helpers for the planning commands (`dose`, `intake`, `foods`, `plan`)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from magadvise.commands.options import parse_times

if TYPE_CHECKING:
    from rich.console import RenderableType

    from magadvise.advice.intake import Person
    from magadvise.advice.plan import Plan
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

PLAIN_WIDTH = 100
AgeYears = Annotated[
    float | None,
    typer.Option(
        "--age", metavar="YEARS", min=0, max=130, help="Age in years (picks the row of the tables)."
    ),
]
Sex = Annotated[
    str | None, typer.Option("--sex", metavar="female|male", help="Sex, for the intake table.")
]
Pregnant = Annotated[bool, typer.Option("--pregnant", help="Use the pregnancy column.")]
Breastfeeding = Annotated[
    bool, typer.Option("--breastfeeding", help="Use the breastfeeding (lactation) column.")
]
Foods = Annotated[
    list[str],
    typer.Option(
        "--food",
        "-f",
        metavar="ID[xN]",
        help="A food you eat in a day, N servings (e.g. almonds x2); repeat for each.",
    ),
]
Variant = Annotated[
    str | None,
    typer.Option("--variant", metavar="VARIANT", help="Another salt or hydrate of the form."),
]


class Format(StrEnum):
    """Output formats of `plan`."""

    table = "table"
    markdown = "markdown"
    html = "html"
    json = "json"


def person_from(age: float, sex: str | None, pregnant: bool, breastfeeding: bool) -> Person:
    """A Person from the options; impossible combinations are usage errors.

    Sex in any case and as any start of the word: ``F``, ``fem``, ``Male``.
    """
    from magadvise.advice.intake import person

    word = sex.strip().lower() if sex is not None else None
    if word:
        matches = [full for full in ("female", "male") if full.startswith(word)]
        word = matches[0] if len(matches) == 1 else word
    return person(age, word, pregnant, breastfeeding)


def resolve_times(
    rules: Rules, at: list[str], meds: Sequence[str | Entry]
) -> dict[str, tuple[str, ...]]:
    """``--at NAME=HH:MM`` matched to the medicines given (by product or ingredient name)."""
    from magadvise.advice.dose_times import dose_times

    return dose_times(rules, meds, parse_times(at))


def plain_text(renderables: list[RenderableType]) -> str:
    """Rich renderables as plain text (no colour), for a file."""
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    console = Console(
        file=buffer, width=PLAIN_WIDTH, color_system=None, markup=False, highlight=False
    )
    for renderable in renderables:
        console.print(renderable)
    return buffer.getvalue()


def operator_hints(result: Plan) -> list[str]:
    """Options that would make the plan more exact; printed on stderr, never in the plan itself."""
    hints: list[str] = []
    if not result.go_ahead:  # no dose is advised: nothing to make more exact
        return hints
    timing = result.cautions.timing
    if timing is not None and any(c.assumed for c in timing.constraints):
        hints.append(
            "dose times marked (assumed) are typical ones; give the real ones with --at NAME=HH:MM"
        )
    product = result.product
    amount = product.amount if product is not None else None
    named = product.named if product is not None else None
    if named is not None and amount is None:  # a liquid or powder: its label's dose volume
        hints.append(
            f"{named.sentence()}; a plan counts tablets or capsules: to plan in "
            f"{named.unit}s, give --elemental-per-unit {named.elemental_mg:g}"
        )
    elif named is not None and amount is not None and amount.given == "elemental":
        hints.append(f"--product was read as {named.sentence()}")
    elif product is not None and amount is None:
        hints.append(
            'add the amount to --product ("glycinate 500mg") or give --elemental-per-unit MG'
        )
    elif amount is not None and amount.assumed:
        other = amount.per_unit_mg * amount.percent.value / 100
        hints.append(
            "--product's mg was read as elemental magnesium (the reading with fewer units); if "
            f"the label's {amount.per_unit_mg:g} mg is the compound, give --elemental-per-unit "
            f"{other:.1f} instead"
        )
    return hints
