"""The core commands against a small rules file (the shipped file is covered elsewhere)."""

from __future__ import annotations

from conftest import RunFn, mini


def test_recommend_json_shape(run: RunFn) -> None:
    result = run(*mini("recommend", "--goal", "MIGRAINES", "--json"))
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    goal = doc["goals"][0]
    assert goal["id"] == "migraine"
    assert goal["recommendations"][0]["formulation"] == "citrate"
    assert goal["avoid"][0]["formulation"] == "oxide"
    assert "not medical advice" in doc["disclaimer"]


def test_unknown_drug_is_named_unassessed_and_exits_3(run: RunFn) -> None:
    result = run(*mini("cautions", "--med", "furosemde", "--json"))
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["cautions"] == []
    unassessed = [(u["input"], u["suggestions"]) for u in doc["unassessed"]]
    assert unassessed == [("furosemde", ["furosemide"])]
