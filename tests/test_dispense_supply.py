"""What a dispense supplies a day, and "as directed" with no amount: never counted as one unit.

A MedicationDispense's ``quantity`` over its ``daysSupply`` is how much is taken a day when the
record gives no dose: 60 Mag-Ox 400 tablets for 15 days is 4 a day (4 x 241.3 mg, label in the
rules: label-mag-ox-400). "As directed" with no amount counts the label's most a day when the
rules give it (Mag-Ox 400: 2 tablets), else the amount is not known and no dose is advised.
Slow-Mag: 71.5 mg a tablet, no daily most in the rules. Upper level 350 mg/day (IOM 1997, s1b).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file

from conftest import RunFn

UNKNOWN = "listed-magnesium-amount-unknown"
DIRECTED_ONLY = 'the directions say only "as directed": how much is not known'


def dispense(name: str, text: str | None, quantity: Any = None, days: Any = None) -> dict[str, Any]:
    """A completed MedicationDispense of ``name`` with its directions' ``text``, and
    ``quantity``/``daysSupply`` values when given."""
    resource: dict[str, Any] = {
        "resourceType": "MedicationDispense",
        "id": "d1",
        "status": "completed",
        "medicationCodeableConcept": {"text": name},
    }
    if text is not None:
        resource["dosageInstruction"] = [{"text": text}]
    if quantity is not None:
        resource["quantity"] = {"value": quantity}
    if days is not None:
        resource["daysSupply"] = {"value": days, "unit": "days"}
    return resource


def recommend(run: RunFn, *med: str, code: int) -> dict[str, Any]:
    result = run("recommend", "--goal", "migraine", "--age", "40", *med, "--json")
    assert result.code == code, result.err
    data = result.json()
    assert isinstance(data, dict)
    return data


def withheld(data: dict[str, Any]) -> str:
    return " ".join(f"{b['id']}: {b['name']}: {b['basis']}" for b in data["withheld"]["by"])


def test_a_dispense_counts_its_quantity_over_its_days(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, dispense("Mag-Ox 400", "as directed", 60, 15))
    said = withheld(recommend(run, "--meds-from", path, code=4))
    assert "magnesium already taken: Mag-Ox 400 965.2 mg a day" in said  # 4 x 241.3
    assert "the dispense supplies 60 units over 15 days: 4 a day counted" in said
    path = bundle_file(tmp_path, dispense("Slow-Mag", "as directed", 60, 30))
    data = recommend(run, "--meds-from", path, code=0)
    assert data["ceiling"]["mg"] == 207  # 2 x 71.5 = 143 mg taken, 207 left of 350
    assert "the dispense supplies 60 units over 30 days: 2 a day counted" in data["ceiling"]["why"]


@pytest.mark.parametrize(
    ("quantity", "days"),
    [(None, None), (60, 0), (60, 400), (5000, 5), (60, None)],
    ids=["none", "zero-days", "over-a-year", "implausible-rate", "no-days"],
)
def test_no_sane_supply_and_only_as_directed_is_not_known(
    run: RunFn, tmp_path: Path, quantity: Any, days: Any
) -> None:
    path = bundle_file(tmp_path, dispense("Slow-Mag", "as directed", quantity, days))
    data = recommend(run, "--meds-from", path, code=4)
    assert data["go_ahead"] is False and data["ceiling"] is None
    said = withheld(data)
    assert said.startswith(UNKNOWN) and DIRECTED_ONLY in said


def test_typed_as_directed_is_the_label_most_or_not_known(run: RunFn) -> None:
    said = withheld(recommend(run, "--med", "Mag-Ox 400 as directed", code=4))
    assert "Mag-Ox 400 (as directed) 482.6 mg a day" in said  # the label's 2 a day, not 1
    assert "taken as directed: the label's most in 24 hours (2 tablets) is counted" in said
    for typed in ("Slow-Mag ud", "magnesium 250 mg as directed"):
        data = recommend(run, "--med", typed, code=4)
        assert withheld(data).startswith(UNKNOWN) and DIRECTED_ONLY in withheld(data)
        assert data["ceiling"] is None
    dose = run("dose", "citrate", "--elemental", "100", "--age", "40", "--med", "Slow-Mag ud")
    assert dose.code == 4 and "amount not known" in dose.flat
    written = recommend(run, "--med", "Slow-Mag 2 tabs as directed", code=0)
    assert written["ceiling"]["mg"] == 207  # the 2 tablets written, with what each more adds
    assert "each further dose adds about 143 mg" in written["ceiling"]["why"]
