"""What each column of a medication table is, by its heading (see :mod:`.table`).

- the medicine (``Medication``, ``Drug``, ``Name``, ...): :data:`NAME_COLUMNS`;
- directions read with it, in the table's order (``Dose``, ``Sig``, ``Frequency``, ``Freq``,
  ``How often``, ``Schedule``, ``Timing``, ``Dosing``, ``When``, ``Dose Qty``, ``Amount``,
  ``Tablets``, ``Quantity``, ...): :data:`DIRECTION_COLUMNS`; a bare number under a heading
  that names its unit or its times (``Tablets``: ``2`` is ``2 tablets``; ``Times per day``:
  ``3`` is ``3 times a day``) is read with it (:func:`cell_text`);
- what it is for (``Indication``, ``Reason``, ``Diagnosis``): read as if written after "for"
  on the line (``Lisinopril 10 mg for CKD stage 4``), so a condition named there is read as a
  reason on a line is: :data:`REASON_COLUMNS`; notes (``Comments``, ``Notes``: ``hold on
  dialysis days``, ``pt has CKD stage 4``) as if written after a comma on the line, where a
  condition or a hold direction is read as on any line: :data:`NOTE_COLUMNS`;
- the status (``Status``, ``Taking?``) and the dates that go with it (``Start Date``, ``End
  Date``, ``Last Filled``): :data:`STATUS_COLUMNS`, :data:`DATE_COLUMNS` (:mod:`.table_status`);
- who prescribed or supplied it, codes and costs, refills, when the last dose was taken: not
  needed for magnesium advice, shown as not read but not making the result incomplete:
  :data:`OTHER_COLUMNS`;
- a pharmacy export's quantity dispensed and days supply (``Qty``, ``Days Supply``): what a row
  supplies a day (:mod:`.table_supply`).

Any other heading is not known: its column is shown as not read (the result is not complete,
exit 3), and its text on a magnesium product's row makes that product's amount not known
(:mod:`magadvise.advice.unread`), since it may say how many or how often.
"""

from __future__ import annotations

from magadvise.medlist.table_supply import DISPENSED_COLUMNS, SUPPLY_COLUMNS

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
_COUNTED = {  # a heading that says what a bare number under it counts
    **dict.fromkeys(("tablets", "tabs", "no. of tablets", "number of tablets"), "tablets"),
    **dict.fromkeys(("capsules", "caps", "no. of capsules", "number of capsules"), "capsules"),
    **dict.fromkeys(
        ("times per day", "times a day", "times daily", "doses per day", "doses a day"),
        "times a day",
    ),
}
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
        "freq",
        "how often",
        "schedule",
        "timing",
        "dosing",
        "when",
        "dose qty",
        "dose quantity",
        "qty per dose",
        "quantity per dose",
        "dose amount",
        "amount",
        "quantity",
        "qty",
        "units",
        "dose form",
        "administration",
        *_COUNTED,
    }
)
"""Headings of columns read with the name, in the table's order."""
REASON_COLUMNS = frozenset(
    {
        "indication",
        "indications",
        "reason",
        "reason for use",
        "reason for taking",
        "diagnosis",
        "condition",
        "purpose",
        "used for",
        "what for",
        "what it's for",
        "what it is for",
    }
)
"""Headings of columns that say what the medicine is for, read as "for <text>"."""
NOTE_COLUMNS = frozenset({"comments", "comment", "notes", "note", "remarks", "additional info"})
"""Headings of notes on a medicine, read as if written after a comma on its line."""
STATUS_COLUMNS = frozenset(
    {"status", "medication status", "taking", "taking?", "active", "current", "active?", "current?"}
)
_FILLED = ("last filled", "filled", "fill date", "date filled", "last fill", "last fill date",
           "dispensed", "date dispensed", "last dispensed")  # fmt: skip
DATE_COLUMNS = {  # heading -> which date it is (table_status)
    **dict.fromkeys(("start date", "start", "started", "date started", "start_date"), "start"),
    **dict.fromkeys(("end date", "end", "stop date", "stopped", "date stopped", "end_date"), "end"),
    **dict.fromkeys(_FILLED, "filled"),
}
"""Headings of the dates a status is read with."""
OTHER_COLUMNS = frozenset(
    {
        "prescriber",
        "prescribed by",
        "doctor",
        "provider",
        "pharmacy",
        "pharmacy phone",
        "ndc",
        "rx",
        "rx #",
        "rx number",
        "refills",
        "dispense",  # Epic's quantity dispensed ("90 tablet"), read only beside a days supply
        "disp",
        "refills left",
        "refills remaining",
        "refills authorized",
        "rx#",
        "rx no",
        "rx no.",
        "prescription number",
        "prescriber name",
        "pharmacy name",
        "ndc code",
        "npi",
        "last dose",
        "last dose taken",
        "last taken",
        "cost",
        "price",
        "copay",
        "date",
        "prescribed",
        "date prescribed",
        "ordered",
        "order date",
    }
)
"""Headings of columns not needed for magnesium advice: shown as not read, result complete."""


PERSON_COLUMNS = {
    **dict.fromkeys(("age", "pt age", "patient age", "age (yrs)", "age (years)", "age (y)"), "Age"),
    **dict.fromkeys(("dob", "d.o.b.", "date of birth", "birth date", "birthdate"), "DOB"),
}
"""Headings of the person's age or date of birth (heading -> the word a row's cell is read
after, as a list's line: ``Age: 4``, ``DOB: 2021-03-01``; :mod:`.table`)."""


def joined(heading: str, cell: str) -> str:
    """A read column's cell as it is joined to the line, space first: a bare number under a
    heading that says what it counts with its unit (``Tablets`` ``2``: `` 2 tablets``); a
    reason after "for" (`` for CKD stage 4``), a note after a comma (``, hold on dialysis
    days``); anything else as written."""
    if heading in NOTE_COLUMNS:
        return f", {cell}"
    if heading in REASON_COLUMNS:
        return f" {cell}" if cell.casefold().startswith("for ") else f" for {cell}"
    counted = _COUNTED.get(heading)
    bare = cell.replace(".", "", 1).isdigit()
    return f" {cell} {counted}" if counted and bare else f" {cell}"


def known(heading: str) -> bool:
    """True when a column's heading is one of the kinds above."""
    return (
        heading in NAME_COLUMNS
        or heading in DIRECTION_COLUMNS
        or heading in REASON_COLUMNS
        or heading in NOTE_COLUMNS
        or heading in STATUS_COLUMNS
        or heading in PERSON_COLUMNS
        or heading in DATE_COLUMNS
        or heading in OTHER_COLUMNS
        or heading in SUPPLY_COLUMNS
        or heading in DISPENSED_COLUMNS
    )
