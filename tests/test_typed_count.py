"""Magnesium already taken, as people type it: volumes, several dose times, ranges, as needed.

Product figures from the rules (their labels): Mag-Ox 400 241.3 mg a tablet, at most 2 in 24 h
(label-mag-ox-400); Slow-Mag 71.5 mg a tablet; Mag-Tab SR 84 mg a caplet (s74); Gaviscon US
liquid 68.5 mg per 5 mL, Extra Strength tablets 30.3 mg (label-gaviscon-us); Maalox-type liquid
333.4 mg per 10 mL; milk of magnesia 1,000 mg per 30 mL; Rolaids 98 mg a tablet, at most 7 in
24 h (label-rolaids, label-rolaids-ultra-dailymed). The supplement upper level is 350 mg/day
from age 9 (IOM 1997, s1b).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fhirrecord import bundle_file, request

from conftest import RunFn

ADULT = ("--age", "40")
TWICE = {"frequency": 2, "period": 1, "periodUnit": "d"}


def counted(run: RunFn, med: str) -> str:
    """The `dose` line that says how the listed product was counted (a go-ahead)."""
    table = run("dose", "citrate", "--elemental", "10", *ADULT, "--med", med)
    assert table.code == 0, table.err
    return table.flat


def typed_as(line: str) -> tuple[str, str]:
    """``Slow-Mag | 2 po bid`` -> the line typed (``Slow-Mag 2 po bid``) and how the alerts
    write it, the directions in brackets after the name (``Slow-Mag (2 po bid)``)."""
    name, _, directions = line.partition(" | ")
    return f"{name} {directions}".strip(), f"{name} ({directions})" if directions else name


def withheld(run: RunFn, line: str, total: str) -> None:
    """`dose` withholds (exit 4): the product already reaches the upper level."""
    med, shown = typed_as(line)
    table = run("dose", "citrate", "--elemental", "10", *ADULT, "--med", med)
    assert table.code == 4, table.err
    assert f"magnesium already taken: {shown} {total} a day" in table.flat
    assert "NO DOSE ADVISED" in table.flat


@pytest.mark.parametrize(
    ("med", "total"),
    [
        ("Gaviscon 30 mL", "411 mg"),  # 30 mL of 68.5 mg / 5 mL
        ("Maalox | 2 tsp qid", "1,333.6 mg"),  # 10 mL four times: 4 x 333.4
        ("Maalox | 1 tablespoon bid", "1,000.2 mg"),  # 15 mL twice: 3 x 333.4
        ("Milk of Magnesia | 1 tbsp at bedtime", "500 mg"),  # half the 30 mL dose
    ],
    ids=["mL", "teaspoons", "tablespoon", "part-of-a-dose"],
)
def test_a_volume_counts_against_the_products_dose_volume(run: RunFn, med: str, total: str) -> None:
    withheld(run, med, total)


def test_reviewer_gaviscon_liquid_after_meals_and_at_bedtime(run: RunFn) -> None:
    med = "Gaviscon Extra Strength Liquid 30 mL after meals and at bedtime"
    args = ("plan", "--goal", "muscle-cramps", "--age", "40", "--sex", "F", "--med", med)
    doc = run(*args, "--product", "glycinate 500mg", "--json")
    assert doc.code == 4, doc.err
    data = doc.json()
    assert isinstance(data, dict) and data["daily_target"] is None
    first = data["alerts"][0]
    assert first["id"] == "listed-magnesium" and "1,644 mg" in first["name"]  # 30 mL x 4


def test_dosage_text_in_a_record_counts_teaspoons(run: RunFn, tmp_path: Path) -> None:
    text = {"text": "Take 2 teaspoons after meals and at bedtime"}  # the reviewer's c6.json
    path = bundle_file(tmp_path, request(1, "999999999", "Gaviscon Extra Strength", None, text))
    table = run("recommend", "--goal", "migraine", *ADULT, "--meds-from", path)
    assert table.code == 4, table.err
    assert "magnesium already taken: Gaviscon Extra Strength 548 mg a day" in table.flat


def test_a_volume_alone_in_a_records_text_uses_its_timing(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Maalox", TWICE, {"text": "20 mL"}))
    table = run("recommend", "--goal", "migraine", *ADULT, "--meds-from", path)
    assert table.code == 4, table.err
    assert "magnesium already taken: Maalox 1,333.6 mg a day" in table.flat  # 2 x 20 mL


def test_a_plain_list_line_counts_its_volume(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.txt"
    path.write_text("Maalox\n  take 20 mL after meals\n", encoding="utf-8")
    table = run("recommend", "--goal", "migraine", *ADULT, "--meds-from", str(path))
    assert table.code == 4, table.err
    assert "2,000.4 mg a day" in table.flat  # 2 doses of 10 mL, three times


@pytest.mark.parametrize(
    ("line", "units", "total"),
    [
        ("Slow-Mag | 1 tab with breakfast and 1 tab with dinner", "2", "143 mg"),
        ("Slow-Mag | 1 tab in the morning and 2 at night", "3", "214.5 mg"),
        ("Slow-Mag | 1 tab after meals and at bedtime", "4", "286 mg"),
        ("Slow-Mag | 1 tab three times a day with meals", "3", "214.5 mg"),
        ("Slow-Mag | 1 tab with breakfast and with dinner", "2", "143 mg"),
        ("Slow-Mag | 1 tab at 8 am and 1 tab at 8 pm", "2", "143 mg"),
        ("Slow-Mag | 2 at bedtime", "2", "143 mg"),
    ],
)
def test_several_dose_times_in_one_line_are_summed(
    run: RunFn, line: str, units: str, total: str
) -> None:
    med, shown = typed_as(line)
    assert (
        f"{shown}: 71.5 mg elemental magnesium per tablet, {units} a day counted as written "
        f"({total})" in counted(run, med)
    )


def test_reviewer_mag_ox_morning_and_bedtime_is_withheld(run: RunFn) -> None:
    med = "Mag-Ox 400 1 tab in the morning and 1 tab at bedtime"
    args = ("plan", "--goal", "migraine", "--age", "45", "--sex", "F", "--med", med)
    table = run(*args, "--product", "oxide 400 mg")
    assert table.code == 4, table.err
    shown = "Mag-Ox 400 (1 tab in the morning and 1 tab at bedtime)"
    assert f"magnesium already taken: {shown} 482.6 mg a day" in table.flat
    assert "Daily target" not in table.flat


@pytest.mark.parametrize(
    ("med", "units", "total"),
    [
        ("Slow-Mag 1-2 tablets daily", "2", "143 mg"),
        ("Slow-Mag 1 tablet 2-3 times daily", "3", "214.5 mg"),
        ("Slow-Mag 1 tab bid-tid", "3", "214.5 mg"),
    ],
)
def test_a_range_counts_its_high_end_and_says_so(
    run: RunFn, med: str, units: str, total: str
) -> None:
    flat = counted(run, med)
    assert (
        f"{units} a day counted as written ({total}); a range was written: its high end is counted"
        in flat
    )


def test_reviewer_mag_tab_range_every_12_hours(run: RunFn) -> None:
    args = ("recommend", "--goal", "migraine", "--age", "50")
    doc = run(*args, "--med", "Mag-Tab SR 1-2 caplets every 12 hours", "--json")
    assert doc.code == 0, doc.err
    data = doc.json()
    assert isinstance(data, dict)
    text = json.dumps(data)
    assert "you already take about 336 mg/day" in text  # 4 caplets of 84 mg
    assert "its high end is counted" in text
    assert "182" not in text  # the low-end count left 182 mg to advise


def test_as_needed_counts_the_labels_daily_most(run: RunFn) -> None:
    med = "Rolaids Extra Strength 2 tablets as needed"
    args = ("plan", "--goal", "migraine", "--age", "15", "--sex", "F", "--med", med)
    table = run(*args, "--product", "magnesium citrate 100 mg")
    assert table.code == 4, table.err
    shown = "Rolaids Extra Strength (2 tablets as needed)"
    assert f"magnesium already taken: {shown} 686 mg a day" in table.flat  # 7 x 98 mg
    doc = run(*args, "--product", "magnesium citrate 100 mg", "--json")
    data = doc.json()
    assert isinstance(data, dict) and doc.code == 4
    assert (
        "the label's most in 24 hours (7 chewable tablets) is counted" in data["alerts"][0]["basis"]
    )
    mag_ox = run("dose", "citrate", "--elemental", "10", *ADULT, "--med", "Mag-Ox 400 1 tab prn")
    assert mag_ox.code == 4 and "Mag-Ox 400 (1 tab prn) 482.6 mg a day" in mag_ox.flat
    more = run("dose", "citrate", "--elemental", "10", *ADULT, "--med", "Mag-Ox 400 2 tabs bid prn")
    assert more.code == 4 and "Mag-Ox 400 (2 tabs bid prn) 965.2 mg a day" in more.flat
    assert "more than the label's most in 24 hours (2 tablets) is written, and counted" in more.flat


def test_as_needed_without_a_label_most_says_each_dose_adds(run: RunFn) -> None:
    flat = counted(run, "Slow-Mag 2 tabs as needed")
    assert "2 a day counted as written (143 mg)" in flat
    assert "each further dose adds about 143 mg and may take the total over the upper level" in flat
    doc = run(
        "dose", "citrate", "--elemental", "10", *ADULT, "--med", "Slow-Mag 2 tabs prn", "--json"
    )
    listed = doc.ok_doc()["check"]["other_magnesium"][0]
    assert listed["units_per_day"] == 2 and "taken as needed" in listed["how_counted"][0]


def test_gaviscon_tablets_count_at_the_tablets_amount(run: RunFn) -> None:
    flat = counted(run, "Gaviscon Extra Strength 2 tablets qid")
    assert "30.3 mg elemental magnesium per tablet, 8 a day counted as written (242.4 mg)" in flat
    assert "counted as tablets, at the tablet's labelled amount" in flat


def test_one_time_of_day_named_twice_is_one_dose(run: RunFn) -> None:
    flat = counted(run, "Mag-Ox 400 1 tab every morning before breakfast")
    assert "241.3 mg elemental magnesium per tablet, one tablet a day counted" in flat


def test_a_strength_in_the_name_is_not_a_count(run: RunFn) -> None:
    flat = counted(run, "Mag-Ox 400 at bedtime")  # one tablet, not 400
    assert (
        "Mag-Ox 400 (at bedtime): 241.3 mg elemental magnesium per tablet, one tablet a day" in flat
    )


def plan_counted(run: RunFn, med: str) -> tuple[int, str]:
    """`plan --json` for a woman of 40: its exit code and the JSON's words on ``med``."""
    doc = run("plan", "--goal", "migraine", "--age", "40", "--sex", "f", "--med", med, "--json")
    assert isinstance(doc.json(), dict), doc.err
    return doc.code, json.dumps(doc.json())


@pytest.mark.parametrize(
    ("line", "code", "total"),
    [
        ("Mag-Ox 400 | 2 po daily", 4, "482.6"),  # 2 x 241.3: the 400 is the strength, 2 the count
        ("Slow-Mag | 2 po bid", 0, "286"),
        ("Slow-Mag | 2 by mouth twice daily", 0, "286"),
        ("Slow-Mag | 2 orally twice daily", 0, "286"),
        ("Rolaids | 2 PO tid", 4, "588"),  # 6 x 98 mg
        ("Slow-Mag | 1 tab with each meal", 0, "214.5"),  # three meals
        ("Slow-Mag | 1 tab with meals", 0, "214.5"),
        ("Slow-Mag | 2 caps AM 2 caps PM", 0, "286"),
        ("Slow-Mag | 2 tabs every morning and evening", 0, "286"),
        ("Pepcid Complete | 2 chewables daily", 0, "137.6"),  # 2 x 68.8 mg
        ("magnesium glycinate 100 mg | 2 packets bid", 4, "400"),
        ("magnesium glycinate 100 mg | 2 sachets daily", 0, "200"),
        ("magnesium glycinate 120 mg | 2 softgels bid", 4, "480"),
        ("magnesium citrate 100 mg | 3 gummies daily", 0, "300"),
        ("magnesium 100 mg | 2 lozenges bid", 4, "400"),
    ],
)
def test_counts_before_a_route_meals_am_pm_and_units_are_counted(
    run: RunFn, line: str, code: int, total: str
) -> None:
    med, shown = typed_as(line)
    exit_code, text = plan_counted(run, med)
    assert exit_code == code
    assert f"already take about {total} mg/day of elemental magnesium from {shown[:-1]}" in text


def test_a_strength_before_a_route_is_still_not_a_count(run: RunFn) -> None:
    code, text = plan_counted(run, "Mag-Ox 400 po daily")  # one tablet, not 400
    assert code == 0 and "you already take about 241.3 mg/day" in text


def test_a_time_of_day_joined_to_another_is_not_a_medicine(run: RunFn) -> None:
    doc = run("cautions", "--med", "Slow-Mag 2 tabs every morning and evening", "--json")
    assert doc.code == 0, doc.err
    data = doc.json()
    assert isinstance(data, dict)
    read_as = data["cautions"][0]["read_as"]
    assert [i["name"] for i in read_as["ingredients"]] == ["Slow-Mag"]
    assert read_as["frequency"] == ["every morning", "every evening"]


def test_pm_without_am_stays_in_a_name(run: RunFn) -> None:
    doc = run("cautions", "--med", "Advil 2 caps PM", "--json")
    data = doc.json()
    assert isinstance(data, dict)
    read_as = data["cautions"][0]["read_as"]
    assert read_as["frequency"] == [] and read_as["ingredients"][0]["name"].endswith("PM")


def test_a_records_dosage_text_counts_before_a_route(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Slow-Mag", None, {"text": "2 po bid"}))
    table = run("recommend", "--goal", "migraine", *ADULT, "--meds-from", path)
    assert table.code == 0, table.err
    assert "you already take about 286 mg/day" in table.flat


@pytest.mark.parametrize(
    "typed", ["Lasix 40mg,1 tab", "Mag-Ox 400,2 tabs bid", "metformin 500mg,,2 tab,bid", ",1 tab"]
)
def test_a_comma_before_a_count_is_read_not_a_crash(run: RunFn, typed: str) -> None:
    """A comma typed straight before the count (a CSV row pasted as a line) is read like a
    space: never an internal error."""
    result = run("cautions", "--med", typed, "--json")
    assert result.code in (0, 3), result.err
    assert "internal error" not in result.err
    assert isinstance(result.json(), dict)


@pytest.mark.parametrize(
    "typed",
    [
        "magnesium oxide (MAG-OX) 400 MG tablet 2 tabs bid",
        "magnesium oxide (MAG-OX) 400 MG tablet; take 2 tablets by mouth 2 times daily",
    ],
)
def test_a_brand_in_brackets_keeps_the_lines_directions(run: RunFn, typed: str) -> None:
    """Records print the generic, then the brand in brackets, then the directions: the brand
    names the product (Mag-Ox 400, 241.3 mg a tablet) and the directions are still counted
    (2 tablets twice a day: 965.2 mg), never one tablet."""
    result = run("dose", "citrate", "--elemental", "50", "--age", "40", "--med", typed, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert "965.2 mg a day" in doc["withheld"]["by"][0]["name"]


def test_a_count_typed_straight_after_a_comma_is_counted(run: RunFn) -> None:
    """``Slow-Mag,2 tabs bid`` is 2 tablets twice a day (286 mg), not one tablet a dose."""
    doc = run(
        "dose", "citrate", "--elemental", "50", "--age", "40", "--med", "Slow-Mag,2 tabs bid",
        "--json",
    ).json()  # fmt: skip
    assert isinstance(doc, dict)
    assert doc["check"]["total_elemental_mg"] == pytest.approx(336.0)
