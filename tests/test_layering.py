"""Layered rules: a user file extends the shipped one (or another) to add or replace entries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import DATA, RunFn

SEVERE_LOOP = """\
medication_classes:
  loop-diuretic:
    name: "Loop diuretics (local policy)"
    group: diuretic
    direction: depletes-magnesium
    severity: major
    severity_basis: "Local formulary committee."
    effect: "Lowers magnesium."
    advice: "Check magnesium every month."
    sources: [s1]
"""
TORSEMIDE = """\
medications:
  torsemide:
    classes: [loop-diuretic]
    brands: ["Demadex"]
"""


@pytest.fixture
def base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small test rules stand in for the shipped rules (``extends: default``)."""
    shipped = tmp_path / "shipped" / "rules.yaml"
    shipped.parent.mkdir()
    shutil.copy(DATA / "mini.yaml", shipped)
    monkeypatch.setattr("magadvise.rules.rulesfile.shipped_rules", lambda: shipped)
    return shipped


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def severity_of(run: RunFn, rules: Path, med: str) -> str:
    result = run("--rules", str(rules), "cautions", "--med", med, "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return str(doc["cautions"][0]["classes"][0]["severity"])


def test_override_replaces_the_shipped_entry(run: RunFn, base: Path, tmp_path: Path) -> None:
    local = write(tmp_path / "local.yaml", "extends: default\n" + SEVERE_LOOP)
    assert severity_of(run, base, "furosemide") == "moderate"
    assert severity_of(run, local, "furosemide") == "major"
    shown = run("--rules", str(local), "rules", "show-source", "loop-diuretic")
    assert shown.code == 0, shown.err
    assert shown.out == (f"medication_classes.loop-diuretic: {local}:3:3 (replaces {base}:49:3)\n")


def test_override_is_whole_so_a_missing_field_is_an_error(
    run: RunFn, base: Path, tmp_path: Path
) -> None:
    partial = SEVERE_LOOP.replace("    severity: major\n", "")
    local = write(tmp_path / "local.yaml", "extends: default\n" + partial)
    result = run("rules", "validate", str(local))
    assert result.code == 1
    assert result.out == (
        f"{local}:3:3: medication_classes.loop-diuretic: "
        "medication class is missing required key 'severity'\n"
    )


def test_added_entry_is_used_and_traced(run: RunFn, base: Path, tmp_path: Path) -> None:
    local = write(tmp_path / "local.yaml", "extends: default\n" + TORSEMIDE)
    assert severity_of(run, local, "Demadex") == "moderate"
    shown = run("--rules", str(local), "rules", "show-source", "medications", "torsemide")
    assert shown.out == f"medications.torsemide: {local}:3:3\n"
    untouched = run("--rules", str(local), "rules", "show-source", "Lasix", "--json")
    assert untouched.json() == {
        "entries": [
            {
                "section": "medications",
                "id": "furosemide",
                "file": str(base),
                "line": 99,
                "column": 3,
                "replaces": [],
            }
        ]
    }


def test_chain_of_three_files_later_layers_win(run: RunFn, base: Path, tmp_path: Path) -> None:
    (tmp_path / "team").mkdir()
    team = write(tmp_path / "team" / "team.yaml", "extends: default\n" + TORSEMIDE)
    me = write(tmp_path / "me.yaml", "extends: team/team.yaml\n" + SEVERE_LOOP)
    assert severity_of(run, me, "torsemide") == "major"
    validated = run("rules", "validate", str(me))
    assert validated.code == 0
    assert f"(extends {base}, {team})" in validated.err
    shown = run("--rules", str(me), "rules", "show-source", "torsemide")
    assert shown.out == f"medications.torsemide: {team}:3:3\n"


def test_relative_extends_is_relative_to_the_file_not_the_cwd(
    run: RunFn, base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rules").mkdir()
    write(tmp_path / "rules" / "team.yaml", "extends: default\n" + TORSEMIDE)
    me = write(tmp_path / "rules" / "me.yaml", "extends: team.yaml\n")
    monkeypatch.chdir(base.parent)
    assert run("rules", "validate", str(me)).code == 0


def test_a_loop_is_reported_where_it_closes(run: RunFn, base: Path, tmp_path: Path) -> None:
    a = write(tmp_path / "a.yaml", "extends: b.yaml\n")
    b = write(tmp_path / "b.yaml", "# b\nextends: a.yaml\n")
    result = run("rules", "validate", str(a))
    assert result.code == 1
    assert result.out == f"{b}:2:1: 'extends' forms a loop: {a} is already a layer\n"


def test_missing_base_is_reported_at_the_extends_line(
    run: RunFn, base: Path, tmp_path: Path
) -> None:
    me = write(tmp_path / "me.yaml", "schema_version: 1\nextends: ../nowhere/base.yaml\n")
    result = run("--rules", str(me), "goals")
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        f"magadvise: error: {me}:2:1: extends: {tmp_path}/../nowhere/base.yaml does not exist"
    )


def test_missing_shipped_rules_named_clearly(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone" / "rules.yaml"
    monkeypatch.setattr("magadvise.rules.rulesfile.shipped_rules", lambda: gone)
    me = write(tmp_path / "me.yaml", "extends: default\n")
    result = run("rules", "validate", str(me))
    assert result.out == f"{me}:1:1: extends: {gone} does not exist\n"


def test_a_base_that_is_not_a_mapping(run: RunFn, base: Path, tmp_path: Path) -> None:
    write(tmp_path / "list.yaml", "- a\n- b\n")
    me = write(tmp_path / "me.yaml", "extends: list.yaml\n")
    result = run("rules", "validate", str(me))
    assert (
        result.out
        == f"{tmp_path}/list.yaml:1:1: a rules file must be a mapping of sections, got a list\n"
    )


def test_too_many_layers(run: RunFn, base: Path, tmp_path: Path) -> None:
    write(tmp_path / "l0.yaml", "extends: default\n")
    for n in range(1, 10):
        write(tmp_path / f"l{n}.yaml", f"extends: l{n - 1}.yaml\n")
    result = run("rules", "validate", str(tmp_path / "l9.yaml"))
    assert result.code == 1
    assert result.out == f"{tmp_path}/l2.yaml:1:1: more than 8 layers of 'extends'\n"


def test_problems_are_located_in_the_layer_that_wrote_them(
    run: RunFn, base: Path, tmp_path: Path
) -> None:
    broken = TORSEMIDE.replace("[loop-diuretic]", "[loop-diruetic]")
    me = write(tmp_path / "me.yaml", "extends: default\n" + broken)
    result = run("rules", "validate", str(me))
    assert result.out == (
        f"{me}:4:15: medications.torsemide.classes[0]: unknown medication class "
        "'loop-diruetic' (did you mean 'loop-diuretic'?)\n"
    )


def test_a_local_brand_may_not_shadow_a_shipped_one(run: RunFn, base: Path, tmp_path: Path) -> None:
    me = write(tmp_path / "me.yaml", "extends: default\n" + TORSEMIDE.replace("Demadex", "Lasix"))
    result = run("rules", "validate", str(me))
    assert result.code == 1
    assert "the name 'lasix' is claimed by both 'furosemide' and 'torsemide'" in result.out


def test_env_var_and_default_keyword(run: RunFn, base: Path, tmp_path: Path) -> None:
    me = write(tmp_path / "me.yaml", "extends: default\n" + TORSEMIDE)
    result = run("cautions", "--med", "torsemide", env={"MAGADVISE_RULES": str(me)})
    assert result.code == 0, result.err
    assert run("rules", "validate", env={"MAGADVISE_RULES": "default"}).code == 0


def test_layered_starter_validates(run: RunFn, base: Path, tmp_path: Path) -> None:
    target = tmp_path / "local.yaml"
    made = run("rules", "init", "--layered", str(target))
    assert made.code == 0, made.err
    text = target.read_text(encoding="utf-8")
    assert "extends: default\n" in text
    assert "# yaml-language-server: $schema=magadvise.schema.json" in text
    checked = run("rules", "validate", str(target))
    assert checked.code == 0, checked.out
    # Uncommenting the example entry gives a valid file too.
    example = text.replace("# medications:", "medications:").replace("#   ", "  ")
    example = example.replace("#     ", "    ")
    write(target, example)
    assert run("rules", "validate", str(target)).code == 0
    assert run("--rules", str(target), "cautions", "--med", "Localbrand").code == 0
