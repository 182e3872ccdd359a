"""Eye and ear drops are read by their route, as a pharmacist reads the line.

``1 drop OS tid``, ``5 drops AU bid``, ``drops for eye``, ``instil 1 drop o.s.``: the drops go
in an eye or an ear, so an oral quinolone caution does not apply and no timing plan or
withhold follows from it. ``OD`` is also "once daily" (``1 tab OD``): on a drops line it is
the right eye only when the line gives how often in other words or says eye; otherwise it is
read as once a day, by mouth (the safer reading), and the output says so.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn, cautions_json

LOCAL = [
    ("ciprofloxacin 0.3% drops for eye", "eye"),
    ("ofloxacin 5 drops AU bid", "ear"),
    ("moxifloxacin 1 drop OS tid", "eye"),
    ("moxifloxacin 1 drop OD tid", "eye"),
    ("ciprofloxacin 1 gtt OS q4h", "eye"),
    ("cipro 0.3% 1-2 gtt od q2h", "eye"),
    ("ofloxacin 5 drops AS bid", "ear"),
    ("ofloxacin 5 drops AD bid", "ear"),
    ("ofloxacin otic 5 gtts AU bid", "ear"),
    ("ciprofloxacin ophthalmic 1 drop OD", "eye"),
    ("ciprofloxacin eye drops 1 gtt OS", "eye"),
    ("ciprofloxacin instil 1 drop o.s. q2h", "eye"),
    ("ciprofloxacin drops for both eyes", "eye"),
    ("ofloxacin drops for the eyes", "eye"),
    ("ciprofloxacin 1 drop in the affected eye", "eye"),
    ("ofloxacin 10 drops each ear", "ear"),
    ("ciprofloxacin 1 drop in both eyes", "eye"),
    ("Ciprofloxacin 0.3% ophth soln 1 gtt OU q2h", "eye"),
    ("ciprofloxacin 0.3% oph soln", "eye"),
    ("moxifloxacin 0.5% opth soln 1 gtt OD", "eye"),
    ("ofloxacin 0.3% otic soln 10 gtts AU bid", "ear"),
]


def only(run: RunFn, typed: str) -> tuple[dict[str, Any], dict[str, Any]]:
    code, doc = cautions_json(run, typed)
    assert code == 0, doc["unassessed"]
    [entry] = doc["cautions"]
    return entry, doc


@pytest.mark.parametrize(("typed", "route"), LOCAL)
def test_drops_are_read_by_their_route_and_the_oral_caution_does_not_apply(
    run: RunFn, typed: str, route: str
) -> None:
    entry, doc = only(run, typed)
    assert (entry["read_as"]["route"], entry["read_as"]["route_stated"]) == (route, True)
    assert entry["read_as"]["route_note"] is None
    assert [i["name"].lower() for i in entry["read_as"]["ingredients"]] == [
        typed.split()[0].lower()
    ]
    assert entry["severity"] is None
    assert all(c["applies"] is False for c in entry["classes"])
    assert all(f"an {route} form" in c["not_applicable_because"] for c in entry["classes"])
    assert doc["timing"] is None


def test_the_side_keeps_the_directions_beside_it(run: RunFn) -> None:
    entry, _ = only(run, "ofloxacin 5 drops AU bid")
    assert entry["read_as"]["frequency"] == ["twice a day"]
    assert entry["read_as"]["directions"] == ["5 drops"]
    table = run("cautions", "--med", "moxifloxacin 1 drop OS tid")
    assert table.code == 0
    assert "in the eye; three times a day; 1 drop" in table.flat
    assert "does not apply to this route" in table.flat


@pytest.mark.parametrize(
    ("typed", "frequency"),
    [
        ("ciprofloxacin 500 mg 1 tab OD", ["once a day"]),
        ("ciprofloxacin 500 mg OD", ["once a day"]),
        ("ofloxacin 400 mg 1 tab as needed", ["as needed"]),
    ],
)
def test_od_and_as_on_a_line_of_tablets_keep_their_everyday_meaning(
    run: RunFn, typed: str, frequency: list[str]
) -> None:
    entry, doc = only(run, typed)
    assert entry["read_as"]["route"] == "oral"
    assert entry["read_as"]["frequency"] == frequency
    assert entry["severity"] == "moderate"
    assert doc["timing"]["constraints"]


def test_od_alone_on_a_drops_line_is_read_as_once_a_day_by_mouth_and_says_so(
    run: RunFn,
) -> None:
    entry, doc = only(run, "moxifloxacin 1 drop OD")
    assert entry["read_as"]["route"] == "oral"
    assert entry["read_as"]["frequency"] == ["once a day"]
    note = entry["read_as"]["route_note"]
    assert "may mean the right eye or once a day" in note
    assert "the safer reading" in note
    assert entry["severity"] == "moderate"
    assert [c["applies"] for c in entry["classes"]] == [True]
    assert doc["timing"]["constraints"]
    table = run("cautions", "--med", "moxifloxacin 1 drop OD")
    assert table.code == 0
    assert "may mean the right eye or once a day" in table.flat


def test_a_lower_case_as_is_a_word_never_the_left_ear(run: RunFn) -> None:
    entry, _ = only(run, "ofloxacin 1 drop as directed")
    assert entry["read_as"]["route"] == "oral"
    assert "as directed" in entry["read_as"]["directions"]


def test_per_os_is_by_mouth(run: RunFn) -> None:
    entry, _ = only(run, "ciprofloxacin 500 mg per os bid")
    assert [i["name"] for i in entry["read_as"]["ingredients"]] == ["ciprofloxacin"]
    assert (entry["read_as"]["route"], entry["read_as"]["route_stated"]) == ("oral", True)


def test_recommend_gives_no_timing_plan_for_eye_drops(run: RunFn) -> None:
    args = ("recommend", "--goal", "migraine", "--age", "40")
    drops = run(*args, "--med", "moxifloxacin 1 drop OS tid", "--json").ok_doc()
    assert drops["go_ahead"] is True
    assert drops["timing"] is None
    tablets = run(*args, "--med", "moxifloxacin 400 mg daily", "--json").ok_doc()
    assert tablets["timing"] is not None
    table = run(*args, "--med", "ofloxacin 5 drops AU bid")
    assert table.code == 0
    assert "Daily timing plan" not in table.flat
