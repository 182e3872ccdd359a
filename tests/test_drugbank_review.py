"""The 2026-11-30 pass over DrugBank's tables, more Medscape lists and the UK magnesium SmPCs.

The per-class spacing rows live in test_interaction_review.py (REVIEWED, UNSPACED); this file
checks what the pass changed in what a user reads: the verdict names what was read, the mirrors
are marked as mirrors, and the medicines the lists name are no longer "not assessed".
"""

from __future__ import annotations

import re

from test_interaction_review import cautions

from conftest import RunFn

# Written out by hand from docs/interaction-review.md, not read from the rules file.
READ_VIA_MIRRORS = {
    "drugbank-mirror-mgo-dtweb": "alpha.dmi.unict.it/dtweb",
    "drugbank-via-pharmgkb-mg-hydroxide": "pharmgkb.org",
}
NAMED_BY_THE_LISTS = (
    "amprenavir",
    "dapsone",
    "nitroxoline",
    "cholestyramine",
    "colestipol",
    "colesevelam",
    "tubocurarine",
    "calcium polystyrene sulfonate",
    "phenobarbital",
    "cefixime",
    "chenodiol",
)


def test_verdict_names_the_drugbank_tables_read_and_cites_them(run: RunFn) -> None:
    doc = cautions(run, "sertraline")
    [verdict] = doc["cautions"][0]["classes"]
    assert verdict["id"] == "no-interaction-listed"
    text = verdict["effect"] + " " + verdict["severity_basis"]
    assert "DrugBank's magnesium oxide and hydroxide tables" in text
    assert "older DrugBank release" in text and "mirrors" in text
    assert "read only in part" in verdict["effect"]
    assert "was not read" not in text
    assert not re.search(r"\bsafe\b", text, re.IGNORECASE)
    assert set(READ_VIA_MIRRORS) <= set(verdict["sources"])
    assert "medscape-magnesium-citrate-interactions" in verdict["sources"]


def test_table_shows_the_new_verdict_wording(run: RunFn) -> None:
    result = run("cautions", "--med", "montelukast")
    assert result.code == 0
    assert "DrugBank's magnesium oxide and hydroxide tables" in result.flat
    assert "DrugBank's interaction table was not read" not in result.flat


def test_mirrors_are_marked_secondary_with_their_address_and_date(run: RunFn) -> None:
    for source_id, host in READ_VIA_MIRRORS.items():
        doc = run("sources", source_id, "--json").ok_doc()
        assert doc["secondary"] is True, source_id
        assert host in doc["url"]
        assert "2026-11-30" in doc["note"] and "DrugBank" in doc["note"]


def test_every_medicine_the_lists_name_is_assessed_with_a_cited_class(run: RunFn) -> None:
    result = run("cautions", "--json", *[arg for m in NAMED_BY_THE_LISTS for arg in ("--med", m)])
    doc = result.ok_doc()
    assert doc["unassessed"] == [] and doc["complete"] is True
    assert len(doc["cautions"]) == len(NAMED_BY_THE_LISTS)
    for entry in doc["cautions"]:
        assert entry["classes"], entry["input"]
        for klass in entry["classes"]:
            assert klass["id"] != "no-interaction-listed", entry["input"]
            assert klass["sources"] and klass["severity_basis"]


def test_cephalexin_no_longer_gets_the_none_listed_verdict(run: RunFn) -> None:
    # A UK antacid SmPC (emc 4880) names "cephalosporin antibiotics": the verdict of absence
    # would contradict a source that was read.
    doc = cautions(run, "Keflex")
    [klass] = doc["cautions"][0]["classes"]
    assert klass["id"] == "cephalosporin-other-uk"
    assert klass["direction"] == "lowers-drug"
    assert "emc-4880-mg-trisilicate-smpc" in klass["sources"]


def test_dapsone_says_the_hours_are_ours_and_what_the_study_found(run: RunFn) -> None:
    doc = cautions(run, "dapsone")
    [klass] = doc["cautions"][0]["classes"]
    assert klass["severity"] == "minor"
    assert "our" in klass["advice"] and "no significant" in klass["severity_basis"]
    assert {"drugbank-mirror-mgo-dtweb", "sahai-1995-dapsone-didanosine"} <= set(klass["sources"])
