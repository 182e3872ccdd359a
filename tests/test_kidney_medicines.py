"""A medicine taken only in kidney failure (a phosphate binder) withholds the dose by itself:
no --condition is needed for a dialysis patient never to be shown a supplement dose."""

from __future__ import annotations

import pytest

from conftest import RunFn


@pytest.mark.parametrize(
    ("typed", "withholder"),
    [
        ("Renvela 800 mg tid with meals", "phosphate-binder-kidney"),
        ("sevelamer carbonate", "phosphate-binder-kidney"),
        ("Auryxia 210 mg", "phosphate-binder-kidney"),
        ("Velphoro", "phosphate-binder-kidney"),
        ("Fosrenol 1000 mg chewable tid", "lanthanum"),
    ],
)
def test_a_phosphate_binder_withholds_the_dose(run: RunFn, typed: str, withholder: str) -> None:
    result = run("recommend", "--goal", "migraine", "--med", typed, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == [withholder]
    table = run("recommend", "--goal", "migraine", "--med", typed)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.out
    plan = run("plan", "--goal", "migraine", "--age", "60", "--sex", "female", "--med", typed)
    assert plan.code == 4
