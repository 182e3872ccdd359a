"""A list's text not read that may name a pregnancy or breastfeeding counts as it (its cap).

Before: ``Obstetric cholestasis``, ``Obstetrician appt``, ``Breastfed baby`` and ``Expressing
breast milk`` on a list were NOT ASSESSED beside the full migraine dose (600 mg a day, above the
350 mg cap of pregnancy and breastfeeding), while a record's entry with the same text was
screened. They now count as the condition (the safer reading), and the text stays NOT ASSESSED.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "30")


@pytest.mark.parametrize(
    ("line", "condition", "said"),
    [
        ("Obstetric cholestasis", "pregnancy", "may name a pregnancy"),
        ("Obstetrician appt", "pregnancy", "may name a pregnancy"),
        ("Breastfed baby", "breastfeeding", "may name breastfeeding"),
        ("Expressing breast milk", "breastfeeding", "may name breastfeeding"),
        ("Pumping milk", "breastfeeding", "may name breastfeeding"),
    ],
)
def test_a_capped_wording_not_read_counts_as_its_condition(
    run: RunFn, line: str, condition: str, said: str
) -> None:
    result = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily", "--json")
    assert result.code == 3  # the text stays not assessed
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["id"] for c in doc["conditions"]] == [condition]
    assert doc["ceiling"]["mg"] == 350
    [fact] = doc["from_record"]
    assert fact["input"] == line and said in fact["read_as"]
    assert [u["input"] for u in doc["unassessed"]] == [line]
    table = run(*MIGRAINE, "--med", line)
    assert "350 mg" in table.flat


def test_a_text_with_no_such_word_keeps_no_cap(run: RunFn) -> None:
    result = run(*MIGRAINE, "--med", "PET scan", "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["conditions"] == [] and doc["ceiling"] is None
