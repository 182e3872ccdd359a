"""Route: an absorption caution does not apply to a form that bypasses the gut, but is shown."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def only(run: RunFn, typed: str) -> dict[str, Any]:
    doc = run("cautions", "--json", "--med", typed).ok_doc()
    assert len(doc["cautions"]) == 1
    caution = doc["cautions"][0]
    assert isinstance(caution, dict)
    caution["timing"] = doc["timing"]
    return caution


def classes(caution: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in caution["classes"]}


@pytest.mark.parametrize(
    ("typed", "klass"),
    [
        ("doxycycline 100 mg IV", "tetracycline"),
        ("ciprofloxacin 0.3% eye drops", "fluoroquinolone-ciprofloxacin"),
        ("levofloxacin injection", "fluoroquinolone"),
        ("levothyroxine 100 mcg injection", "levothyroxine"),
        ("ketoconazole 2% cream", "reduced-absorption-other"),
        ("moxifloxacin 400 mg/250 mL IV infusion", "fluoroquinolone-moxifloxacin"),
    ],
)
def test_absorption_caution_does_not_apply_but_is_shown(run: RunFn, typed: str, klass: str) -> None:
    caution = only(run, typed)
    shown = classes(caution)[klass]
    assert shown["applies"] is False
    assert "does not pass through the gut" in shown["not_applicable_because"]
    assert shown["advice"]  # the caution itself is still there, whole
    assert caution["severity"] is None
    assert caution["timing"] is None  # no spacing to plan for a form that bypasses the gut


@pytest.mark.parametrize(
    ("typed", "klass"),
    [
        ("furosemide 10 MG/ML Injectable Solution", "loop-diuretic"),
        ("cetuximab IV", "egfr-inhibitor"),
        ("gentamicin 80 mg IM", "aminoglycoside"),
        ("tobramycin inhalation solution", "aminoglycoside"),
        ("tacrolimus ointment", "calcineurin-inhibitor"),
        ("rocuronium injection", "neuromuscular-blocker"),
    ],
)
def test_a_depleting_or_additive_caution_applies_on_every_route(
    run: RunFn, typed: str, klass: str
) -> None:
    caution = only(run, typed)
    shown = classes(caution)[klass]
    assert shown["applies"] is True
    assert shown["not_applicable_because"] is None
    assert caution["severity"] == shown["severity"]


@pytest.mark.parametrize(
    "typed", ["doxycycline", "doxycycline 100 mg capsule", "doxycycline oral", "doxycycline PO"]
)
def test_by_mouth_or_unstated_it_applies_with_its_timing(run: RunFn, typed: str) -> None:
    caution = only(run, typed)
    assert classes(caution)["tetracycline"]["applies"] is True
    assert caution["timing"]["constraints"][0]["classes"] == ["tetracycline"]


def test_oral_and_injected_forms_of_one_drug(run: RunFn) -> None:
    doc = run(
        "cautions", "--json", "--med", "doxycycline 100 mg IV", "--med", "doxycycline 100 mg"
    ).ok_doc()
    by_input = {m["input"]: m for m in doc["cautions"]}
    assert by_input["doxycycline 100 mg"]["classes"][0]["applies"] is True
    assert by_input["doxycycline 100 mg"]["classes"][0]["repeated"] is False
    assert by_input["doxycycline 100 mg IV"]["classes"][0]["applies"] is False
    assert [c["medication"] for c in doc["timing"]["constraints"]] == ["doxycycline"]


def test_the_table_says_why(run: RunFn) -> None:
    result = run("cautions", "--med", "levothyroxine injection")
    assert result.code == 0
    assert (
        "does not apply to this route: magnesium taken by mouth lowers this medicine's "
        "absorption in the gut, and an injected form does not pass through the gut"
    ) in result.flat
    assert "Daily timing plan" not in result.flat


def test_the_plan_says_why(run: RunFn) -> None:
    result = run(
        "plan", "--goal", "migraine", "--age", "40", "--sex", "female",
        "--med", "ciprofloxacin eye drops", "--format", "markdown",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "does not apply to this route" in result.out


@pytest.mark.parametrize(
    "typed", ["INH", "INH 300 mg (isoniazid)", "INH 300 mg [isoniazid]", "cream of magnesia"]
)
def test_a_name_made_of_route_or_form_words_is_a_name(run: RunFn, typed: str) -> None:
    """`INH` is isoniazid, by mouth, not 'inhaled'; `cream of magnesia` is taken by mouth."""
    caution = only(run, typed)
    assert caution["read_as"]["route_stated"] is False
    assert all(c["applies"] for c in caution["classes"])
