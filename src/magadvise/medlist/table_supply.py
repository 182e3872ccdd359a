"""A pharmacy export's quantity dispensed and days supply, read as what a row supplies a day.

US pharmacy and PBM exports give each fill's ``Qty`` (units dispensed) and ``Days Supply``
(days they last), as FHIR's MedicationDispense gives ``quantity`` and ``daysSupply``. When a
table has a days-supply column, its quantity column (``Qty``, ``Quantity``, ``Qty Dispensed``)
is the amount dispensed, not the amount of one dose, and is not read with the directions; the
two give the units supplied a day (30 over 30 days: 1 a day), which counts on a magnesium
product's row when it is more than its directions say (the same check as a record's dispense,
:func:`magadvise.advice.otc`). A cell that is not a number is not read (kept with the row: on
a magnesium product's row the amount is then not known).
"""

from __future__ import annotations

import re

from magadvise.fhir.quantity import Quantity

SUPPLY_COLUMNS = frozenset(
    {"days supply", "day supply", "days' supply", "days of supply", "supply (days)",
     "days supplied", "supply days", "ds"}
)  # fmt: skip
"""Headings of the days a fill lasts."""
DISPENSED_COLUMNS = frozenset(
    {"qty", "quantity", "qty dispensed", "quantity dispensed", "dispensed qty", "disp qty",
     "dispense qty", "qty filled", "quantity filled", "dispense", "disp"}
)  # fmt: skip
"""Headings of the quantity dispensed, beside a days-supply column (else ``Qty`` and
``Quantity`` are read as the amount of a dose: ``columns.DIRECTION_COLUMNS``)."""
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)(?:\s*(?:tablets?|tabs?|capsules?|caps?|each|ea|units?))?$")


def supply_columns(headings: list[str]) -> tuple[int | None, int | None]:
    """(the quantity dispensed column, the days supply column) of a table's ``headings``; both
    None unless it has a days-supply column (the quantity one may still be None)."""
    days = next((i for i, h in enumerate(headings) if h in SUPPLY_COLUMNS), None)
    if days is None:
        return None, None
    return next((i for i, h in enumerate(headings) if h in DISPENSED_COLUMNS), None), days


def supplied(quantity: str, days: str) -> Quantity | None:
    """Units supplied a day (a count) from a row's quantity and days supply cells; None when
    either is empty or not a number of units more than 0."""
    found = [_NUMBER.match(cell.strip().casefold()) for cell in (quantity, days)]
    if found[0] is None or found[1] is None:
        return None
    amount, lasts = float(found[0][1]), float(found[1][1])
    if amount <= 0 or lasts <= 0:
        return None
    return Quantity("count", amount / lasts, f"{amount:g} over {lasts:g} days")
