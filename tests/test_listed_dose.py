"""How much listed magnesium is counted: a record's dose quantity and free text, and a strength
in the name; and the words that say what was counted.

Mag-Ox 400 is 241.3 mg elemental magnesium a tablet (label-mag-ox-400); the supplement upper
level is 350 mg/day from age 9 (IOM 1997, s1b). A record that gives an amount that cannot be
read withholds the dose (amount not known), never a guess.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, dose, request

from conftest import RunFn

ADULT = ("--age", "30", "--sex", "f")
TWICE = {"frequency": 2, "period": 1, "periodUnit": "d"}
ONCE = {"frequency": 1, "period": 1, "periodUnit": "d"}
UNKNOWN = "listed-magnesium-amount-unknown"


def plan(run: RunFn, path: str, *extra: str) -> Any:
    # sleep: a supplement form stays at what is left (a laxative below its label's smallest
    # dose is left out, test_label_limit.py)
    return run("plan", "--goal", "sleep", *ADULT, "--meds-from", path, *extra)


@pytest.mark.parametrize(
    "dosage",
    [
        dose(2, "tablet", "{tablet}"),
        dose(2, "TAB"),
        dose(2, "1", "1"),
        dose(800, "mg", "mg"),
        dose(0.8, "g"),
        {"text": "Take 2 tablets by mouth twice daily"},
        {
            "doseAndRate": [
                {"doseRange": {"low": {"value": 1}, "high": {"value": 2, "unit": "tab"}}}
            ]
        },
    ],
    ids=["tablet", "orderable-code", "ucum-1", "mg", "g", "text", "range-high-end"],
)
def test_two_tablets_twice_a_day_count_four(
    run: RunFn, tmp_path: Path, dosage: dict[str, Any]
) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Mag-Ox 400", TWICE, dosage))
    table = plan(run, path)
    assert table.code == 4, table.err
    assert "magnesium already taken: Mag-Ox 400 965.2 mg a day" in table.flat
    assert (
        "You already take about 965.2 mg/day of elemental magnesium from Mag-Ox 400; that is at "
        "or above the supplement upper level (UL) for ages 9+ years, 350 mg/day, so nothing is "
        "left: no additional dose is advised"
    ) in table.flat
    again = plan(run, path, "--json")  # the second read comes from the cache: same count
    assert again.code == 4
    data = again.json()
    assert isinstance(data, dict) and data["alerts"][0]["id"] == "listed-magnesium"
    assert "965.2 mg" in data["alerts"][0]["name"]


def test_one_tablet_a_day_leaves_the_rest_of_the_upper_level(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Mag-Ox 400", ONCE, dose(1, "tablet")))
    data = plan(run, path, "--json").ok_doc()
    assert data["ceiling"]["mg"] == 108.7 and data["daily_target"]["max_mg"] == 108.7


@pytest.mark.parametrize(
    ("dosage", "why"),
    [
        (dose(-2, "tablet"), "dose amount -2 tablet is not a plausible dose"),
        (dose(5000, "tablet"), "dose amount 5000 tablet is not a plausible dose"),
        (dose(2, "scoop"), "dose unit 'scoop' not read"),
        (dose(30, "mL"), "the record's dose 30 mL is not in tablets"),
    ],
    ids=["negative", "absurd", "unknown-unit", "volume-of-a-tablet"],
)
def test_a_dose_that_cannot_be_read_withholds(
    run: RunFn, tmp_path: Path, dosage: dict[str, Any], why: str
) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Mag-Ox 400", TWICE, dosage))
    table = plan(run, path)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "Daily target" not in table.flat
    assert f"Mag-Ox 400 ({why})" in table.flat and "(amount not known)" in table.flat
    data = plan(run, path, "--json").json()
    assert isinstance(data, dict) and data["go_ahead"] is False
    assert [a["id"] for a in data["alerts"]] == [UNKNOWN]


def test_a_liquid_dose_in_ml_is_counted_in_its_doses(run: RunFn, tmp_path: Path) -> None:
    # milk of magnesia: 1,000 mg elemental magnesium in a 30 mL laxative dose (its label)
    record = request(1, "999999999", "Milk of Magnesia", ONCE, dose(45, "mL", "mL"))
    table = run(
        "recommend", "--goal", "cramps", "--meds-from", bundle_file(tmp_path, record), "--json"
    )
    assert table.code == 4, table.err
    data = table.json()
    assert (
        isinstance(data, dict) and "Milk of Magnesia 1,500 mg" in data["withheld"]["by"][0]["name"]
    )


@pytest.mark.parametrize(
    ("display", "counted", "left"),
    [
        ("Mag-Ox 400 mg tablet", "241.3 mg", 108.7),
        ("magnesium citrate 100 MG Oral Tablet", "100 mg", 250),  # the higher reading (not 16.2)
        ("magnesium 250 mg tablet", "250 mg", 100),
    ],
)
def test_a_strength_in_the_record_s_name_is_counted(
    run: RunFn, tmp_path: Path, display: str, counted: str, left: float
) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", display, ONCE))
    table = plan(run, path)
    assert table.code == 0, table.err
    assert f"you already take about {counted}/day of elemental magnesium from {display}" in (
        table.flat
    )
    assert "amount not known" not in table.flat
    data = plan(run, path, "--json").ok_doc()
    assert data["ceiling"]["mg"] == left and data["daily_target"]["max_mg"] <= left


def test_a_salt_s_strength_is_counted_at_the_higher_reading(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "magnesium chloride 400 mg tablet"))
    table = plan(run, path)
    assert table.code == 4, table.err  # 400 mg counted: at or above 350 mg/day
    assert "magnesium already taken: magnesium chloride 400 mg tablet 400 mg a day" in table.flat
    cautions = run("dose", "oxide", "100", "--med", "magnesium chloride 400 mg tablet")
    assert cautions.code == 0, cautions.err
    assert (
        "magnesium chloride 400 mg tablet: 400 mg elemental magnesium per tablet, one tablet a "
        "day counted (400 mg a tablet counted as elemental magnesium: the name does not say "
        "whether 400 mg is the weight of magnesium chloride (48 mg of magnesium at 12%) or of "
        "the magnesium in it; the higher is counted"
    ) in cautions.flat


@pytest.mark.parametrize("display", ["magnesium glycinate", "magnesium citrate 100/200 mg"])
def test_a_name_without_one_strength_still_withholds(
    run: RunFn, tmp_path: Path, display: str
) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", display, ONCE))
    table = plan(run, path)
    assert table.code == 4, table.err
    assert "(amount not known)" in table.flat


def test_typed_strength_counts_the_same_way(run: RunFn) -> None:
    typed = "magnesium citrate 200 mg 2 caps bid"  # 200 mg a capsule, 4 a day: 800 mg
    table = run("plan", "--goal", "constipation", *ADULT, "--med", typed)
    assert table.code == 4, table.err
    assert "magnesium already taken: magnesium citrate 200 mg (2 caps bid) 800 mg a day" in (
        table.flat
    )
    written = "Mag-Ox 400 take 2 tablets twice daily"  # "take 2": two tablets a dose
    assert (
        "Mag-Ox 400 (take 2 tablets twice daily) 965.2 mg a day"
        in run("plan", "--goal", "cramps", *ADULT, "--med", written).flat
    )


def test_every_output_says_what_was_counted(run: RunFn) -> None:
    said = (
        "you already take about 241.3 mg/day of elemental magnesium from Mag-Ox 400; the "
        "supplement upper level (UL) for ages 9+ years is 350 mg/day, so only 108.7 mg/day is left"
    )
    recommend = run("recommend", "--goal", "migraine", "--med", "Mag-Ox 400")
    assert recommend.code == 0, recommend.err
    assert f"Capped at: 108.7 mg/day ({said})" in recommend.flat
    args = ("plan", "--goal", "migraine", *ADULT, "--med", "Mag-Ox 400")
    for shown in (run(*args).flat, run(*args, "--format", "html").out):
        assert said in shown
        assert "350 mg/day is above" not in shown and "350 mg/day is at" not in shown
        assert "108.7 mg/day from the supplement plus about 241.3 mg/day of elemental" in shown
    data = run(*args, "--json").ok_doc()
    assert data["ceiling"]["why"] == said
    dosed = run(
        "dose", "glycinate", "500", "--age", "30", "--goal", "migraine", "--med", "Mag-Ox 400"
    )
    assert dosed.code == 0, dosed.err
    assert "70.5 mg/day from the supplement is below the 108.7 mg/day advised for you" in dosed.flat
    assert "311.8 mg/day is above" not in dosed.flat
