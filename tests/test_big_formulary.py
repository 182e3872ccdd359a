"""A 20,000-medicine formulary: names still resolve, misspellings stay unassessed, cache agrees."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

ROOT = Path(__file__).resolve().parent.parent


def _make_rules() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_rules", ROOT / "benchmarks" / "make_rules.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def formulary(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    text, data = _make_rules().make(count=20_000, base=ROOT / "tests" / "data" / "mini.yaml")
    path = tmp_path_factory.mktemp("formulary") / "formulary.yaml"
    path.write_text(text, encoding="utf-8")
    return path, data


def test_generic_brand_and_misspelling(run: RunFn, formulary: tuple[Path, dict[str, Any]]) -> None:
    path, data = formulary
    assert len(data["medications"]) >= 20_000
    synthetic = next(id for id, m in reversed(data["medications"].items()) if "classes" in m)
    brand = data["medications"][synthetic]["brands"][0]
    for attempt in ("cold", "warm"):
        rules = ("--rules", str(path))
        generic = run(*rules, "cautions", "--med", "furosemide", "--json")
        assert generic.code == 0, (attempt, generic.err)
        doc = generic.json()
        assert isinstance(doc, dict)
        assert [c["medication"] for c in doc["cautions"]] == ["furosemide"]

        by_brand = run(*rules, "cautions", "--med", brand.upper(), "--med", "Lasix", "--json")
        assert by_brand.code == 0, (attempt, by_brand.err)
        doc = by_brand.json()
        assert isinstance(doc, dict)
        assert {c["medication"] for c in doc["cautions"]} == {synthetic, "furosemide"}

        typo = run(*rules, "cautions", "--med", "furosemde", "--json")
        assert typo.code == 3
        doc = typo.json()
        assert isinstance(doc, dict)
        assert doc["cautions"] == []
        assert doc["unassessed"][0]["input"] == "furosemde"
        assert doc["unassessed"][0]["suggestions"][0] == "furosemide"
