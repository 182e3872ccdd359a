"""A rules file with thousands of problems gets a bounded report, and a flood of keys is refused."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA, RunFn


def test_the_report_stops_at_200_problems_and_counts_the_rest(run: RunFn, tmp_path: Path) -> None:
    rules = tmp_path / "many.yaml"
    keys = "".join(f"key{n}: 1\n" for n in range(1000))
    rules.write_text(f"extends: {DATA / 'mini.yaml'}\n{keys}", encoding="utf-8")
    result = run("rules", "validate", str(rules))
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 201
    assert lines[0] == f"{rules}:2:1: key0: unknown key 'key0' in rules file"
    assert lines[-1] == f"{rules}: ... and 800 more problems"
    assert result.err == f"magadvise: {rules}: 1,000 problems\n"
    doc = run("rules", "validate", "--json", str(rules)).json()
    assert isinstance(doc, dict)
    assert doc["problem_count"] == 1000
    assert len(doc["files"][0]["problems"]) == 200
    assert doc["files"][0]["more_problems"] == 800
    used = run("--rules", str(rules), "goals")
    assert used.code == 1 and used.out == ""
    err = used.err.splitlines()
    assert len(err) == 202
    assert err[-2:] == [
        "magadvise: ... and 800 more problems",
        "magadvise: 1,000 problems; the rules file cannot be used",
    ]


def test_a_flood_of_top_level_keys_is_refused_before_parsing(run: RunFn, tmp_path: Path) -> None:
    rules = tmp_path / "flood.yaml"
    rules.write_text("".join(f"k{n}: 1\n" for n in range(200_000)), encoding="utf-8")
    result = run("rules", "validate", str(rules))
    assert result.code == 1
    assert result.out == (
        f"{rules}: 200,000 top-level keys; a rules file has a dozen sections (sources, "
        "formulations, goals, medications, ...): refusing to read it\n"
    )


def test_past_200_problems_the_first_by_place_are_kept(run: RunFn, tmp_path: Path) -> None:
    """A missing top-level key sorts first, so it is among the 200 kept whatever comes later."""
    mini = (DATA / "mini.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    body = "".join(line for line in mini if not line.startswith("schema_version"))
    bad = "".join(f"  bad{n}:\n    clases: [x]\n    brands: oops\n" for n in range(150))
    rules = tmp_path / "late.yaml"
    rules.write_text(body.replace("medications:\n", f"medications:\n{bad}", 1), encoding="utf-8")
    result = run("rules", "validate", str(rules))
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 201 and lines[-1].endswith("more problems")
    assert lines[0] == f"{rules}:1:1: rules file is missing required key 'schema_version'"
