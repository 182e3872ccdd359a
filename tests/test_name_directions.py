"""Directions written with a medicine (how many, how often, how long, what for) are read as
directions, never as extra medicines; an unknown word that is not a direction is still named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn, cautions_json


def only_reading(run: RunFn, typed: str) -> tuple[str, dict[str, Any]]:
    """The one medicine ``typed`` is read as (exit 0, nothing unassessed), and its reading."""
    code, doc = cautions_json(run, typed)
    assert doc["unassessed"] == [], doc["unassessed"]
    assert code == 0
    assert len(doc["cautions"]) == 1, [m["input"] for m in doc["cautions"]]
    entry = doc["cautions"][0]
    assert entry["input"] == typed
    return entry["medication"], entry["read_as"]


# (typed as patients and prescribers write it, medicine, frequency, directions)
LINES = [
    (
        "Lisinopril 10 mg take 1 tab by mouth daily for 7 days",
        "lisinopril",
        ["once a day"],
        ["1 tablet", "for 7 days"],
    ),
    (
        "amoxicillin 500 mg three times a day with water",
        "amoxicillin",
        ["three times a day"],
        ["with water"],
    ),
    (
        "metformin 500mg 1 tablet twice daily with meals",
        "metformin",
        ["twice a day", "with meals"],
        ["1 tablet"],
    ),
    ("Synthroid 50 mcg take on empty stomach", "levothyroxine", ["on an empty stomach"], []),
    (
        "ibuprofen 400 mg every 6 hours as needed for pain",
        "ibuprofen",
        ["every 6 hours", "as needed"],
        ["for pain"],
    ),
    ("vitamin D3 2000 IU once a day", "cholecalciferol", ["once a day"], []),
    ("levothyroxine 1 tab po qhs", "levothyroxine", ["at bedtime"], ["1 tablet"]),
    ("metoprolol ½ tablet", "metoprolol", [], ["1/2 tablet"]),
    ("metoprolol 1/2 tab bid", "metoprolol", ["twice a day"], ["1/2 tablet"]),
    ("albuterol two puffs", "albuterol", [], ["2 puffs"]),
    (
        "albuterol 2 puffs every 4-6 hours as needed for wheezing",
        "albuterol",
        ["every 4-6 hours", "as needed"],
        ["2 puffs", "for wheezing"],
    ),
    ("cipro 500 mg q12h x 7 days", "ciprofloxacin", ["every 12 hours"], ["for 7 days"]),
    (
        "doxycycline 100mg 1 cap BID x 14d",
        "doxycycline",
        ["twice a day"],
        ["1 capsule", "for 14 days"],
    ),
    ("ibuprofen 400mg q4-6h prn", "ibuprofen", ["every 4-6 hours", "as needed"], []),
    ("tramadol 50 mg q6h prn pain", "tramadol", ["every 6 hours", "as needed"], ["for pain"]),
    ("warfarin 5 mg on Mon Wed Fri", "warfarin", ["on Monday, Wednesday, Friday"], []),
    ("Fosamax 70 mg once weekly on Sunday", "alendronate", ["once a week", "on Sunday"], []),
    (
        "alendronate 70 mg weekly take with full glass of water",
        "alendronate",
        ["once a week"],
        ["with a full glass of water"],
    ),
    (
        "levothyroxine 75 mcg daily 30 min before breakfast",
        "levothyroxine",
        ["once a day", "before breakfast"],
        ["30 minutes"],
    ),
    (
        "Tums 2 tablets as needed for heartburn",
        "tums",
        ["as needed"],
        ["2 tablets", "for heartburn"],
    ),
    (
        "metformin 500 mg with breakfast and dinner",
        "metformin",
        ["with breakfast", "with the evening meal"],
        [],
    ),
    ("metformin 500 mg 2x daily", "metformin", ["twice a day"], []),
    ("furosemide 40mg one tablet every morning", "furosemide", ["every morning"], ["1 tablet"]),
    (
        "zolpidem 10 mg at bedtime as needed for sleep",
        "zolpidem",
        ["at bedtime", "as needed"],
        ["for sleep"],
    ),
    (
        "lisinopril 20 mg daily (for blood pressure)",
        "lisinopril",
        ["once a day"],
        ["for blood pressure"],
    ),
    (
        "cetirizine 10 mg daily as needed for allergies",
        "cetirizine",
        ["once a day", "as needed"],
        ["for allergies"],
    ),
    (
        "amoxicillin 875 mg every 12 hours for 10 days",
        "amoxicillin",
        ["every 12 hours"],
        ["for 10 days"],
    ),
    (
        "omeprazole 20mg 30 minutes before breakfast",
        "omeprazole",
        ["before breakfast"],
        ["30 minutes"],
    ),
    ("Mag-Ox 400 1 tab bid", "mag-ox-400", ["twice a day"], ["1 tablet"]),
    ("Amlodipine 5 mg 1 tab(s) orally once a day", "amlodipine", ["once a day"], ["1 tablet"]),
    (
        "warfarin 5mg take as directed per INR",
        "warfarin",
        [],
        ["as directed", "as directed by INR"],
    ),
    ("doxycycline 100mg cap 1 PO BID x10 days", "doxycycline", ["twice a day"], ["for 10 days"]),
    ("Fosamax 70mg weekly, sunday am", "alendronate", ["once a week", "on Sunday"], []),
    (
        "hydrochlorothiazide 12.5mg daily in AM",
        "hydrochlorothiazide",
        ["once a day", "every morning"],
        [],
    ),
    (
        "miralax 17 g daily in 8 oz water",
        "polyethylene-glycol-3350",
        ["once a day"],
        ["in 8 oz water"],
    ),
    ("metformin 500 mg BID w/ meals", "metformin", ["twice a day", "with meals"], []),
    ("Vit D 50000 IU q week", "cholecalciferol", ["once a week"], []),
    (
        "clopidogrel 75 mg daily (blood thinner)",
        "clopidogrel",
        ["once a day"],
        ["for blood thinner"],
    ),
    (
        "Tylenol 650 mg every 6 hours as needed, not to exceed 3 g/day",
        "acetaminophen",
        ["every 6 hours", "as needed"],
        ["at most 3 g/day"],
    ),
    (
        "Sumatriptan 50mg at onset of migraine, may repeat in 2 hours",
        "sumatriptan",
        [],
        ["at the onset of migraine", "may repeat", "in 2 hours"],
    ),
    (
        "nitroglycerin 0.4 mg SL q5min prn chest pain max 3 doses",
        "nitroglycerin",
        ["every 5 minutes", "as needed"],
        ["for chest pain", "at most 3 doses"],
    ),
    (
        "Insulin glargine 100 unit/mL inject 20 units subcutaneously at bedtime",
        "insulin-glargine",
        ["at bedtime"],
        [],
    ),
    ("levothyroxine 25 micrograms OM", "levothyroxine", ["every morning"], []),
    ("doxycycline 100mg BD for 7/7", "doxycycline", ["twice a day"], ["for 7 days"]),
    ("prednisolone 5mg for 2/52", "prednisolone", [], ["for 2 weeks"]),
    (
        "co-codamol 30/500 2 tabs QDS PRN",
        "acetaminophen-codeine",
        ["four times a day", "as needed"],
        ["2 tablets"],
    ),
    ("furosemide 40mg tablets take one each morning", "furosemide", ["every morning"], ["1 dose"]),
    # Doses per body-surface area or weight, and cycle shorthand, as oncology orders write them.
    ("cisplatin 75 mg/m2 IV q3w", "cisplatin", ["every 3 weeks"], []),
    ("AmBisome 3 mg/kg IV daily", "amphotericin-b", ["once a day"], []),
    ("amphotericin B liposomal IV", "amphotericin-b", [], []),
    ("Xofluza 40 mg x1", "baloxavir", ["one dose"], []),
    ("Restasis 0.05% 1 gtt ou bid", "cyclosporine", ["twice a day"], ["1 drop"]),
    # Courses in years and intervals in months (left "y", "years", "q6mo" NOT ASSESSED, exit 3)
    ("alendronate 70 mg weekly x 5y", "alendronate", ["once a week"], ["for 5 years"]),
    ("finasteride 5 mg daily x 2 years", "finasteride", ["once a day"], ["for 2 years"]),
    ("methotrexate 15 mg weekly for 2 yrs", "methotrexate", ["once a week"], ["for 2 years"]),
    ("Prolia 60 mg q6mo", "denosumab", ["every 6 months"], []),
    ("zoledronic acid 5 mg IV q1y", "zoledronic-acid", ["every 1 year"], []),
    # A note's lead-in to the name (the whole line was NOT ASSESSED, or "Pt" was)
    ("on warfarin", "warfarin", [], []),
    ("On Eliquis 5mg BID", "apixaban", ["twice a day"], []),
    ("Pt on aspirin", "aspirin", [], []),
    ("currently on lisinopril 10 mg daily", "lisinopril", ["once a day"], []),
    ("Patient on furosemide 40 mg daily", "furosemide", ["once a day"], []),
]


@pytest.mark.parametrize(("typed", "medication", "frequency", "directions"), LINES)
def test_directions_are_read_not_assessed_as_medicines(
    run: RunFn, typed: str, medication: str, frequency: list[str], directions: list[str]
) -> None:
    found, reading = only_reading(run, typed)
    assert found == medication
    assert reading["frequency"] == frequency
    assert reading["directions"] == directions


@pytest.mark.parametrize(
    ("typed", "route"),
    [
        ("fluticasone 2 sprays each nostril daily", "nasal"),
        ("latanoprost 1 drop in both eyes at bedtime", "eye"),
        ("timolol 0.5% 1 gtt ou bid", "eye"),
        ("cisplatin 75 mg/m2 IV q3w", "injection"),
        ("nitroglycerin 0.4 mg under the tongue as needed for chest pain", "oral"),
    ],
)
def test_where_a_direction_puts_it_is_the_route(run: RunFn, typed: str, route: str) -> None:
    _, reading = only_reading(run, typed)
    assert (reading["route"], reading["route_stated"]) == (route, True)


def test_the_table_shows_the_directions_it_read(run: RunFn) -> None:
    result = run("cautions", "--med", "Lisinopril 10 mg take 1 tab by mouth daily for 7 days")
    assert result.code == 0
    assert "NOT ASSESSED" not in result.out
    assert "Read as: Lisinopril 10 mg; by mouth; once a day; 1 tablet; for 7 days" in result.flat


@pytest.mark.parametrize(
    ("typed", "unknown"),
    [
        ("lisinopril 10 mg daily with zzzfake", "zzzfake"),
        ("amoxicillin 500 mg tid blorbex", "blorbex"),
        ("Tylenol Sinus 2 tabs at bedtime", "Tylenol Sinus"),
        ("Miralax 4 g daily, 4 yrs", "yrs"),  # no "x" or "for": it may be a child's age
        ("Miralax 4 g daily 4y", "y"),
    ],
)
def test_a_word_that_is_not_a_direction_is_still_not_assessed(
    run: RunFn, typed: str, unknown: str
) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 3
    assert any(unknown in u["input"] for u in doc["unassessed"]), doc["unassessed"]
    text = run("cautions", "--med", typed)
    assert text.code == 3
    assert "was NOT recognised" in text.flat
    assert unknown in text.flat


def test_directions_alone_name_no_medicine(run: RunFn) -> None:
    code, doc = cautions_json(run, "Take 1 tablet by mouth every day")
    assert code == 3
    assert [u["input"] for u in doc["unassessed"]] == ["Take 1 tablet by mouth every day"]


def timing_for(run: RunFn, *meds: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    code, doc = cautions_json(run, *meds, extra=extra)
    assert code == 0
    return {c["medication"]: c for c in doc["timing"]["constraints"]}


@pytest.mark.parametrize(
    ("typed", "times"),
    [
        ("levothyroxine 50 mcg qhs", ["22:00"]),
        ("levothyroxine 50 mcg at bedtime", ["22:00"]),
        ("levothyroxine 50 mcg every morning", ["07:00"]),  # its typical time fits
        ("ciprofloxacin 500 mg tid", ["08:00", "14:00", "20:00"]),
        ("ciprofloxacin 500 mg bid", ["08:00", "20:00"]),  # its typical times fit
        ("doxycycline 100 mg q6h", ["08:00", "14:00", "20:00", "02:00"]),
        ("ciprofloxacin 500 mg with breakfast and dinner", ["08:00", "20:00"]),  # close enough
        ("levothyroxine 50 mcg with dinner", ["18:00"]),
    ],
)
def test_how_often_it_is_taken_sets_the_assumed_dose_times(
    run: RunFn, typed: str, times: list[str]
) -> None:
    constraint = next(iter(timing_for(run, typed).values()))
    assert constraint["dose_times"] == times
    assert constraint["dose_times_assumed"] is True


def test_clock_times_written_with_it_are_the_dose_times(run: RunFn) -> None:
    constraint = timing_for(run, "cipro 500 mg 9am and 9 p.m.")["ciprofloxacin"]
    assert (constraint["dose_times"], constraint["dose_times_assumed"]) == (
        ["09:00", "21:00"],
        False,
    )
    at = timing_for(run, "cipro 500 mg at 9am", extra=("--at", "cipro=07:00"))["ciprofloxacin"]
    assert at["dose_times"] == ["07:00"]  # --at still wins


def test_a_list_line_of_directions_belongs_to_the_medicine_before(
    run: RunFn, tmp_path: Path
) -> None:
    listing = tmp_path / "meds.txt"
    listing.write_text(
        "Lisinopril 10 mg\n"
        "   Take 1 tablet by mouth daily\n"
        "levothyroxine 50 mcg\n"
        "  1 tab po qhs  # at night\n"
        "zzzfake 5 mg\n"
        "  twice daily\n",
        encoding="utf-8",
    )
    code, doc = cautions_json(run, extra=("--meds-from", str(listing)))
    assert code == 3
    rows = {m["input"]: m for m in doc["cautions"]}
    assert set(rows) == {
        "Lisinopril 10 mg Take 1 tablet by mouth daily",
        "levothyroxine 50 mcg 1 tab po qhs",
    }
    assert rows["levothyroxine 50 mcg 1 tab po qhs"]["source"]["line"] == 3
    assert [u["input"] for u in doc["unassessed"]] == ["zzzfake 5 mg twice daily"]
    levothyroxine = {c["medication"]: c for c in doc["timing"]["constraints"]}["levothyroxine"]
    assert levothyroxine["dose_times"] == ["22:00"]
