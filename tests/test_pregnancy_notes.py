"""Pregnancy notes and pregnancy medicines on a typed list: the 350 mg cap is never lost, and a
route or condition word beside them is never taken for a magnesium product."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn


def _listed(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, dict[str, Any]]:
    """(exit code, JSON) of ``recommend --goal migraine`` for a list of ``lines``."""
    meds = tmp_path / "meds.txt"
    meds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(meds), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _capped(doc: dict[str, Any]) -> bool:
    return doc["ceiling"] is not None and doc["ceiling"]["mg"] == 350


@pytest.mark.parametrize(
    "line",
    [
        "Utrogestan 200 mg PV nocte",
        "Cyclogest 400 mg PV bd",
        "Crinone 8% gel PV",
        "Metronidazole 400 mg PV",
        "Metronidazole 400 mg per vaginam",
    ],
)
def test_pv_is_read_as_the_vaginal_route(run: RunFn, tmp_path: Path, line: str) -> None:
    """PV (per vaginam) was fuzzy-matched to PNV, a prenatal vitamin, and withheld the dose as
    magnesium already taken in an amount not known."""
    code, doc = _listed(run, tmp_path, line)
    assert code == 0, doc["unassessed"]
    assert _withheld(doc) == []
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "capped"),
    [
        ("PV", False),
        ("OM", False),
        ("PO", False),
        ("T2 pregnancy", True),
        ("IVF pregnancy", True),
        ("early pregnancy", True),
        ("Utrogestan 200 mg nocte, viable pregnancy", True),
    ],
)
def test_a_route_or_a_condition_near_a_product_name_does_not_withhold(
    run: RunFn, tmp_path: Path, line: str, capped: bool
) -> None:
    """PV was taken for PNV, OM for MOM (magnesium already taken), PO for EPO (a kidney
    medicine), and 'T2 pregnancy' for Elevit Pregnancy: each withheld the dose (exit 4)."""
    code, doc = _listed(run, tmp_path, line, "Sumatriptan 50 mg prn")
    assert _withheld(doc) == []
    assert code in (0, 3)
    assert _capped(doc) is capped


@pytest.mark.parametrize("line", ["Rolaid", "pregnancy multivitamin", "Renvella"])
def test_a_misspelt_product_still_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 4
    assert _withheld(doc)


@pytest.mark.parametrize(
    "line",
    [
        # an antenatal corticosteroid course beside the weeks of the pregnancy
        "Dexamethasone 6 mg IM q12h, next dose due 8pm, 31 weeks",
        "Betamethasone 12 mg IM, 31 weeks",
        "Celestone Soluspan 12 mg - 34 weeks",
        # anti-D with a further dose due: routine antenatal prophylaxis
        "Anti-D 1500 IU IM, next dose due postpartum",
        "Rhophylac 1500 IU IM, dose 2 due 4/10/27",
        # still read as before
        "Betamethasone 12 mg IM - 29+3 weeks",
        "Celestone 12 mg IM - dose 2 due tomorrow - 29+3 weeks",
        "Anti-D 500 IU IM (sensitising event 20/40), next dose due 28/40",
    ],
)
def test_a_pregnancys_own_regimen_caps_the_dose(run: RunFn, tmp_path: Path, line: str) -> None:
    """The weeks were read as a course's length and the next dose's due as no pregnancy: the
    full 600 mg dose was shown with exit 0."""
    code, doc = _listed(run, tmp_path, line)
    assert code in (0, 3)
    assert _capped(doc), line
    assert "pregnancy" in {c["id"] for c in doc["conditions"]}


@pytest.mark.parametrize(
    "line",
    [
        "Dexamethasone 4 mg PO od 31 weeks",  # by mouth: a course
        "Dexamethasone 6 mg IM q12h for 2 weeks",
        "Enoxaparin 40 mg SC od - 36 weeks",
        "Shingrix dose 2 due date 3/1/27",
    ],
)
def test_other_weeks_and_next_doses_stay_uncapped(run: RunFn, tmp_path: Path, line: str) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 0
    assert not _capped(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Rho(D) immune globulin 300 mcg IM",
        "Rh0(D) Immune Globulin (Human) 1500 IU IM",
        "Rho (D) immune globulin 300 mcg",
    ],
)
def test_the_rxnorm_name_of_anti_d_is_read(run: RunFn, tmp_path: Path, line: str) -> None:
    """The bracketed (D) was read as another name, not recognised (exit 3)."""
    code, doc = _listed(run, tmp_path, line)
    assert code == 0, doc["unassessed"]
    assert doc["unassessed"] == []


def _statement(name: str, directions: str) -> dict[str, Any]:
    return {"resourceType": "MedicationStatement", "id": "m1", "status": "active",
            "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": name},
            "dosage": [{"text": directions}]}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "directions"),
    [
        (
            "Betamethasone 12 MG/2ML Injectable Suspension",
            "12 mg IM - dose 2 due tomorrow - 29+3 weeks",
        ),
        ("Rho(D) immune globulin 1500 UNT Injectable Solution", "1500 IU IM, next dose due 28/40"),
        ("Dexamethasone 4 MG/ML Injectable Solution", "6 mg IM q12h, 31 weeks"),
    ],
)
def test_weeks_of_pregnancy_in_a_records_directions_cap_the_dose(
    run: RunFn, tmp_path: Path, name: str, directions: str
) -> None:
    """The weeks in a record's dosage text were never read: exit 0 (or 3), 600 mg."""
    from fhirrecord import ON, bundle_file

    woman = {"resourceType": "Patient", "id": "p1", "birthDate": "1994-05-01", "gender": "female"}
    path = bundle_file(tmp_path, woman, _statement(name, directions))
    result = run("recommend", "--goal", "migraine", "--meds-from", path, "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 0, doc["unassessed"]
    assert _capped(doc)


@pytest.mark.parametrize(
    "line", ["Labetalol 100 mg bd, baby due 4/1/27", "Baby due 4/1/27", "Expecting - due in April"]
)
def test_a_baby_said_due_caps_the_dose(run: RunFn, tmp_path: Path, line: str) -> None:
    """'Baby due' was not read (exit 3, the full 600 mg dose)."""
    code, doc = _listed(run, tmp_path, line)
    assert code in (0, 3)
    assert _capped(doc)


@pytest.mark.parametrize(
    ("line", "capped"),
    [
        ("LMP 1/6/26", True),  # 1 June (UK) or 6 January (US) 2026: either may be a pregnancy
        ("LMP: 2026-06-01", True),
        ("Sertraline 50 mg od, LMP 12/05/2026", True),
        ("LMP 3/3/19", False),  # years ago
    ],
)
def test_a_recent_last_period_date_caps_the_dose(
    run: RunFn, tmp_path: Path, line: str, capped: bool
) -> None:
    """'LMP 1/6/26' was not read (exit 3, the full 600 mg dose)."""
    from fhirrecord import ON  # 2026-12-01

    meds = tmp_path / "meds.txt"
    meds.write_text(line + "\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(meds), "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict)
    assert _capped(doc) is capped
