"""Brands sold only as an injection are read as injected, whatever frequency is typed: no oral
spacing and no timing plan for Apretude, Cabenuva, Celestone Soluspan or Calcium Disodium
Versenate; the tablets (Vocabria) keep theirs."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _only(run: RunFn, *meds: str) -> tuple[dict[str, Any], dict[str, Any]]:
    args = [a for m in meds for a in ("--med", m)]
    doc = run("cautions", *args, "--json").json()
    assert isinstance(doc, dict)
    return doc, doc["cautions"][0]


@pytest.mark.parametrize("line", ["Apretude 600 mg", "Apretude", "Apretude 600 mg daily"])
def test_apretude_is_the_injection_with_no_interaction_listed(run: RunFn, line: str) -> None:
    doc, caution = _only(run, line)
    assert caution["medication"] == "cabotegravir-injection"
    assert caution["read_as"]["route"] == "injection"
    [klass] = caution["classes"]
    assert (klass["direction"], klass["severity"]) == ("none", "none")
    assert (
        "No interaction of oral magnesium with the Apretude injection is listed"
        in (klass["effect"])
    )
    assert "label-cabotegravir-forms" in klass["sources"]
    assert doc["timing"] is None
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("Cabenuva 600 mg/900 mg", "cabotegravir-rilpivirine-injection"),
        ("Celestone Soluspan 6 mg", "betamethasone"),
        ("Calcium Disodium Versenate 1 g", "edetate-calcium-disodium"),
    ],
)
def test_other_injection_only_brands_read_as_injected(
    run: RunFn, line: str, medication: str
) -> None:
    doc, caution = _only(run, line)
    assert caution["medication"] == medication
    assert caution["read_as"]["route"] == "injection"
    assert all(not k["applies"] for k in caution["classes"] if k["direction"] == "lowers-drug")
    assert doc["timing"] is None


def test_the_tablets_keep_their_spacing(run: RunFn) -> None:
    doc, caution = _only(run, "Vocabria 30 mg", "Apretude 600 mg")
    assert caution["medication"] == "cabotegravir"
    assert caution["read_as"]["route"] == "oral"
    assert caution["classes"][0]["spacing"]["magnesium_after_h"] == 4
    assert doc["timing"] is not None
    sleep = run("recommend", "--goal", "sleep", "--age", "40", "--med", "Apretude 600 mg")
    assert sleep.code == 0, sleep.err
    assert "Daily timing plan" not in sleep.flat
