"""A timing plan with no time of day at all withholds the dose, as a label's avoid does."""

from __future__ import annotations

from conftest import RunFn

CROWDED = ("--med", "tetracycline 500 qid", "--med", "cipro 500 bid", "--med", "levothyroxine 100")
WHO = "no time of day keeps magnesium apart from tetracycline, ciprofloxacin and levothyroxine"


def test_recommend_withholds_when_no_time_fits(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--age", "40", *CROWDED, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    assert doc["complete"] is False
    (held,) = doc["withheld"]["by"]
    assert held["id"] == "no-time-fits"
    assert held["name"] == WHO
    assert "No time between 07:00 and 22:00" in held["basis"]
    assert "s10" in held["sources"] and "s14" in held["sources"]
    assert "ask your pharmacist" in doc["withheld"]["reason"].lower()
    assert doc["goals"][0]["recommendations"] == []  # no form or amount at all
    assert doc["timing"] is None  # as for every withheld dose: no time to take it


def test_recommend_table_says_so_first(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--age", "40", *CROWDED)
    assert result.code == 4
    assert result.flat.startswith("NO DOSE ADVISED")
    assert WHO in result.flat
    assert "citrate 600 mg" not in result.flat.lower()


def test_plan_withholds_when_no_time_fits(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "f", *CROWDED)
    result = run(*args, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert (doc["go_ahead"], doc["complete"]) == (False, False)
    assert [w["id"] for w in doc["withheld"]["by"]] == ["no-time-fits"]
    assert doc["daily_target"] is None
    text = run(*args, "--format", "markdown")
    assert text.code == 4
    assert f"{WHO}" in text.out
    assert "no dose advised" in text.err


def test_a_plan_with_room_still_gives_the_dose(run: RunFn) -> None:
    result = run(
        "recommend", "--goal", "migraine", "--age", "40", "--med", "cipro 500 bid", "--json"
    )
    doc = result.ok_doc()
    assert doc["go_ahead"] is True
    assert doc["timing"]["feasible"] is True


def test_cautions_still_shows_the_plan_that_fits_no_time(run: RunFn) -> None:
    doc = run("cautions", "--json", *CROWDED).ok_doc()
    assert doc["timing"]["feasible"] is False
    assert doc["timing"]["windows"] == []


def test_a_minor_or_moderate_spacing_that_cannot_be_kept_does_not_withhold(run: RunFn) -> None:
    """Only a major or critical caution's spacing withholds when no time fits it: cephalexin
    four times a day (minor, 2 h) or iron three times a day (4 h) keep the dose, and the
    timing plan says that no time keeps the spacing."""
    for med in ("cephalexin 500 qid", "ferrous sulfate 325 mg tid", "gabapentin 300 mg qid"):
        result = run("recommend", "--goal", "sleep", "--age", "50", "--med", med, "--json")
        assert result.code == 0, (med, result.err)
        doc = result.json()
        assert isinstance(doc, dict) and doc["go_ahead"] is True
        assert doc["timing"]["feasible"] is False


def test_dose_withholds_too_when_no_time_fits(run: RunFn) -> None:
    result = run("dose", "citrate", "--elemental", "100", "--age", "40", *CROWDED, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert "no-time-fits" in [w["id"] for w in doc["withheld"]["by"]]


def test_tetracycline_with_no_directions_is_read_four_times_a_day(run: RunFn) -> None:
    """Tetracycline (and a pack with it, Pylera) typed without directions is assumed four
    times a day, its label's dosing and the safer reading for spacing: no time fits, no dose;
    written twice a day, a time is found and the dose is shown."""
    for med in ("tetracycline", "Pylera"):
        result = run("recommend", "--goal", "sleep", "--age", "45", "--med", med, "--json")
        assert result.code == 4, (med, result.err)
        doc = result.json()
        assert isinstance(doc, dict)
        assert "no-time-fits" in [w["id"] for w in doc["withheld"]["by"]]
    assert (
        run("recommend", "--goal", "sleep", "--age", "45", "--med", "tetracycline 500 bid").code
        == 0
    )


def test_a_major_spacing_in_a_day_with_no_time_withholds(run: RunFn) -> None:
    """Tetracycline twice a day fits alone, but with iron three times a day no time is left:
    magnesium is never placed by a guess near the tetracycline, so no dose (exit 4)."""
    meds = ("--med", "tetracycline 500 bid", "--med", "ferrous sulfate 325 tid")
    result = run("recommend", "--goal", "sleep", "--age", "45", *meds, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert "no-time-fits" in [w["id"] for w in doc["withheld"]["by"]]
