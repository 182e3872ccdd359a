"""Hepatitis B antivirals, Parkinson's medicines and the top-prescribed sweep (2026-12).

Each name below was "not assessed" (exit 3) before; docs/breadth-sweep.md ("Sixth batch") says
how each verdict was decided. docs/top-prescribed-2026-12.txt is the sweep's own list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn, cautions_json, single_caution

TOP_LIST = Path(__file__).parent.parent / "docs" / "top-prescribed-2026-12.txt"

# typed name -> (rules entry, its class). Written from the review record, not from the rules.
REVIEWED = [
    ("tenofovir", "tenofovir", "no-known-interaction"),
    ("tenofovir 300 mg daily", "tenofovir", "no-known-interaction"),
    ("entecavir", "entecavir", "no-interaction-listed"),
    ("Baraclude 0.5 mg", "entecavir", "no-interaction-listed"),
    ("adefovir", "adefovir", "no-interaction-listed"),
    ("Hepsera", "adefovir", "no-interaction-listed"),
    ("amantadine", "amantadine", "amantadine-urine-ph"),
    ("Gocovri", "amantadine", "amantadine-urine-ph"),
    ("Osmolex ER", "amantadine", "amantadine-urine-ph"),
    ("opicapone", "opicapone", "no-interaction-listed"),
    ("Ongentys", "opicapone", "no-interaction-listed"),
    ("istradefylline", "istradefylline", "no-interaction-listed"),
    ("Nourianz", "istradefylline", "no-interaction-listed"),
    ("Tasmar", "tolcapone", "no-interaction-listed"),
    ("trihexyphenidyl", "trihexyphenidyl", "no-interaction-listed"),
    ("capsaicin", "capsaicin", "no-interaction-listed"),
    ("ampicillin", "ampicillin", "no-interaction-listed"),
    ("Vancocin", "vancomycin", "no-interaction-listed"),
    ("Dificid", "fidaxomicin", "no-interaction-listed"),
    ("Jaydess", "levonorgestrel", "no-interaction-listed"),
    ("levonorgestrel intrauterine system", "levonorgestrel", "no-interaction-listed"),
    ("Sustiva", "efavirenz", "no-interaction-listed"),
    ("Pifeltro", "doravirine", "no-interaction-listed"),
    ("Prezista", "darunavir", "no-interaction-listed"),
    ("Sonata", "zaleplon", "cns-depressant"),
    ("Halcion", "triazolam", "cns-depressant"),
]

# HIV combinations whose tenofovir form is known from the brand: read as that form, not as the
# bare name (the drug vocabulary says only "tenofovir" for them).
COMBINATIONS = [
    ("Atripla", ["efavirenz", "emtricitabine", "tenofovir-disoproxil-fumarate"]),
    ("Symfi Lo", ["efavirenz", "lamivudine", "tenofovir-disoproxil-fumarate"]),
    ("Delstrigo", ["doravirine", "lamivudine", "tenofovir-disoproxil-fumarate"]),
    ("Symtuza", ["darunavir", "cobicistat", "emtricitabine", "tenofovir-alafenamide"]),
    ("Prezcobix", ["darunavir", "cobicistat"]),
]


def _class_ids(entry: dict[str, Any]) -> list[str]:
    return [c["id"] for c in entry["classes"]]


@pytest.mark.parametrize(("typed", "medication", "klass"), REVIEWED)
def test_each_name_is_assessed_with_its_reviewed_class(
    run: RunFn, typed: str, medication: str, klass: str
) -> None:
    entry = single_caution(run, typed)
    assert entry["medication"] == medication
    assert _class_ids(entry) == [klass]


@pytest.mark.parametrize(("typed", "ingredients"), COMBINATIONS)
def test_hiv_combinations_name_their_tenofovir_form(
    run: RunFn, typed: str, ingredients: list[str]
) -> None:
    assert single_caution(run, typed)["ingredients"] == ingredients


def test_bare_tenofovir_shares_the_verdict_of_both_its_forms(run: RunFn) -> None:
    """The bare name is given a verdict only because TDF and TAF agree; if they ever differ,
    this fails and the bare name must go back to asking which form it is."""
    bare = _class_ids(single_caution(run, "tenofovir"))
    assert bare == _class_ids(single_caution(run, "Viread"))
    assert bare == _class_ids(single_caution(run, "Vemlidy"))
    assert single_caution(run, "tenofovir")["name"] == "tenofovir (form not stated)"
    # the named forms are still read as themselves, not as the bare name
    assert single_caution(run, "tenofovir alafenamide 25 mg")["medication"] == (
        "tenofovir-alafenamide"
    )


def test_amantadine_is_a_caution_that_asks_about_the_kidneys(run: RunFn) -> None:
    [klass] = single_caution(run, "amantadine 100 mg twice daily")["classes"]
    assert (klass["severity"], klass["direction"]) == ("minor", "other")
    assert klass["check_conditions"] == ["kidney-disease"]
    assert "antacid" in klass["advice"] and "alkaline" in klass["effect"]
    table = run("cautions", "--med", "Gocovri")
    assert table.code == 0 and "--condition kidney-disease" in table.flat


def test_telbivudine_withdrawn_everywhere_read_stays_not_assessed(run: RunFn) -> None:
    code, doc = cautions_json(run, "telbivudine")
    assert code == 3 and [u["input"] for u in doc["unassessed"]] == ["telbivudine"]


def _top_names() -> list[str]:
    names: list[str] = []
    for line in TOP_LIST.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if name and not name.startswith("#") and name not in names:
            names.append(name)
    return names


def test_every_top_prescribed_medicine_is_assessed(run: RunFn) -> None:
    names = _top_names()
    assert len(names) >= 250
    missing: list[str] = []
    for start in range(0, len(names), 60):
        code, doc = cautions_json(run, *names[start : start + 60])
        assert code in (0, 3)
        missing += [u["input"] for u in doc["unassessed"]]
    assert missing == []
