"""Large formularies (20,000 and 100,000 medicines, names clustered on one prefix or realistic):
names resolve, misspellings stay unassessed with the right suggestion, completion offers the
right names, and the cache gives the same answers as a fresh parse. Answers, never times."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from magadvise.rules.names import normalize

from conftest import Formulary, RunFn

CASES = [("clustered", 20_000), ("realistic", 20_000), ("clustered", 100_000)]


@pytest.fixture(scope="module", params=CASES, ids=[f"{s}-{n // 1000}k" for s, n in CASES])
def big(request: Any, formulary: Callable[[str, int], Formulary]) -> Formulary:
    style, count = request.param
    return formulary(style, count)


def _cautions(run: RunFn, path: str, *names: str) -> tuple[int, dict[str, Any]]:
    args = [arg for name in names for arg in ("--med", name)]
    result = run("--rules", path, "cautions", *args, "--json")
    assert result.code in (0, 3), result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


def _spelt(data: dict[str, Any], name: str) -> str:
    """The id a name (generic or brand) belongs to in the generated data."""
    for id, entry in data["medications"].items():
        if normalize(name) in {normalize(id), *map(normalize, entry.get("brands", ()))}:
            return str(id)
    raise AssertionError(name)


def test_ten_names_cold_then_warm(run: RunFn, big: Formulary) -> None:
    path, data, sample = big
    assert len(data["medications"]) > 20_000
    wanted = {_spelt(data, name) for name in sample["names"]} | {"furosemide"}
    for attempt in ("cold", "warm"):
        code, doc = _cautions(run, str(path), *sample["names"], "Lasix")
        assert code == 0, attempt
        assert {c["medication"] for c in doc["cautions"]} == wanted, attempt
        assert doc["unassessed"] == []


def test_each_misspelling_is_unassessed_and_suggests_the_name(run: RunFn, big: Formulary) -> None:
    path, data, sample = big
    run("--rules", str(path), "goals", "--json")  # the cache is written
    code, doc = _cautions(run, str(path), *sample["typos"])
    assert code == 3
    assert doc["cautions"] == []
    assert [u["input"] for u in doc["unassessed"]] == sample["typos"]
    for typed, meant, unassessed in zip(
        sample["typos"], sample["names"], doc["unassessed"], strict=True
    ):
        entry = data["medications"][_spelt(data, meant)]
        names = {normalize(n) for n in (entry.get("name", ""), *entry["brands"], meant)}
        shown = {normalize(s) for s in unassessed["suggestions"]}
        assert names & shown, (typed, meant, unassessed["suggestions"])


def test_a_misspelling_in_a_fresh_parse_suggests_the_same(run: RunFn, big: Formulary) -> None:
    path, data, sample = big
    if len(data["medications"]) > 50_000:
        pytest.skip("one fresh parse of 100,000 medicines is enough (the first test's)")
    cached = run("--rules", str(path), "cautions", "--med", sample["typos"][3], "--json")
    fresh = run(
        "--no-cache", "--rules", str(path), "cautions", "--med", sample["typos"][3], "--json"
    )
    assert cached.code == fresh.code == 3
    assert cached.out == fresh.out


def test_completion_offers_the_names_that_start_so(big: Formulary) -> None:
    from test_completion import bash

    path, data, sample = big
    start = sample["names"][1][:7]
    offered = bash(f"magadvise --rules {path} cautions --med {start}")
    expected = {
        normalize(name).replace(" ", "-")
        for id, entry in data["medications"].items()
        for name in (id, entry.get("name", id), *entry.get("brands", ()), *entry.get("aliases", ()))
        if normalize(name).startswith(normalize(start))
    }
    assert 0 < len(expected) <= 1000
    assert {normalize(name).replace(" ", "-") for name in offered} == expected
