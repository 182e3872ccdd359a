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
