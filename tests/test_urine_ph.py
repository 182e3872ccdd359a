"""Interactions through the urine, which no spacing between doses avoids: quinidine is removed
more slowly when antacids make the urine alkaline (Acidex SmPC 4.5; Gugler & Musch 1983), so its
caution says so beside the 4-hour spacing for absorption; amphetamine's says spacing helps only
in the gut (Dexedrine label)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _classes(run: RunFn, med: str) -> dict[str, dict[str, Any]]:
    doc = run("cautions", "--med", med, "--json").json()
    assert isinstance(doc, dict)
    [caution] = doc["cautions"]
    return {c["id"]: c for c in caution["classes"]}


@pytest.mark.parametrize(
    "med", ["quinidine", "Quinidine sulfate 300 mg q6h", "quinidine gluconate"]
)
def test_quinidine_says_spacing_does_not_stop_the_urine_effect(run: RunFn, med: str) -> None:
    classes = _classes(run, med)
    assert set(classes) == {"reduced-absorption-other", "quinidine-urine-ph"}
    urine = classes["quinidine-urine-ph"]
    assert urine["severity"] == "moderate"
    assert "spacing the doses does not prevent this part" in urine["effect"]
    assert "it does not stop the effect on the urine" in urine["advice"]
    assert "ECG (QT interval)" in urine["monitor"]
    assert {"smpc-acidex-15321", "gugler-1983-antacid-interactions"} <= set(urine["sources"])
    assert classes["reduced-absorption-other"]["spacing"]["magnesium_after_h"] == 4


def test_the_quinidine_table_shows_both_halves(run: RunFn) -> None:
    table = run("cautions", "--med", "quinidine")
    assert table.code == 0, table.err
    assert "Quinidine (alkaline urine slows its removal)" in table.flat
    assert "Take magnesium at least 4 hours before or 4 hours after" in table.flat
    assert "torsades de pointes" in table.flat


def test_amphetamine_says_spacing_helps_only_in_the_gut(run: RunFn) -> None:
    advice = _classes(run, "Adderall")["amphetamine-alkalinizing"]["advice"]
    assert "Spacing helps only in the gut" in advice
    assert "which no gap between doses avoids" in advice
