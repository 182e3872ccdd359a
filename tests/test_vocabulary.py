"""Names only the drug vocabulary knows: recognised, never taken for safe; brands of known ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import RunFn

pytest.importorskip("drug_named_entity_recognition", reason="the drug vocabulary is not installed")


def test_a_real_medicine_not_reviewed_is_recognised_and_not_assessed(run: RunFn) -> None:
    result = run("cautions", "--med", "Spinraza", "--med", "furosemide")
    assert result.code == 3
    assert "Spinraza is nusinersen (drug vocabulary)" in result.flat
    assert "NOT reviewed for magnesium: NOT checked" in result.flat


def test_a_misspelling_the_vocabulary_lists_is_still_a_did_you_mean(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "levothyroxin").json()
    assert isinstance(doc, dict)
    assert doc["cautions"] == []
    assert doc["unassessed"][0]["suggestions"] == ["levothyroxine"]


def test_recognised_names_in_json_carry_the_generic_and_no_typo_guess(run: RunFn) -> None:
    result = run("cautions", "--json", "--med", "Fintepla", "--med", "furosemde")
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    by_input = {u["input"]: u for u in doc["unassessed"]}
    assert by_input["Fintepla"]["recognised_as"] == "fenfluramine"
    assert by_input["furosemde"]["recognised_as"] is None
    assert by_input["furosemde"]["suggestions"] == ["furosemide"]
    assert doc["complete"] is False


def test_a_brand_only_the_vocabulary_knows_gets_its_generics_cautions_marked(run: RunFn) -> None:
    result = run("cautions", "--med", "Hygroton")
    assert result.code == 0, result.err
    assert "Hygroton = chlorthalidone" in result.flat
    assert "the drug vocabulary reads it as chlorthalidone" in result.flat
    assert "Check that this is your medicine" in result.flat
    assert "thiazide" in result.flat.lower()
    doc = run("cautions", "--json", "--med", "Hygroton").json()
    assert isinstance(doc, dict)
    (caution,) = doc["cautions"]
    assert caution["medication"] == "chlorthalidone"
    assert caution["matched_by"] == "vocabulary"


def test_names_the_rules_know_never_consult_the_vocabulary(run: RunFn) -> None:
    result = run("cautions", "--json", "--med", "Lasix")
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["cautions"][0]["matched_by"] == "name"
    cache = Path(os.environ["MAGADVISE_CACHE_DIR"])
    assert not list(cache.glob("vocabulary-*"))


def test_after_the_first_unknown_name_the_package_is_not_imported_again(tmp_path: Path) -> None:
    env = {**os.environ, "MAGADVISE_CACHE_DIR": str(tmp_path)}
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "magadvise",
        "cautions",
        "--med",
        "Spinraza",
    ]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert first.returncode == 3
    assert "drug_named_entity_recognition" in first.stderr
    assert list(tmp_path.glob("vocabulary-*.sqlite"))
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert second.returncode == 3
    assert "Spinraza is nusinersen" in " ".join(second.stdout.split())
    assert "drug_named_entity_recognition" not in second.stderr


def test_without_a_writable_cache_the_vocabulary_still_answers(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    env = {**os.environ, "MAGADVISE_CACHE_DIR": str(blocked / "cache")}
    command = [sys.executable, "-m", "magadvise", "cautions", "--med", "Fintepla"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 3
    assert "Fintepla is fenfluramine" in " ".join(result.stdout.split())
    assert "Traceback" not in result.stderr
