"""Each file in fixtures/broken gives exactly the problems its ``# expect:`` header names.

A header line is ``# expect: LINE:COL: message`` (or ``LINE: message``, or just ``message``
when the problem has no position), one per problem, in the order ``rules validate`` prints
them. Files that cannot carry a comment have their expectation in NO_HEADER.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

BROKEN = Path(__file__).parent / "fixtures" / "broken"
NO_HEADER = {
    "empty.yaml": ["the file is empty"],
    "blank.yaml": ["the file is empty"],
    "a-directory.yaml": ["is a directory, not a rules file"],
}
MARK = b"# expect: "


def expected(path: Path) -> list[str]:
    """The problem lines ``rules validate`` must print for this fixture."""
    if path.name in NO_HEADER:
        return [f"{path.name}: {message}" for message in NO_HEADER[path.name]]
    lines = []
    for raw in path.read_bytes().splitlines():
        if not raw.startswith(MARK):
            break
        text = raw[len(MARK) :].decode("utf-8")
        lines.append(f"{path.name}:{text}" if text[:1].isdigit() else f"{path.name}: {text}")
    return lines


FIXTURES = sorted(p.name for p in BROKEN.iterdir())


def test_every_fixture_names_what_it_expects() -> None:
    assert len(FIXTURES) >= 40
    for name in FIXTURES:
        assert expected(BROKEN / name), f"{name} has no '# expect:' header"


@pytest.mark.parametrize("name", FIXTURES)
def test_validate_prints_exactly_the_expected_problems(
    name: str, run: RunFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BROKEN)
    result = run("rules", "validate", name)
    assert result.code == 1
    assert result.out.splitlines() == expected(BROKEN / name)
    n = len(expected(BROKEN / name))
    assert result.err == f"magadvise: {name}: {n} problem{'s' if n > 1 else ''}\n"


@pytest.mark.parametrize("name", FIXTURES)
def test_json_carries_the_same_problems(
    name: str, run: RunFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BROKEN)
    result = run("rules", "validate", "--json", name)
    assert result.code == 1
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["valid"] is False
    problems = doc["files"][0]["problems"]
    shown = []
    for p in problems:
        where = "".join(f":{n}" for n in (p["line"], p["column"]) if n is not None)
        shown.append(f"{p['file']}{where}: {p['message']}")
    assert shown == expected(BROKEN / name)


@pytest.mark.parametrize("name", FIXTURES)
def test_every_command_refuses_it_on_stderr(
    name: str, run: RunFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BROKEN)
    result = run("--rules", name, "cautions", "--med", "furosemide")
    assert result.code == 1
    assert result.out == ""
    lines = result.err.splitlines()
    assert lines[0] == f"magadvise: error: {expected(BROKEN / name)[0]}"
    assert "Traceback" not in result.err
