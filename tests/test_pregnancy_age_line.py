"""A pregnancy and the person's age on one line: both count.

Before, ``Pregnant, age 16`` and ``Pregnant (16 years old)`` were read whole as the age and the
pregnancy was dropped (no pregnancy in ``conditions``, exit 0), and ``Age 16, pregnant`` was an
age not read (withheld until ``--age``; with it, the line set aside and the pregnancy lost).
Now the age is used as ``--age`` and the pregnancy counted: the child's upper level and the
pregnancy's cap both apply, the lower winning (IOM 1997: 350 mg a day from supplements from 9
years, in pregnancy too). Weeks beside the word stay the pregnancy's (``Pregnant, 16 weeks``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EPOCH_2026_12_01, RunFn

MEDICINES = ("Magnesium glycinate 100mg", "Lisinopril 10mg")


def _recommend(run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, *age: str):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2026_12_01)
    path = tmp_path / "list.txt"
    path.write_text(f"{MEDICINES[0]}\n{line}\n{MEDICINES[1]}\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", *age, "--meds-from", str(path), "--json")
    return result.code, result.json()


@pytest.mark.parametrize(
    "line", ["Pregnant, age 16", "Age 16, pregnant", "Pregnant (16 years old)", "16yo pregnant"]
)
@pytest.mark.parametrize("age", [(), ("--age", "16")])
def test_a_pregnant_16_year_old_keeps_the_pregnancy_and_the_childs_limit(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, age: tuple[str, ...]
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line, *age)
    assert code == 0, doc["withheld"]
    assert [c["id"] for c in doc["conditions"]] == ["pregnancy"]
    assert doc["doses_for"] == "child"
    assert doc["ceiling"]["mg"] == 250  # 350 mg (child's UL and pregnancy cap) less 100 mg
    read = [r["read_as"] for r in doc["from_record"]]
    assert "age 16 written on the list, used as --age" in read
    assert any(r.endswith("counted as 'Pregnancy'") for r in read)
    assert doc["skipped"] == [] and doc["unassessed"] == []


def test_pregnancy_weeks_are_no_age(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "Pregnant, 16 weeks")
    assert code == 0
    assert [c["id"] for c in doc["conditions"]] == ["pregnancy"]
    assert doc["doses_for"] == "adults"
