"""How much a dispense supplies a day: a MedicationDispense's ``quantity`` over its ``daysSupply``,
or a MedicationRequest's ``dispenseRequest.quantity`` over its ``expectedSupplyDuration``.

A pharmacy's dispense record often gives no dose (its directions only "as directed") but says
how much was handed over and for how many days: 60 Mag-Ox 400 tablets for 15 days is 4 tablets
a day. That rate is read as one more daily amount (the caller counts it when the record gives
no dose; see :mod:`magadvise.advice.otc`), only when both values are sane:

- ``daysSupply`` a number of days from 1 to 366 (unit ``d``, ``day(s)`` or none);
- ``quantity`` read as a dose is (:func:`magadvise.fhir.quantity.read_quantity`: a count, mg or
  mL; a value with no unit and no code is a count of the product's units, as pharmacy systems
  write tablets dispensed), and the rate a day within the bounds of one dose (100 units, 100 g,
  2 L).

Anything else is no rate (None): the record's other parts are read as before. A count a day is
rounded up to whole units (100 tablets for 30 days may be 4 on some days: the cautious side for
the upper level, which is per day).
"""

from __future__ import annotations

import math
from typing import Any

from magadvise.fhir.quantity import Quantity, json_number, read_quantity

MAX_DAYS = 366.0  # a supply longer than a year is not read (a data error)
_DAY_UNITS = frozenset({"", "d", "day", "days"})


def supply_per_day(resource: dict[str, Any]) -> Quantity | None:
    """The amount a MedicationDispense (or a MedicationRequest's ``dispenseRequest``) supplies
    a day, ``written`` as ``60 tablets over 15 days``; None for other resources or when either
    value is missing or not sane."""
    kind = resource.get("resourceType")
    if kind == "MedicationRequest":  # what the prescription asks to supply, and for how long
        asked = resource.get("dispenseRequest")
        asked = asked if isinstance(asked, dict) else {}
        quantity, days = asked.get("quantity"), asked.get("expectedSupplyDuration")
    elif kind == "MedicationDispense":
        quantity, days = resource.get("quantity"), resource.get("daysSupply")
    else:
        return None
    if not isinstance(quantity, dict) or not isinstance(days, dict):
        return None
    length, value = json_number(days.get("value")), json_number(quantity.get("value"))
    unit = str(days.get("code") or days.get("unit") or "").strip().casefold()
    if length is None or value is None or unit not in _DAY_UNITS or not 1 <= length <= MAX_DAYS:
        return None
    given = quantity.get("unit") or quantity.get("code")
    code = quantity.get("code") if given else "1"  # no unit at all: units of the product
    rate = read_quantity({"value": value / length, "unit": quantity.get("unit"), "code": code})
    if rate.kind is None or rate.value is None:
        return None
    each = math.ceil(rate.value - 1e-9) if rate.kind == "count" else rate.value
    written = f"{value:g} {given or 'units'} over {length:g} days"
    return Quantity(rate.kind, float(each), written)
