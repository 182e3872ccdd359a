"""A child's age in a parent's everyday words (``My son is 4``, ``She's 3``, ``6 m/o``), a
weight as Epic prints it (``Wt Readings from Last 1 Encounters: 18.2 kg``) and a pregnancy's
weeks (``Pregnant, 28 weeks``) on a list: the age was not read and an adult's laxative dose was
shown for a 3-year-old (exit 3); the weeks were read as a baby's age and the pregnancy dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EPOCH_2026_12_01, RunFn, recommend_list, withheld_ids


@pytest.mark.parametrize(
    ("line", "held"),
    [("My son is 4", "age-young-child"), ("My daughter is 3", "age-young-child"),
     ("He is 4", "age-young-child"), ("She's 3", "age-young-child"),
     ("my son (4)", "age-young-child"), ("Grandson, 3", "age-young-child"),
     ("Our daughter Lily - 3", "age-young-child"), ("my little boy is 2", "age-young-child"),
     ("he's four", "age-young-child"), ("6 m/o", "age-under-1"),
     ("3 yrs 14kg", "age-young-child"), ("Jack, 4", "age-not-read"),
     ("Jack is 4", "age-not-read"), ("For: Jack Smith, 4", "age-not-read"),
     ("She is 28 weeks", "age-not-read"), ("My son is 4 and a half", "age-young-child"),
     ("She is 6 weeks old", "age-under-1"), ("My 4 year old", "age-young-child"),
     ("Jack (4)", "age-not-read"), ("Baby: 6 months", "age-under-1"),
     ("Son's medications", "age-not-read")],
)  # fmt: skip
def test_a_childs_age_in_a_parents_words_withholds_the_adult_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, held: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "constipation", line, "Lactulose 5 mL bd"
    )
    assert code == 4 and doc["go_ahead"] is False
    assert held in withheld_ids(doc), doc["withheld"]
    if held != "age-not-read":  # "Jack, 4" is still read as a medicine too: not assessed
        assert doc["unassessed"] == []


def test_a_name_and_a_count_is_still_read_as_a_medicine(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2026_12_01)
    path = tmp_path / "list.txt"
    path.write_text("Maalox, 2\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--age", "30",
                 "--json")  # fmt: skip
    doc = result.json()
    assert result.code == 4 and "listed-magnesium-amount-unknown" in withheld_ids(doc), doc[
        "withheld"
    ]


def test_the_age_in_a_parents_words_is_read_with_med(run: RunFn) -> None:
    result = run(
        "recommend", "--goal", "constipation", "--med", "My son is 4",
        "--med", "Lactulose 5 mL bd", "--json",
    )  # fmt: skip
    doc = result.json()
    assert result.code == 4 and "age-young-child" in withheld_ids(doc)


@pytest.mark.parametrize(
    "line",
    ["Wt Readings from Last 1 Encounters: 18.2 kg", "Last weight 18.2 kg",
     "Weight as of 11/28/26: 18.2 kg"],
)  # fmt: skip
def test_a_childs_weight_as_epic_prints_it_withholds_the_adult_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "constipation", line, "Miralax 8.5 g daily"
    )
    assert code == 4 and "child-weight-needs-age" in withheld_ids(doc), doc["withheld"]
    assert doc["unassessed"] == []


@pytest.mark.parametrize("age", [[], ["--age", "30"]])
def test_weeks_beside_pregnant_are_the_pregnancys_not_a_babys_age(
    run: RunFn, tmp_path: Path, age: list[str]
) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Pregnant, 28 weeks\nLisinopril 10 mg daily\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path), *age, "--json")
    doc = result.json()
    assert "age-under-1" not in withheld_ids(doc)
    assert doc["ceiling"]["mg"] == 350, doc["ceiling"]
    assert any("Pregnancy" in f["read_as"] for f in doc["from_record"])
