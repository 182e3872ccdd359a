"""Options shared by several commands, declared once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from magadvise import completion
from magadvise.errors import UsageError, echo

if TYPE_CHECKING:
    from collections.abc import Sequence

    from magadvise.medlist import Entry

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
Meds = Annotated[
    list[str],
    typer.Option(
        "--med",
        "-m",
        metavar="NAME",
        help="A medicine you take: generic, brand or abbreviation (repeat for each).",
        autocompletion=completion.medications,
    ),
]
Conditions = Annotated[
    list[str],
    typer.Option(
        "--condition",
        "-c",
        metavar="NAME",
        help="A health condition, e.g. 'kidney disease', pregnancy (repeat for each).",
        autocompletion=completion.conditions,
    ),
]
Age = Annotated[
    float | None,
    typer.Option("--age", min=0, max=130, help="Your age in years (adds age-related cautions)."),
]
MedsFrom = Annotated[
    str | None,
    typer.Option(
        "--meds-from",
        metavar="PATH",
        help="A file of medicines: one a line, a table (CSV) with a Medication column, or FHIR "
        "R4 JSON/NDJSON from a health record ('-' reads standard input).",
    ),
]
IncludeInactive = Annotated[
    bool,
    typer.Option(
        "--include-inactive",
        help="With a FHIR record or a table: also check medicines it marks stopped, completed "
        "or cancelled.",
    ),
]
At = Annotated[
    list[str],
    typer.Option(
        "--at",
        metavar="NAME=HH:MM[,HH:MM]",
        help="When you take a medicine, for the timing plan (repeatable).",
    ),
]


def parse_times(values: list[str]) -> dict[str, tuple[str, ...]]:
    """``["cipro=08:00,20:00"]`` -> ``{"cipro": ("08:00", "20:00")}`` (names not yet resolved)."""
    import re

    out: dict[str, tuple[str, ...]] = {}
    for value in values:
        name, sep, clocks = value.partition("=")
        times = tuple(t.strip() for t in clocks.split(",") if t.strip())
        if not sep or not name.strip() or not times:
            raise UsageError(f"--at expects NAME=HH:MM[,HH:MM], got {echo(value)}")
        for clock in times:
            if not re.fullmatch(r"([01]?[0-9]|2[0-3]):[0-5][0-9]", clock):
                raise UsageError(f"--at: {echo(clock)} is not a time of day (use 24-hour HH:MM)")
        out[name.strip()] = tuple(f"{int(t.split(':')[0]):02d}:{t.split(':')[1]}" for t in times)
    return out


def medicines(
    med: list[str], meds_from: str | None, include_inactive: bool = False
) -> list[str | Entry]:
    """The ``--med`` names (:func:`typed`), then the entries of the ``--meds-from`` file (if
    any), in order."""
    if meds_from is None:
        if include_inactive:
            raise UsageError("--include-inactive applies to a --meds-from file; give one")
        return typed(med)
    from magadvise.medlist import read

    return [*typed(med), *read(meds_from, include_inactive)]


def typed(med: list[str]) -> list[str | Entry]:
    """The ``--med`` names; one that gives the person's age, birth date or weight (``Age: 4``,
    ``Wt 16 kg``, ``4 yrs, 16 kg``) is read as that line of a list is
    (:func:`magadvise.medlist.plain.person_facts`), never checked as a medicine not assessed; a
    weight or age beside a medicine (``amoxicillin 400 mg bid (16 kg)``) is read as well."""
    if not med:
        return []
    from magadvise.medlist.plain import facts_beside, medicines_beside_facts, person_facts

    out: list[str | Entry] = []
    for name in med:
        if facts := person_facts(name.strip(), "--med", None):
            out.extend([*facts, *medicines_beside_facts(name, facts)])  # "Lily, age 4, cipro"
        else:
            out.extend([name, *facts_beside(name, "--med", None)])  # "... (16 kg)"
    return out


def checked(meds: Sequence[str | Entry]) -> list[str | Entry]:
    """The medicines that will be checked: typed names, and file entries not skipped."""
    return [m for m in meds if isinstance(m, str) or not m.skipped]


def record_age(meds: Sequence[str | Entry], age: float | None) -> float | None:
    """``--age``, or the age a health record's Patient birth date gives, the younger when both
    (None for neither)."""
    if all(isinstance(m, str) or (m.fact is None and m.withhold is None) for m in meds):
        return age  # no Patient in the list: nothing to read (and nothing imported)
    from magadvise.advice.record_facts import patient_ages
    from magadvise.advice.record_facts import record_age as from_record

    used = from_record(meds, age)
    ages = patient_ages(meds)
    if age is not None and used is not None and used < age:
        from magadvise.app import error_line

        error_line(
            f"warning: --age {age:g} given, but the record's Patient is {used:g}: the younger "
            "age is used (the safer reading)"
        )
    if len(set(ages)) > 1:
        from magadvise.app import error_line

        error_line(
            f"warning: the record holds {len(ages)} Patients (ages "
            f"{', '.join(map(str, ages))}): the youngest age is used (the safer reading); check "
            "that the medicines listed are one person's"
        )
    return used
