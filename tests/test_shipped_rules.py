"""The shipped rules file: it validates, every reference resolves, and it covers what we promise."""

from __future__ import annotations

import re

import pytest

from magadvise.rules.layers import read_layers
from magadvise.rules.load import load_rules
from magadvise.rules.ruleset import Rules
from magadvise.rules.rulesfile import shipped_rules

from conftest import RunFn

FORMS = [
    "oxide", "citrate", "glycinate", "l-threonate", "malate", "chloride", "sulfate",
    "taurate", "lactate", "carbonate", "hydroxide", "gluconate", "aspartate", "orotate",
]  # fmt: skip
GOALS = {
    "migraine": "migraine",
    "muscle tension": "muscle-tension",
    "constipation": "constipation",
    "fibromyalgia": "fibromyalgia",
    "stress": "stress-anxiety",
    "anxiety": "stress-anxiety",
    "sleep": "sleep",
    "leg cramps": "leg-cramps",
    "top up": "general",
}


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(use_cache=False)


def test_shipped_file_is_inside_the_package() -> None:
    path = shipped_rules()
    assert path.name == "rules.yaml"
    assert path.is_file()


def test_shipped_rules_validate_with_no_problems() -> None:
    from magadvise.rules.problems import check

    _, _, problems = check(read_layers(shipped_rules()))
    assert problems == []


def test_every_reference_resolves(rules: Rules) -> None:
    for goal in rules.goals:
        for rec in goal.recommendations:
            assert rec.formulation in rules.formulations
            assert all(s in rules.sources for s in rec.sources)
        for avoid in goal.avoid:
            assert avoid.formulation in rules.formulations
        assert all(s in rules.sources for s in goal.sources)
    for klass in rules.classes:
        assert klass.sources and all(s in rules.sources for s in klass.sources)
    for medication in rules.medications:
        assert all(c in rules.classes for c in medication.classes)
        assert all(i in rules.medications for i in medication.ingredients)
    for formulation in rules.formulations:
        assert formulation.sources and all(s in rules.sources for s in formulation.sources)
    for condition in rules.conditions:
        assert condition.sources and all(s in rules.sources for s in condition.sources)


def test_every_source_is_citable(rules: Rules) -> None:
    for source in rules.sources:
        assert source.url or source.pmid or source.doi, source.id


@pytest.mark.parametrize("form", FORMS)
def test_required_formulations(rules: Rules, form: str) -> None:
    formulation = rules.formulations[form]
    assert 0 < formulation.elemental_percent <= 100


@pytest.mark.parametrize(("typed", "goal"), GOALS.items())
def test_required_goals_answer_to_plain_names(run: RunFn, typed: str, goal: str) -> None:
    result = run("recommend", "--goal", typed, "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["goals"][0]["id"] == goal


def test_evidence_is_graded_honestly(rules: Rules) -> None:
    cramps = rules.goals["leg-cramps"]
    assert (cramps.evidence, cramps.finding) == ("strong", "no-benefit")
    migraine = rules.goals["migraine"]
    assert migraine.evidence == "moderate"
    assert "l-threonate" in {a.formulation for a in migraine.avoid}
    assert "l-threonate" not in {r.formulation for r in migraine.recommendations}
    oxide = rules.formulations["oxide"]
    assert oxide.elemental_percent == 60.3
    assert "4%" in oxide.absorption


def test_diuretic_and_blood_pressure_classes_are_covered(rules: Rules) -> None:
    groups = {c.id: c.group for c in rules.classes}
    for klass in ("loop-diuretic", "thiazide-diuretic", "potassium-sparing-diuretic"):
        assert groups[klass] == "diuretic"
    for klass in ("ace-inhibitor", "arb", "calcium-channel-blocker", "beta-blocker"):
        assert groups[klass] == "blood-pressure"
    for klass in ("loop-diuretic", "thiazide-diuretic", "ace-inhibitor", "arb", "beta-blocker"):
        members = [m for m in rules.medications if klass in m.classes]
        assert len(members) >= 4, klass
        assert sum(bool(m.brands) for m in members) >= 3, klass


def test_main_job_on_the_shipped_rules(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine")
    assert result.code == 0
    assert "Migraine prevention" in result.out
    assert "not medical advice" in result.flat


def test_a_clinician_only_treatment_never_becomes_a_supplement_dose(run: RunFn) -> None:
    advice = run("recommend", "--goal", "migraine attack", "--json").json()
    assert isinstance(advice, dict)
    assert advice["goals"][0]["self_care"] is False
    shown = run("recommend", "--goal", "migraine attack")
    assert "not a self-treatment" in shown.flat
    for args in (
        ("plan", "--goal", "acute-migraine-iv", "--age", "40", "--sex", "female"),
        ("dose", "sulfate", "1000", "--goal", "migraine attack"),
    ):
        refused = run(*args)
        assert refused.code == 2
        assert refused.out == ""
        assert "is a treatment a clinician gives, not a supplement dose" in refused.err


def test_each_percent_is_the_arithmetic_of_the_weight_its_basis_gives(run: RunFn) -> None:
    """A form whose basis names a molecular weight shows the percent that weight gives
    (24.305 g/mol of magnesium per atom), to the tenth shown: aspartate 8.4, orotate 7.3."""
    forms = run("formulations", "--json").ok_doc()
    checked = 0
    for form in forms["formulations"]:
        weight = re.search(r"\(MW (\d+(?:\.\d+)?)\)", form["elemental_basis"] or "")
        if weight is None:
            continue
        atoms = 3 if "Mg3" in form["elemental_basis"] else 1
        expected = round(100 * atoms * 24.305 / float(weight[1]), 1)
        assert form["elemental_percent"] == pytest.approx(expected, abs=0.051), form["id"]
        checked += 1
    assert checked >= 10
