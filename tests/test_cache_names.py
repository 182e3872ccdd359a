"""Names with quotes, backslashes, tabs and accents answer the same from the cache as from the
file: the cache's fast writer of name lists escapes exactly as JSON does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magadvise.rules.packing import columns, strings

from conftest import DATA, RunFn

ODD = {
    "quote-brand": 'Dr "Q" Lax',
    "backslash-brand": "Lax\\ium",
    "tab-brand": "Tab\tulax",
    "accent-brand": "Furosémide Ratio",
}


@pytest.fixture
def odd_rules(tmp_path: Path) -> Path:
    lines = [f"schema_version: 1\nextends: {json.dumps(str(DATA / 'mini.yaml'))}\nmedications:"]
    for id, brand in ODD.items():
        lines += [f"  {id}:", "    classes: [loop-diuretic]", f"    brands: [{json.dumps(brand)}]"]
    path = tmp_path / "odd.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_odd_names_resolve_and_are_suggested_alike_cold_and_warm(
    run: RunFn, odd_rules: Path
) -> None:
    typed = [arg for brand in ODD.values() for arg in ("--med", brand)]
    typo = ["--med", "Lax\\iumm", "--med", "Furosémde Ratio"]
    answers = []
    for _attempt in ("cold", "warm"):
        found = run("--rules", str(odd_rules), "cautions", *typed, "--json")
        assert found.code == 0, found.err
        missed = run("--rules", str(odd_rules), "cautions", *typo, "--json")
        assert missed.code == 3, missed.err
        answers.append((found.out, [u["suggestions"] for u in missed.json()["unassessed"]]))
    assert answers[0] == answers[1]
    assert {c["medication"] for c in json.loads(answers[1][0])["cautions"]} == set(ODD)
    assert answers[1][1] == [[ODD["backslash-brand"]], [ODD["accent-brand"]]]


@settings(suppress_health_check=[HealthCheck.too_slow])  # generation, not the code, is slow
@given(st.lists(st.lists(st.text())))
def test_name_lists_are_written_as_json_reads_them(value: list[list[str]]) -> None:
    assert json.loads(columns(value)) == value
    for item in value:
        assert json.loads(strings(item)) == item


def test_typo_neighbours_cross_chunk_edges() -> None:
    """The names nearest a typo are read across chunk edges, both ways, and stop where the
    shared start ends."""
    from magadvise.rules.nameindex import Sorted

    names = ["ab", "ca1", "ca2", "ca3", "ca4", "ca5", "cb"]
    chunks = [names[i : i + 2] for i in range(0, len(names), 2)]
    read: list[int] = []

    def load(number: int) -> list[list[str]]:
        read.append(number)
        return [chunks[number], ["id"] * len(chunks[number]), []]

    index = Sorted([chunk[0] for chunk in chunks], load)
    assert index.around("ca", "ca3x", 2) == ["ca2", "ca3", "ca4", "ca5"]
    assert index.around("ca", "ca3x", 10) == ["ca1", "ca2", "ca3", "ca4", "ca5"]
    assert index.around("zz", "zzz", 3) == []
    assert set(read) <= {0, 1, 2, 3}
