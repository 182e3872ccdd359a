"""Weeks beside a pregnancy's word on a list are the pregnancy's, not the person's age.

Before, weeks in brackets beside a pregnancy's word (``Pregnant (12 weeks)``, ``Pregnant [12
weeks]``) were read as the person's age, which withheld the dose as a child's (exit 4), and
beside a slip of the word (``Regnant (12 weeks)``) as a 12-week-old baby's, with no pregnancy
counted. Now they cap the dose at the pregnancy's 350 mg/day. A child's age in weeks is still
one (``Calpol (12 weeks old)``, ``Infant, 12 weeks``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids


@pytest.mark.parametrize(
    "line",
    ["Pregnant (12 weeks)", "Pregnant [12 weeks]", "Pregnant (12 wks)", "Pregnancy (20 wks)",
     "Regnant (12 weeks)", "Oregnant [12 wks]", "Regnant, 12 weeks"],
)  # fmt: skip
def test_weeks_beside_a_pregnancy_word_are_the_pregnancys(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", line)
    assert code in (0, 3) and withheld_ids(doc) == []
    assert doc["ceiling"]["mg"] == 350 and doc["ceiling"]["why"] == "Pregnancy"


@pytest.mark.parametrize("line", ["Calpol (12 weeks old)", "Infant, 12 weeks"])
def test_a_childs_age_in_weeks_still_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", line)
    assert code == 4 and "age-under-1" in withheld_ids(doc)
