"""What a pharmacist's evening review of patient lists changed (2026-11-30).

Magnesium already taken is counted as written (``2 tabs bid`` is four tablets a day), Mag-Tab
SR is its own product (84 mg a caplet), and a name the rules do not know that says magnesium
withholds the dose, as a known product of unknown amount does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import bundle_file, request

from conftest import RunFn

ADULT = ("--age", "50", "--sex", "f")


def test_mag_tab_sr_is_its_own_product_with_84_mg(run: RunFn) -> None:
    doc = run("cautions", "--med", "Mag-Tab SR", "--json").ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == ["mag-tab-sr"]
    table = run("plan", "--goal", "cramps", *ADULT, "--med", "Mag-Tab SR 1 caplet daily")
    assert table.code == 0, table.err
    assert "84 mg elemental magnesium per caplet, one caplet a day counted" in table.flat
    assert "Slow-Mag" not in table.flat and "calcium" not in table.flat.split("Cautions")[0]


def test_tablets_and_doses_a_day_written_are_counted(run: RunFn) -> None:
    typed = "Mag-Tab SR 84 mg 2 tabs bid"
    table = run("plan", "--goal", "cramps", *ADULT, "--med", typed)
    assert table.code == 0, table.err
    assert "4 a day counted as written (336 mg)" in table.flat
    assert "Capped at 14 mg/day" in table.flat
    doc = run("recommend", "--goal", "cramps", "--med", "Slow-Mag 2 tabs bid", "--json").ok_doc()
    assert doc["ceiling"]["mg"] == 64.0  # 350 - 4 x 71.5
    doses = [r["dose"]["max_mg"] for g in doc["goals"] for r in g["recommendations"]]
    assert doses and max(doses) <= 64.0


def test_three_mag_ox_a_day_reach_the_upper_level(run: RunFn) -> None:
    table = run("plan", "--goal", "cramps", *ADULT, "--med", "Mag-Ox 400 1 tab tid")
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "Daily target" not in table.flat
    assert "Mag-Ox 400 (1 tab tid) 723.9 mg" in table.flat


def test_one_tablet_with_no_directions_counts_one(run: RunFn) -> None:
    doc = run("plan", "--goal", "cramps", *ADULT, "--med", "Mag-Ox 400", "--json").ok_doc()
    text = str(doc)
    assert "one tablet a day counted" in text


@pytest.mark.parametrize(
    "typed", ["Calm Kids Natural Calm magnesium", "Magnesyx 250 daily", "Zzyx Mag 64 daily"]
)
@pytest.mark.parametrize("command", ["recommend", "plan"])
def test_an_unknown_name_that_says_magnesium_withholds_the_dose(
    run: RunFn, command: str, typed: str
) -> None:
    args = (command, "--goal", "constipation", "--med", typed, "--med", "cetirizine")
    args += ("--age", "8") if command == "plan" else ()
    table = run(*args)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and f"{typed} (amount not known)" in table.flat
    assert f"{typed} was NOT recognised" in table.flat
    assert "Daily target" not in table.flat and "Mg/day" not in table.out
    data = run(*args, "--json").json()
    assert isinstance(data, dict) and data["go_ahead"] is False
    held = data["withheld"]["by"] if command == "recommend" else data["alerts"]
    assert any(h["id"] == "listed-magnesium-amount-unknown" for h in held)


def test_an_unknown_name_with_a_strength_in_mg_is_not_read_as_magnesium(run: RunFn) -> None:
    result = run("recommend", "--goal", "constipation", "--med", "zzyxcalcium 500 mg citrate")
    assert result.code == 3, result.err
    assert "NOT recognised" in result.flat and "NO DOSE ADVISED" not in result.flat


def test_dose_med_counts_the_tablets_written(run: RunFn) -> None:
    args = ("dose", "citrate", "--elemental", "100", "--age", "40")
    once = run(*args, "--med", "Mag-Ox 400")
    assert once.code == 0, once.err
    twice = run(*args, "--med", "Mag-Ox 400 1 tab bid")
    assert twice.code == 4, twice.err
    assert "Mag-Ox 400 (1 tab bid) 482.6 mg a day" in twice.flat


def test_a_record_s_doses_a_day_are_counted(run: RunFn, tmp_path: Path) -> None:
    twice = request(1, "999999999", "Mag-Ox 400", {"frequency": 2, "period": 1, "periodUnit": "d"})
    table = run("plan", "--goal", "cramps", *ADULT, "--meds-from", bundle_file(tmp_path, twice))
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "Mag-Ox 400 482.6 mg a day" in table.flat
