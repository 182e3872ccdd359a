"""'Did you mean' shows names as the rules spell them, the same from the cache as from the file,
and a warm call finds that spelling in the name index without reading any medication."""

from __future__ import annotations

from typing import Any

import pytest

from magadvise.rules import shards

from conftest import RunFn, mini

TYPOS = {
    "Lasx": ["Lasix"],  # a brand: shown with its capital
    "lisinopril hydrochlorothiazid": ["lisinopril/hydrochlorothiazide"],  # the id: its name
    "frusemid": ["frusemide"],  # an alias
    "furosemdie": ["furosemide"],  # an entry with no display name: its id
}


def _suggestions(run: RunFn, *extra: str) -> dict[str, list[str]]:
    args = [arg for typo in TYPOS for arg in ("--med", typo)]
    result = run(*mini(*extra, "cautions", *args, "--json"))
    assert result.code == 3, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return {item["input"]: item["suggestions"] for item in doc["unassessed"]}


def test_suggestions_are_spelt_as_in_the_rules_fresh_cold_and_warm(run: RunFn) -> None:
    assert _suggestions(run, "--no-cache") == TYPOS
    assert _suggestions(run) == TYPOS  # parsed, and the cache written
    assert _suggestions(run) == TYPOS  # from the cache


def test_a_warm_suggestion_reads_no_medication(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    _suggestions(run)  # the cache is written

    def refuse(self: Any, number: int) -> Any:
        raise AssertionError("a medication shard was read to spell a suggestion")

    monkeypatch.setattr(shards.Entries, "_shard", refuse)
    brand = run(*mini("cautions", "--med", "Lasx", "--json"))
    assert brand.code == 3, brand.err
    assert brand.json()["unassessed"][0]["suggestions"] == ["Lasix"]
