"""A pharmacist's review of the advice: primary sources, spacing and gating seen by a user."""

from __future__ import annotations

from conftest import RunFn, cautions_json


def test_atorvastatin_cites_the_lipitor_label_not_a_secondary_summary(run: RunFn) -> None:
    code, doc = cautions_json(run, "Lipitor 20 mg")
    assert code == 0
    cls = doc["cautions"][0]["classes"][0]
    assert cls["id"] == "statin-atorvastatin"
    assert cls["sources"] == ["dailymed-lipitor"]
    assert "35%" in cls["effect"] and "secondary" not in cls["effect"]
    assert "triglyceride" not in cls["effect"]
    listed = run("sources", "--json").json()
    text = str(listed)
    assert "dailymed-lipitor" in text and "medizzine-atorvastatin" not in text


def test_rilpivirine_spacing_follows_edurant_and_juluca_gets_the_longer_gap(run: RunFn) -> None:
    code, doc = cautions_json(run, "Edurant")
    assert code == 0
    cls = doc["cautions"][0]["classes"][0]
    assert cls["id"] == "rilpivirine"
    assert "dailymed-edurant" in cls["sources"]
    assert (cls["spacing"]["magnesium_before_h"], cls["spacing"]["magnesium_after_h"]) == (2, 4)
    assert "matches the Juluca" not in cls["advice"] and "safe" not in cls["advice"]
    code, doc = cautions_json(run, "Juluca")
    constraint = doc["timing"]["constraints"][0]
    assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (6, 4)


def test_hypermagnesemia_advice_has_no_safe_verdict(run: RunFn) -> None:
    result = run("dose", "oxide", "400", "-c", "hypermagnesemia")
    assert result.code == 4
    assert "safe" not in result.flat.lower()


def test_alendronate_cites_its_own_label_and_calls_four_hours_our_choice(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "Fosamax 70 mg weekly").ok_doc()
    klass = doc["cautions"][0]["classes"][0]
    assert "dailymed-fosamax" in klass["sources"]
    assert "half an hour" in klass["advice"]
    assert "our choice" in klass["spacing"]["note"]


def test_biktarvy_says_the_six_hour_option_is_not_from_the_label(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "Biktarvy").ok_doc()
    klass = doc["cautions"][0]["classes"][0]
    assert "the only option the US label gives" in klass["advice"]
    assert "not from the label" in klass["spacing"]["note"]


def test_rybelsus_tablets_keep_the_label_gap_and_injections_do_not(run: RunFn) -> None:
    code, doc = cautions_json(run, "Rybelsus 7 mg daily")
    assert code == 0
    cls = doc["cautions"][0]["classes"][0]
    assert (cls["id"], cls["severity"]) == ("oral-semaglutide", "moderate")
    assert cls["spacing"]["magnesium_after_h"] == 0.5 and "our reading" in cls["spacing"]["note"]
    assert cls["sources"] == ["label-rybelsus"]
    for pen in ("Ozempic 1 mg subcutaneously weekly", "Wegovy 2.4 mg prefilled pen weekly"):
        code, doc = cautions_json(run, pen)
        assert code == 0 and doc["unassessed"] == []
        assert doc["cautions"][0]["classes"][0]["applies"] is False
    code, doc = cautions_json(run, "Pen VK 500 mg qid")  # penicillin V, not a pen
    assert code == 0 and doc["cautions"][0]["medication"] == "penicillin-v"


def test_an_ophthalmic_emulsion_is_an_eye_form_not_a_medicine(run: RunFn) -> None:
    code, doc = cautions_json(run, "cyclosporine 0.5 MG/ML Ophthalmic Emulsion [Restasis]")
    assert doc["unassessed"] == [] and code == 0
    assert {c["read_as"]["route"] for c in doc["cautions"]} == {"eye"}
