"""Property tests: whatever the rules file or command line, a documented exit code, no traceback.

Bounded for CI by the ``magadvise-ci`` profile; run more with
``MAGADVISE_HYPOTHESIS=thorough pytest tests/test_properties.py``.
"""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from magadvise.cli import app
from magadvise.rules.kinds import Kind
from magadvise.rules.schema import ListOf, MapOf, Nullable, Record
from magadvise.rules.spec import RULES

from conftest import DATA

settings.register_profile(
    "magadvise-ci",
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
BOUNDED = settings(settings.get_profile(os.environ.get("MAGADVISE_HYPOTHESIS", "magadvise-ci")))

DOCUMENTED = {0, 1, 2, 3}
MINI = DATA / "mini.yaml"
MINI_DOC: dict[str, Any] = yaml.safe_load(MINI.read_text(encoding="utf-8"))
RUNNER = CliRunner()

HOSTILE_TEXT = st.sampled_from(
    [
        "NO", "yes", "on", "1.10", "20:00", "08:00", "~", "null", "[bold]x[/bold]", "[/x]",
        "\x1b[31m", "\u202e", "", " ", "-", "loop-diuretic", "furosemide", "s1", "citrate",
        "2012-01-01", ".nan", "1e999", "*alias", "&anchor", "!!python/object", "{", "]",
    ]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    HOSTILE_TEXT,
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=10), HOSTILE_TEXT), inner, max_size=4),
    ),
    max_leaves=12,
)


def invoke(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, list(args), catch_exceptions=True)
    return result.exit_code, result.stdout, result.stderr


def assert_clean(code: int, err: str) -> None:
    assert code in DOCUMENTED, err
    assert "Traceback" not in err
    assert "internal error" not in err, err


def with_file(data: bytes) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rules.yaml"
        path.write_bytes(data)
        yield str(path)


def check_rules_bytes(data: bytes) -> int:
    """Validate the bytes and use them as rules; return the validate exit code."""
    for path in with_file(data):
        code, _, err = invoke("rules", "validate", path)
        assert code in (0, 1)
        assert_clean(code, err)
        if code == 0:
            for args in (
                ("cautions", "-m", "furosemide", "-m", "Zestoretic", "-c", "ckd", "--age", "70"),
                ("cautions", "-m", "cipro", "--at", "cipro=08:00", "--json"),
                ("recommend", "--goal", "migraine", "--json"),
                ("formulations",),
                ("medications", "--json"),
                ("conditions",),
                ("rules", "show-source", "furosemide"),
            ):
                other, _, other_err = invoke("--rules", path, *args)
                assert_clean(other, other_err)
        else:
            used, out, used_err = invoke("--rules", path, "goals")
            assert (used, out) == (1, "")
            assert_clean(used, used_err)
        return code
    raise AssertionError("unreachable")


@BOUNDED
@given(st.text(max_size=400))
def test_any_text_is_a_clear_answer(text: str) -> None:
    check_rules_bytes(text.encode("utf-8"))


@BOUNDED
@given(st.binary(max_size=300))
def test_any_bytes_are_a_clear_answer(data: bytes) -> None:
    check_rules_bytes(data)


def node_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a mapping value or list item in the document."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += node_paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += node_paths(child, (*prefix, index))
    return found


def parent_of(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    """The small valid rules file with one to three random edits."""
    doc = copy.deepcopy(MINI_DOC)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = node_paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = parent_of(doc, path)
        key = path[-1]
        operation = draw(st.sampled_from(["delete", "replace", "rename", "insert"]))
        if operation == "delete":
            del parent[key]
        elif operation == "replace":
            parent[key] = draw(VALUES)
        elif operation == "rename" and isinstance(parent, dict):
            parent[draw(st.one_of(st.text(max_size=12), HOSTILE_TEXT))] = parent.pop(key)
        elif isinstance(parent[key], dict):
            parent[key][draw(st.one_of(st.text(max_size=12), HOSTILE_TEXT))] = draw(VALUES)
    return doc


@BOUNDED
@given(mutated())
def test_mutated_rules_are_a_clear_answer(doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    check_rules_bytes(text.encode("utf-8"))


@BOUNDED
@given(mutated(), st.data())
def test_mutated_yaml_text_is_a_clear_answer(doc: dict[str, Any], data: st.DataObject) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    at = data.draw(st.integers(min_value=0, max_value=len(text)))
    noise = data.draw(st.one_of(HOSTILE_TEXT, st.text(max_size=8), st.just("\t"), st.just(": ")))
    check_rules_bytes((text[:at] + noise + text[at:]).encode("utf-8"))


LEAVES = [p for p in node_paths(MINI_DOC) if not isinstance(parent_of(MINI_DOC, p)[p[-1]], dict)]
WRONG = st.one_of(
    st.sampled_from([None, True, False, 0, -1, 1200, 1.1, float("nan"), float("inf"), [], {}]),
    SCALARS,
)


@BOUNDED
@given(st.sampled_from(LEAVES), WRONG)
def test_any_value_of_any_type_anywhere_is_a_clear_answer(
    path: tuple[Any, ...], value: Any
) -> None:
    doc = copy.deepcopy(MINI_DOC)
    parent_of(doc, path)[path[-1]] = value
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    check_rules_bytes(text.encode("utf-8"))


def required_keys(
    kind: Kind, value: Any, path: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], str]]:
    """(path of a record, required key) for every required key present in the document."""
    if isinstance(kind, Nullable):
        yield from required_keys(kind.inner, value, path)
    elif isinstance(kind, Record) and isinstance(value, dict):
        for key, spec in kind.fields.items():
            if key in value:
                if spec.required:
                    yield path, key
                yield from required_keys(spec.kind, value[key], (*path, key))
    elif isinstance(kind, MapOf) and isinstance(value, dict):
        for key, child in value.items():
            yield from required_keys(kind.value, child, (*path, key))
    elif isinstance(kind, ListOf) and isinstance(value, list):
        for index, child in enumerate(value):
            yield from required_keys(kind.item, child, (*path, index))


REQUIRED = sorted(required_keys(RULES, MINI_DOC), key=repr)


@BOUNDED
@given(st.sampled_from(REQUIRED), st.booleans())
def test_a_lost_or_misspelt_required_key_is_never_an_all_clear(
    where: tuple[tuple[Any, ...], str], misspell: bool
) -> None:
    """The safety property: a caution cannot silently vanish because a key went missing."""
    path, key = where
    doc = copy.deepcopy(MINI_DOC)
    record = doc
    for part in path:
        record = record[part]
    value = record.pop(key)
    if misspell:
        record[key[:-1] + key[-1] * 2] = value
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    for rules in with_file(text.encode("utf-8")):
        code, out, _ = invoke("rules", "validate", rules)
        assert code == 1
        assert f"missing required key '{key}'" in out
        if misspell:
            assert "unknown key" in out
        used, _, used_err = invoke("--rules", rules, "cautions", "-m", "furosemide")
        assert used == 1
        assert_clean(used, used_err)


COMMAND_WORDS = st.sampled_from(
    [
        "recommend", "cautions", "formulations", "goals", "conditions", "medications",
        "sources", "dose", "intake", "foods", "plan", "rules", "validate", "schema",
        "show-source", "--json", "--med", "-m", "--condition", "-c", "--goal", "-g", "--age",
        "--at", "cipro=08:00", "cipro=25:00", "--help", "--version", "--class", "--no-cache",
        "furosemide", "Lasix", "migraine", "ckd", "glycinate", "-1", "1e9", "nan", "--",
        "[bold]x", "[/x]", "\x1b[2J", "=", "--rules",
    ]
)  # fmt: skip


@BOUNDED
@given(st.lists(st.one_of(COMMAND_WORDS, st.text(max_size=12)), max_size=7))
def test_any_command_line_is_a_clear_answer(words: list[str]) -> None:
    if "--rules" in words or "init" in words or "export" in words:
        words = [w for w in words if w not in ("--rules", "init", "export")]
    code, _, err = invoke("--rules", str(MINI), *words)
    assert_clean(code, err)
