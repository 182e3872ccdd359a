"""A medication list saved as a table (CSV or tab-separated), as spreadsheets and records export it.

A file whose first line is a heading row naming a medicine column (``Medication``, ``Drug``,
``Name``, ...) beside other columns is a table, not one medicine a line: each row's medicine is
read from that column, with its directions, reason and notes columns joined to it in the
table's order (:mod:`.columns`), so ``lisinopril 10 mg`` and ``daily`` are read as one medicine
with its directions. Every other column is listed as not read (:func:`_columns_not_read`); a
heading not known makes the result not complete, and its text on a row is kept with the row
(``Entry.unread_cells``). A status column (``Status``, ``Taking?``) is read with the row's
dates (:mod:`.table_status`): a stopped row is listed as skipped with its status, and checked
with ``--include-inactive``; any other is checked (a medicine that may be taken is never
skipped on a guess). A pharmacy export's quantity dispensed and days supply give what a row
supplies a day (:mod:`.table_supply`). An age or date of birth column (``Age``, ``DOB``) is
read as the list's ``Age: 4`` line is (:func:`_person`). Without such a heading row the file is
read as a plain list.
"""

from __future__ import annotations

import csv

from magadvise.medlist import TABLE_SEPARATORS, Entry
from magadvise.medlist.columns import (
    DATE_COLUMNS,
    DIRECTION_COLUMNS,
    NAME_COLUMNS,
    NOTE_COLUMNS,
    OTHER_COLUMNS,
    PERSON_COLUMNS,
    REASON_COLUMNS,
    STATUS_COLUMNS,
    joined,
    known,
)
from magadvise.medlist.table_status import status_skip
from magadvise.medlist.table_supply import supplied, supply_columns


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
    """Each row of a table (``lines``: line number and text, heading row first) as an Entry,
    after one entry for each column not read (see :func:`_columns_not_read`).

    A row with no medicine in its medicine column is left out; a stopped one is skipped with
    its status (see module) unless ``include_inactive``. A row's text in a column whose
    heading is not known is kept with it (``Entry.unread_cells``).
    """
    numbers = [n for n, _ in lines]
    rows = list(csv.reader([text for _, text in lines], delimiter=separator))
    headings = [_heading(c) for c in rows[0]]
    name_at = min(
        (i for i, h in enumerate(headings) if h in NAME_COLUMNS),
        key=lambda i: NAME_COLUMNS.index(headings[i]),
    )
    read_at = [
        i
        for i, h in enumerate(headings)
        if (h in DIRECTION_COLUMNS or h in REASON_COLUMNS or h in NOTE_COLUMNS) and i != name_at
    ]
    status_at = next((i for i, h in enumerate(headings) if h in STATUS_COLUMNS), None)
    dates_at = {DATE_COLUMNS[h]: i for i, h in enumerate(headings) if h in DATE_COLUMNS}
    quantity_at, supply_at = supply_columns(headings)
    read_at = [i for i in read_at if i != quantity_at]  # dispensed, not a dose (table_supply)
    unknown_at = [i for i, h in enumerate(headings) if not known(h) and h]
    person_at = [i for i, h in enumerate(headings) if h in PERSON_COLUMNS]
    entries: list[Entry] = []
    for number, row in zip(numbers[1:], rows[1:], strict=True):
        entries.extend(
            _person(headings[i], c, label, number) for i in person_at if (c := _cell(row, i))
        )
        name = _cell(row, name_at)
        if not name:
            continue
        said = [(headings[i], _cell(row, i)) for i in read_at if not _named(name, row, i, headings)]
        text = name + "".join(joined(h, c) for h, c in said if c)
        status = _cell(row, status_at) or None
        dates = {kind: _cell(row, i) for kind, i in dates_at.items()}
        skipped = status_skip(status, dates) if status and not include_inactive else None
        cells = tuple(f"{rows[0][i].strip()}: {c}" for i in unknown_at if (c := _cell(row, i)))
        given = supplied(_cell(row, quantity_at), _cell(row, supply_at))
        if given is None and _cell(row, quantity_at) and _cell(row, supply_at):
            cells += (f"{rows[0][quantity_at or 0].strip()}: {_cell(row, quantity_at)}",)
        entries.append(
            Entry(
                text,
                label,
                number,
                skipped=skipped,
                status=status,
                unread_cells=cells,
                supplied=given,
            )
        )
    return [*_columns_not_read(rows[0], headings, numbers[0], label), *entries]


def _person(heading: str, cell: str, label: str, number: int) -> Entry:
    """A row's age or date of birth cell (``Age`` ``4``), read as the list's line ``Age: 4``
    is (:mod:`.person_line`), or kept as an age not read, which withholds the dose until
    ``--age`` is given: a child's upper level depends on it."""
    from magadvise.medlist.person_line import BIRTH, person_entry

    said = f"{PERSON_COLUMNS[heading]}: {cell}"
    read = person_entry(said, label, number)
    return read if read is not None else Entry(said, label, number, fact=BIRTH)


def _named(name: str, row: list[str], at: int, headings: list[str]) -> bool:
    """True when a Strength cell says only the strength the name already gives (``Mag-Ox 400``
    and ``400 mg``): joined, it would be read as a second number not known."""
    import re

    numbers = re.findall(r"\d+(?:\.\d+)?", _cell(row, at))
    words = re.sub(r"\d+(?:\.\d+)?", "", _cell(row, at)).strip().casefold()
    return (
        headings[at] == "strength"
        and len(numbers) == 1
        and words in ("mg", "")
        and numbers[0] in re.findall(r"\d+(?:\.\d+)?", name)
    )


def _columns_not_read(
    written: list[str], headings: list[str], line: int, label: str
) -> list[Entry]:
    """One skipped entry for each column not read: a heading not known makes the result not
    complete (``unread``); a column of who prescribed or supplied it, a code or a cost is only
    named."""
    out = []
    supplied_at, _ = supply_columns(headings)  # "Dispense" beside "Days Supply": it is read
    for at, (shown, heading) in enumerate(zip(written, headings, strict=True)):
        if at == supplied_at:
            continue
        if heading in OTHER_COLUMNS:
            why = "a table column not needed for magnesium advice: not read"
            out.append(Entry(f"column '{shown.strip()}'", label, line, skipped=why))
        elif heading and not known(heading):
            why = (
                "a table column magadvise does not read (its heading is not one it knows): "
                "not read; on a magnesium product's row, the amount is then not known"
            )
            out.append(Entry(f"column '{shown.strip()}'", label, line, skipped=why, unread=True))
    return out
