"""The `rules` commands: validate, schema, export, init, show-source."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from magadvise.rules.rulesfile import shipped_rules

from conftest import DATA, RunFn, mini

MINI = DATA / "mini.yaml"
MINI_SUMMARY = (
    "valid: 1 source, 2 formulations, 1 goal, 5 medication classes, 7 medications, 2 conditions"
)


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small test rules stand in for the shipped rules."""
    path = tmp_path / "shipped" / "rules.yaml"
    path.parent.mkdir()
    shutil.copy(MINI, path)
    monkeypatch.setattr("magadvise.rules.rulesfile.shipped_rules", lambda: path)
    return path


def test_shipped_rules_validate(run: RunFn) -> None:
    result = run("rules", "validate")
    assert result.code == 0, result.out
    assert result.out == ""
    assert result.err.startswith(f"magadvise: {shipped_rules()}: valid: ")


def test_validate_a_valid_file(run: RunFn) -> None:
    result = run("rules", "validate", str(MINI))
    assert (result.code, result.out) == (0, "")
    assert result.err == f"magadvise: {MINI}: {MINI_SUMMARY}\n"


def test_validate_uses_the_rules_in_use(run: RunFn) -> None:
    assert run(*mini("rules", "validate")).err == f"magadvise: {MINI}: {MINI_SUMMARY}\n"
    by_env = run("rules", "validate", env={"MAGADVISE_RULES": str(MINI)})
    assert by_env.err == f"magadvise: {MINI}: {MINI_SUMMARY}\n"


def test_validate_many_files_reports_all_in_one_pass(run: RunFn, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("elemental_percent: 11.3", "elemental_percent: 140")
    text = text.replace("    severity: minor\n", "    sevrity: minor\n", 1)
    bad.write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    result = run("rules", "validate", str(MINI), str(bad), str(missing))
    assert result.code == 1
    assert result.out.splitlines() == [
        f"{bad}:11:5: formulations.citrate.elemental_percent: 140 is out of range: must be <= 100",
        f"{bad}:80:3: medication_classes.thiazide: medication class is missing required key "
        "'severity'",
        f"{bad}:84:5: medication_classes.thiazide.sevrity: unknown key 'sevrity' in medication "
        "class (did you mean 'severity' or 'severity_basis'?)",
        f"{missing}: no such file",
    ]
    assert result.err.splitlines() == [
        f"magadvise: {MINI}: {MINI_SUMMARY}",
        f"magadvise: {bad}: 3 problems",
        f"magadvise: {missing}: 1 problem",
        "magadvise: 3 files checked: 2 with problems, 4 problems in all",
    ]


def test_validate_json(run: RunFn, tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    result = run("rules", "validate", "--json", str(MINI), str(missing))
    assert result.code == 1
    assert result.json() == {
        "valid": False,
        "problem_count": 1,
        "files": [
            {
                "file": str(MINI),
                "valid": True,
                "layers": [str(MINI)],
                "counts": {
                    "sources": 1,
                    "formulations": 2,
                    "goals": 1,
                    "medication_classes": 5,
                    "medications": 7,
                    "conditions": 2,
                },
                "problems": [],
                "more_problems": 0,
            },
            {
                "file": str(missing),
                "valid": False,
                "layers": [],
                "counts": {},
                "problems": [
                    {"file": str(missing), "line": None, "column": None, "message": "no such file"}
                ],
                "more_problems": 0,
            },
        ],
    }


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def schema_doc(run: RunFn) -> dict[str, Any]:
    result = run("rules", "schema")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


def test_schema_header(run: RunFn) -> None:
    doc = schema_doc(run)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["$id"] == "urn:magadvise:rules-schema:v1"
    assert doc["title"] == "magadvise rules file"
    assert doc["additionalProperties"] is False
    classes = doc["properties"]["medication_classes"]["additionalProperties"]
    assert classes["properties"]["severity"]["enum"] == ["major", "moderate", "minor", "none"]
    times = classes["properties"]["typical_times"]["items"]["pattern"]
    assert times == "^(?:([01][0-9]|2[0-3]):[0-5][0-9])$"


def test_schema_accepts_good_files_and_rejects_bad_ones(run: RunFn) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = schema_doc(run)
    jsonschema.Draft202012Validator.check_schema(doc)
    check = jsonschema.Draft202012Validator(doc)
    good = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    assert list(check.iter_errors(good)) == []
    shipped = yaml.safe_load(shipped_rules().read_text(encoding="utf-8"))
    assert [e.message for e in check.iter_errors(shipped)] == []
    assert list(check.iter_errors({"extends": "default"})) == []
    assert not check.is_valid({"schema_version": 1})
    typo = yaml.safe_load(MINI.read_text(encoding="utf-8").replace("severity:", "sevrity:", 1))
    assert any("sevrity" in e.message for e in check.iter_errors(typo))
    percent = yaml.safe_load(MINI.read_text(encoding="utf-8").replace("11.3", "140"))
    assert not check.is_valid(percent)
    clock = yaml.safe_load(MINI.read_text(encoding="utf-8").replace('"07:00"', '"x07:00"'))
    assert not check.is_valid(clock)


def test_export_prints_the_shipped_file_exactly(run: RunFn, shipped: Path) -> None:
    result = run("rules", "export")
    assert result.code == 0
    assert result.out == shipped.read_text(encoding="utf-8")


def test_export_real_shipped_file_is_byte_exact(run: RunFn) -> None:
    result = run("rules", "export")
    assert result.code == 0
    assert result.out.encode("utf-8") == shipped_rules().read_bytes()


def test_init_copies_the_shipped_rules(run: RunFn, shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "mine.yaml"
    target.parent.mkdir()
    result = run("rules", "init", str(target))
    assert result.code == 0, result.err
    assert result.out == ""
    assert target.read_bytes() == shipped.read_bytes()
    assert result.err.splitlines() == [
        f"magadvise: wrote {target}: a copy of the shipped rules",
        f"magadvise: check it with: magadvise rules validate {target}",
    ]
    assert names(target.parent) == ["mine.yaml"]
    assert run("rules", "validate", str(target)).code == 0


def test_init_refuses_to_overwrite_without_force(run: RunFn, shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("my precious rules\n", encoding="utf-8")
    result = run("rules", "init", str(target))
    assert result.code == 2
    assert result.err == f"magadvise: error: {target} already exists; add --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "my precious rules\n"
    forced = run("rules", "init", "--force", str(target))
    assert forced.code == 0
    assert target.read_bytes() == shipped.read_bytes()
    assert names(tmp_path) == ["mine.yaml", "shipped"]


def test_init_never_leaves_half_a_file(
    run: RunFn, shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("old\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    # without --force: the file exists (2); with it: the disk is full, output failed (74)
    for args, code in (
        (("rules", "init", str(target)), 2),
        (("rules", "init", "--force", str(target)), 74),
    ):
        result = run(*args)
        assert result.code == code
        assert target.read_text(encoding="utf-8") == "old\n"
    assert result.err == f"magadvise: error: cannot write {target}: No space left on device\n"
    fresh = tmp_path / "fresh.yaml"
    assert run("rules", "init", str(fresh)).code == 74
    assert not fresh.exists()
    assert names(tmp_path) == ["mine.yaml", "shipped"]


def test_init_into_a_directory_or_nowhere(run: RunFn, shipped: Path, tmp_path: Path) -> None:
    into_dir = run("rules", "init", str(tmp_path))
    assert into_dir.code == 2
    assert into_dir.err == f"magadvise: error: {tmp_path} is a directory; give a file name\n"
    nowhere = tmp_path / "no" / "such" / "dir.yaml"
    missing = run("rules", "init", str(nowhere))
    assert missing.code == 2
    assert missing.err == f"magadvise: error: cannot write {nowhere}: No such file or directory\n"


def test_init_a_file_that_appears_meanwhile_is_not_clobbered(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from magadvise.errors import UsageError
    from magadvise.output import write_file

    target = tmp_path / "race.yaml"
    real_fsync = os.fsync

    def someone_else_writes(fd: int) -> None:
        real_fsync(fd)
        target.write_text("theirs\n", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", someone_else_writes)
    with pytest.raises(UsageError, match="already exists"):
        write_file(target, b"ours\n")
    assert target.read_text(encoding="utf-8") == "theirs\n"
    assert names(tmp_path) == ["race.yaml", "shipped"]


def test_show_source_single_file(run: RunFn) -> None:
    result = run(*mini("rules", "show-source", "classes", "levothyroxine"))
    assert result.out == f"medication_classes.levothyroxine: {MINI}:58:3\n"
    both = run(*mini("rules", "show-source", "levothyroxine"))
    assert both.out.splitlines() == [
        f"medication_classes.levothyroxine: {MINI}:58:3",
        f"medications.levothyroxine: {MINI}:106:3",
    ]
    by_name = run(*mini("rules", "show-source", "HCTZ"))
    assert by_name.out == f"medications.hydrochlorothiazide: {MINI}:112:3\n"


def test_show_source_unknown(run: RunFn) -> None:
    result = run(*mini("rules", "show-source", "furosemde"))
    assert result.code == 2
    assert result.err.splitlines() == [
        "magadvise: error: no entry 'furosemde' in any section",
        "magadvise: did you mean 'furosemide'?",
    ]
    section = run(*mini("rules", "show-source", "medicatons", "furosemide"))
    assert section.code == 2
    assert section.err.splitlines() == [
        "magadvise: error: no section 'medicatons'",
        "magadvise: did you mean 'medications', 'medication_classes' or 'conditions'?",
    ]


def test_rules_without_subcommand_shows_help(run: RunFn) -> None:
    result = run("rules")
    assert result.code in (0, 2)
    assert "validate" in result.out + result.err
