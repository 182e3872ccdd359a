"""A medication list saved as a table (CSV or tab-separated), as spreadsheets and records export it.

A file whose first line is a heading row naming a medicine column (``Medication``, ``Drug``,
``Name``, ...) beside other columns is a table, not one medicine a line: each row's medicine is
read from that column, with its dose and directions columns (``Dose``, ``Sig``, ``Frequency``)
after it, so ``lisinopril 10 mg`` and ``daily`` are read as one medicine with its directions.
Other columns (dates, prescriber, pharmacy, notes) are not medicines and are not read. A status
column (``Status``, ``Taking?``) is read as a FHIR record's status is: a row marked
``Discontinued``, ``Stopped``, ``Inactive``, ``Completed`` or ``Cancelled`` (or ``No`` under
``Taking``) is listed as skipped with its status, and checked with ``--include-inactive``;
``On hold`` and any other value are checked (a medicine that may be taken is never skipped on a
guess). Without such a heading row the file is read as a plain list.
"""

from __future__ import annotations

import csv

from magadvise.medlist import TABLE_SEPARATORS, Entry

NAME_COLUMNS = (
    "medication",
    "medications",
    "medicine",
    "drug",
    "drug name",
    "medication name",
    "name",
    "generic name",
    "product",
    "description",
    "med",
    "meds",
)
"""Headings of the column that names the medicine, most specific first."""
DIRECTION_COLUMNS = frozenset(
    {
        "dose",
        "dosage",
        "strength",
        "sig",
        "directions",
        "instructions",
        "frequency",
        "how to take",
        "when to take",
        "route",
        "form",
    }
)
"""Headings of columns read with the name, in the table's order."""
STATUS_COLUMNS = frozenset(
    {"status", "medication status", "taking", "taking?", "active", "current", "active?", "current?"}
)
NOT_CURRENT = frozenset(
    {
        "discontinued",
        "stopped",
        "inactive",
        "completed",
        "complete",
        "cancelled",
        "canceled",
        "entered in error",
        "entered-in-error",
        "expired",
        "not taking",
        "d/c",
        "dc",
        "dc'd",
        "no",
        "n",
        "false",
    }
)
"""Status values read as "not a current medicine" (FHIR's stopped, completed, cancelled)."""


def _heading(cell: str) -> str:
    return " ".join(cell.strip().strip('"').casefold().rstrip(":").split())


def _cell(row: list[str], at: int | None) -> str:
    return row[at].strip() if at is not None and at < len(row) else ""


def table_separator(first_line: str) -> str | None:
    """The separator of a table's heading row, or None when ``first_line`` is not one."""
    for separator in TABLE_SEPARATORS:
        cells = [_heading(c) for c in next(csv.reader([first_line], delimiter=separator))]
        if len(cells) >= 2 and any(c in NAME_COLUMNS for c in cells):
            return separator
    return None


def read_table(
    lines: list[tuple[int, str]], separator: str, label: str, include_inactive: bool
) -> list[Entry]:
    """Each row of a table (``lines``: line number and text, heading row first) as an Entry.

    A row with no medicine in its medicine column is left out; a stopped one is skipped with
    its status (see module) unless ``include_inactive``.
    """
    numbers = [n for n, _ in lines]
    rows = list(csv.reader([text for _, text in lines], delimiter=separator))
    headings = [_heading(c) for c in rows[0]]
    name_at = min(
        (i for i, h in enumerate(headings) if h in NAME_COLUMNS),
        key=lambda i: NAME_COLUMNS.index(headings[i]),
    )
    directions = [i for i, h in enumerate(headings) if h in DIRECTION_COLUMNS and i != name_at]
    status_at = next((i for i, h in enumerate(headings) if h in STATUS_COLUMNS), None)
    entries: list[Entry] = []
    for number, row in zip(numbers[1:], rows[1:], strict=True):
        name = _cell(row, name_at)
        if not name:
            continue
        text = " ".join([name, *(c for c in (_cell(row, i) for i in directions) if c)])
        status = _cell(row, status_at) or None
        skipped = None
        if status is not None and _heading(status) in NOT_CURRENT and not include_inactive:
            skipped = f"status '{status}': not a current medicine"
        entries.append(Entry(text, label, number, skipped=skipped, status=status))
    return entries
