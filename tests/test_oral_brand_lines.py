"""An injection-only brand written with a tablet or by-mouth word is read as the tablets.

Before: ``Apretude 30 mg tablet daily`` (the oral cabotegravir lead-in, called by the PrEP
programme's name) was read as the injection: no caution and no timing, exit 0. Now a route or
form written on the line beats the brand: oral cabotegravir (Vocabria label: antacids with
polyvalent cations at least 2 hours before or 4 hours after) keeps its MAJOR caution and its
spacing; with no route written, or an injected one, the brand stays the injection.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _cautions(run: RunFn, line: str) -> dict[str, Any]:
    result = run("cautions", "--med", line, "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize(
    "line",
    [
        "Apretude 30 mg tablet daily",
        "Apretude 30mg PO daily",
        "Apretude 30 mg tab daily",
        "Apretude 30mg by mouth daily",
        "Apretude oral 30 mg",
        "Apretude 30mg",  # 30 mg is the tablet's strength: the injections are 400-900 mg
        "Apretude 30 mg daily x 1 month",
    ],
)
def test_apretude_written_as_tablets_is_oral_cabotegravir_with_its_spacing(
    run: RunFn, line: str
) -> None:
    doc = _cautions(run, line)
    [caution] = doc["cautions"]
    assert (caution["medication"], caution["severity"]) == ("cabotegravir", "major")
    assert caution["read_as"]["route"] == "oral"
    assert doc["timing"] is not None and doc["timing"]["windows"]


def test_cabenuva_written_as_tablets_is_both_tablets(run: RunFn) -> None:
    doc = _cautions(run, "Cabenuva tablets daily")
    assert [c["medication"] for c in doc["cautions"]] == ["cabotegravir", "rilpivirine"]
    assert doc["timing"] is not None


@pytest.mark.parametrize("line", ["Apretude 600mg IM q2 months", "Apretude 600 mg", "Apretude"])
def test_apretude_without_an_oral_word_stays_the_injection(run: RunFn, line: str) -> None:
    doc = _cautions(run, line)
    [caution] = doc["cautions"]
    assert caution["medication"] == "cabotegravir-injection"
    assert doc["timing"] is None


def test_the_catalog_names_the_tablets_of_an_injection_brand(run: RunFn) -> None:
    result = run("medications", "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    [entry] = [m for m in doc["medications"] if m["id"] == "cabotegravir-injection"]
    assert entry["injection_brands"]["oral"] == ["cabotegravir"]
