"""A health record's magnesium counted as typed directions are: a dosage taken as needed
(``asNeededBoolean``, ``asNeededCodeableConcept``) counts like a typed "prn", and a product the
record lists more than once counts one dosage once (a request and a statement of the same
prescription) and adds up different dosages (separate morning and bedtime orders), whatever the
order; when a record cannot say which, the sum is counted and the note gives the other total.

Rolaids Extra Strength: 98 mg magnesium a chewable tablet, at most 7 in 24 hours (its label, in
the rules); Mag-Ox 400: 241.3 mg a tablet, at most 2 a day; Slow-Mag: 71.5 mg a tablet, no
daily most in the rules; the supplement upper level is 350 mg/day from age 9 (IOM 1997, s1b).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, dose, request

from conftest import RunFn

DAILY = {"frequency": 1, "period": 1, "periodUnit": "d"}
TWICE = {"frequency": 2, "period": 1, "periodUnit": "d"}


def statement(number: int, name: str, *dosages: dict[str, Any]) -> dict[str, Any]:
    """A MedicationStatement ``s<number>`` named by text only, with these ``dosage`` entries."""
    resource = request(number, "999999999", name)
    resource.pop("intent")
    concept = {"text": name}
    return {
        **resource,
        "resourceType": "MedicationStatement",
        "id": f"s{number}",
        "medicationCodeableConcept": concept,
        "dosage": list(dosages),
    }


def basis(run: RunFn, *med: str, code: int = 4) -> str:
    """What ``recommend --json`` says of the magnesium already taken (exit ``code``)."""
    result = run("recommend", "--goal", "migraine", "--age", "40", *med, "--json")
    assert result.code == code, result.err
    data = result.json()
    assert isinstance(data, dict) and data["go_ahead"] is (code == 0)
    if code == 0:
        return " ".join(str(n) for n in data["dose_notes"]) + str(data["ceiling"])
    return " ".join(f"{b['name']}: {b['basis']}" for b in data["withheld"]["by"])


@pytest.mark.parametrize(
    "needed",
    [{"asNeededBoolean": True}, {"asNeededCodeableConcept": {"text": "heartburn"}}],
    ids=["asNeededBoolean", "asNeededCodeableConcept"],
)
def test_as_needed_in_a_record_counts_as_typed_prn(
    run: RunFn, tmp_path: Path, needed: dict[str, Any]
) -> None:
    path = bundle_file(tmp_path, statement(1, "Rolaids Extra Strength", needed, dose(2, "tablet")))
    said = basis(run, "--meds-from", path)
    typed = basis(run, "--med", "Rolaids Extra Strength 2 tablets as needed")
    assert "magnesium already taken: Rolaids Extra Strength 686 mg a day" in said  # 7 x 98 mg
    assert "Rolaids Extra Strength (2 tablets as needed) 686 mg a day" in typed
    label_most = "taken as needed: the label's most in 24 hours (7 chewable tablets) is counted"
    assert label_most in said and label_most in typed
    assert "196 mg" not in said


def test_as_needed_request_counts_the_label_most(run: RunFn, tmp_path: Path) -> None:
    resource = request(1, "999999999", "Mag-Ox 400", dosage={"asNeededBoolean": True})
    resource["dosageInstruction"][0] |= dose(1, "tablet")
    said = basis(run, "--meds-from", bundle_file(tmp_path, resource))
    assert "Mag-Ox 400 482.6 mg a day" in said  # 2 x 241.3 mg, not one tablet's 241.3
    assert "the label's most in 24 hours (2 tablets) is counted" in said


def test_as_needed_without_a_label_most_says_each_dose_adds(run: RunFn, tmp_path: Path) -> None:
    needed = statement(1, "Slow-Mag", {"asNeededBoolean": True}, dose(2, "tablet"))
    path = bundle_file(tmp_path, needed)
    table = run("plan", "--goal", "migraine", "--age", "40", "--sex", "f", "--meds-from", path)
    assert table.code == 0, table.err
    assert "you already take about 143 mg/day of elemental magnesium from Slow-Mag" in table.flat
    assert (
        "each further dose adds about 143 mg and may take the total over the upper level"
        in table.flat
    )


@pytest.mark.parametrize("first", [True, False], ids=["request-first", "statement-first"])
def test_a_product_listed_twice_with_different_dosages_is_summed(
    run: RunFn, tmp_path: Path, first: bool
) -> None:
    one = request(1, "999999999", "Mag-Ox 400", DAILY, dose(1, "tablet"))
    one["medicationCodeableConcept"] = {"text": "Mag-Ox 400"}
    two = statement(2, "Mag-Ox 400", {"timing": {"repeat": TWICE}, **dose(2, "tablet")})
    path = bundle_file(tmp_path, *((one, two) if first else (two, one)))
    said = basis(run, "--meds-from", path)
    assert "magnesium already taken: Mag-Ox 400 1,206.5 mg a day" in said  # 1 + 4 x 241.3
    assert (
        "listed 2 times in the record with different dosages: they are added up, 1,206.5 mg a "
        "day; if these are the same prescription, the total is 965.2 mg a day"
    ) in said
    table = run("plan", "--goal", "migraine", "--age", "40", "--sex", "f", "--meds-from", path)
    assert table.code == 4 and "1,206.5 mg" in table.flat


def _text_order(number: int, name: str, text: str) -> dict[str, Any]:
    """An active MedicationRequest for ``name`` whose only dosage is its free ``text``."""
    resource = request(number, "999999999", name, dosage={"text": text})
    resource["medicationCodeableConcept"] = {"text": name}
    return resource


def test_separate_morning_and_bedtime_orders_are_added_up(run: RunFn, tmp_path: Path) -> None:
    # Slow-Mag 2 tablets every morning + 2 at bedtime: 4 x 71.5 = 286 mg, 64 mg left of 350
    morning = _text_order(1, "Slow-Mag", "2 tablets every morning")
    bedtime = _text_order(2, "Slow-Mag", "2 tablets at bedtime")
    path = bundle_file(tmp_path, morning, bedtime)
    result = run("plan", "--goal", "migraine", "--age", "40", "--sex", "f", "--json",
                 "--product", "citrate 100 mg", "--meds-from", path)  # fmt: skip
    assert result.code == 0, result.err
    [counted] = result.ok_doc()["check"]["other_magnesium"]
    assert (counted["units_per_day"], counted["elemental_mg"]) == (4.0, 286.0)
    assert counted["how_counted"] == [
        "listed 2 times in the record at different dose times: each dose is counted, 286 mg a "
        "day in all"
    ]
    oxide = "Magnesium Oxide 400 MG Oral Tablet"  # the reviewer's g2: 1 in the morning, 1 at HS
    path = bundle_file(tmp_path, _text_order(1, oxide, "1 tablet in the morning"),
                       _text_order(2, oxide, "1 tablet at bedtime"))  # fmt: skip
    said = basis(run, "--meds-from", path)
    assert f"magnesium already taken: {oxide} 800 mg a day" in said


def test_the_same_dose_listed_twice_is_not_added(run: RunFn, tmp_path: Path) -> None:
    copies = [statement(n, "Mag-Ox 400", {"timing": {"repeat": DAILY}, **dose(1, "tablet")})
              for n in (1, 2)]  # fmt: skip
    said = basis(run, "--meds-from", bundle_file(tmp_path, *copies), code=0)
    assert "241.3" in said and "482.6" not in said
    assert "listed 2 times in the record with the same dosage: counted once" in said
