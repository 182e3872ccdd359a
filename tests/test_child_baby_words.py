"""A baby's list in a parent's words (``Baby 6 weeks``, ``Baby``, ``Newborn 10 days``, ``Gripe
water``, ``Similac``): the lines were medicines not assessed and an adult's dose was shown
(exit 3). A baby's age now reads as under 1 (no supplement dose), a baby's word or a product
given only to babies without an age withholds the dose until --age is given; adults' products
named for babies (baby aspirin, baby shampoo) and a mother's words of her baby (``Baby due``,
``Breastfeeding, baby 6 weeks`` with her --age) do not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import EPOCH_2026_12_01, Run, RunFn, recommend_list, withheld_ids

MIGRAINE = ("Magnesium glycinate 200mg", "Lisinopril 10mg")


def _listed(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> tuple[int, dict[str, Any]]:
    """``recommend --goal migraine`` on the reported list with ``line`` in its middle."""
    return recommend_list(run, tmp_path, monkeypatch, "migraine", MIGRAINE[0], line, MIGRAINE[1])


def _run_list(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *extra: str
) -> Run:
    """``recommend --goal migraine --meds-from`` a file of ``text`` (and ``extra``), 2026-12-01."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2026_12_01)
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    return run("recommend", "--goal", "migraine", "--meds-from", str(path), *extra)


AGES = ["Baby 6 weeks", "Baby 6 weeks old", "Baby 6 wks", "Baby (12 weeks)", "6 week old baby",
        "Baby boy 6 weeks", "Baby girl, 3 months", "My baby 6 weeks", "Our baby 4 months",
        "Infant 3 months", "Neonate 5 days", "Newborn 10 days", "Baby 6 mo", "Baby 6m"]  # fmt: skip
"""A baby's age: under 1 year, no supplement dose (age-under-1)."""
YOUNG = ["Son 4", "My son 4", "Toddler 2 yrs"]
"""A young child's age with no mark after the word (age-young-child)."""
BARE = ["Baby 6", "Baby 81", "Infant 2"]
"""A figure with no unit after a baby's word: weeks, months or years? (age-not-read)."""
WORDS = ["Baby", "Newborn", "Infant", "Toddler", "Neonate", "Baby boy", "Baby girl", "My baby",
         "Gripe water", "Woodward's gripe water 5ml", "Bonjela Teething gel",
         "Anbesol teething gel", "Calgel teething gel", "Baby Orajel", "Nelsons Teetha", "Colief",
         "Colief infant drops", "Mylicon", "Colic drops", "Similac", "Enfamil", "Aptamil",
         "Cow & Gate", "Kendamil", "SMA Pro first infant milk", "HiPP Organic first milk",
         "Nutramigen", "Formula milk", "Follow-on milk", "Poly-Vi-Sol", "Tri-Vi-Sol", "D-Vi-Sol",
         "Baby Ddrops", "Abidec", "Nappy rash cream", "Diaper rash cream", "Babyhaler",
         "Vicks BabyRub", "Snufflebabe", "Calpol (baby)", "Boots baby paracetamol"]  # fmt: skip
"""A baby's word or a product given only to babies, with no age (children-product-needs-age)."""


@pytest.mark.parametrize(
    ("line", "held"),
    [*((line, "age-under-1") for line in AGES), *((line, "age-young-child") for line in YOUNG),
     *((line, "age-not-read") for line in BARE),
     *((line, "children-product-needs-age") for line in WORDS)],
)  # fmt: skip
def test_a_babys_list_gets_no_adults_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, held: str
) -> None:
    code, doc = _listed(run, tmp_path, monkeypatch, line)
    assert code == 4 and held in withheld_ids(doc), doc["withheld"]
    if held in ("age-under-1", "age-young-child"):  # the age is read: no medicine not assessed
        assert [u["input"] for u in doc["unassessed"]] == []


def test_the_reproduced_list_says_why_and_asks_for_nothing_it_cannot_use(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Magnesium glycinate 200mg\nBaby 6 weeks\nLisinopril 10mg\n"
    result = _run_list(run, tmp_path, monkeypatch, text)
    assert result.code == 4
    assert "NO DOSE ADVISED" in result.flat
    assert "Do not give a magnesium supplement to a baby" in result.flat
    assert "Baby 6 weeks was NOT recognised" not in result.flat


def test_a_babys_word_with_med_withholds_and_an_explicit_age_is_used(run: RunFn) -> None:
    held = run("recommend", "--goal", "sleep", "--med", "Gripe water", "--json")
    aged = run("recommend", "--goal", "sleep", "--med", "Gripe water", "--age", "30", "--json")
    assert held.code == 4 and "children-product-needs-age" in withheld_ids(held.json())  # type: ignore[arg-type]
    assert aged.code in (0, 3) and withheld_ids(aged.json()) == []  # type: ignore[arg-type]


def test_a_babys_age_on_the_list_is_not_undone_by_an_adults_age(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Magnesium glycinate 200mg\nBaby 6 weeks\n"
    result = _run_list(run, tmp_path, monkeypatch, text, "--age", "30", "--json")
    assert result.code == 4 and "age-under-1" in withheld_ids(result.json())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line",
    ["Baby aspirin 81mg", "baby ASA", "Bayer baby aspirin 81 mg", "Baby asprin 81",
     "Baby aspirin", "Aspirin 81 (baby)", "Aspirin 81mg (baby aspirin)", "Low dose aspirin 75mg",
     "Baby aspirin for pre-eclampsia", "Johnson's baby oil", "Baby shampoo for lid hygiene",
     "Baby powder", "Baby due 4/1/27", "Expecting baby in April", "Pregnant with baby #2",
     "Baby blues", "Anbesol liquid", "Bonjela", "Dalivit", "Sudocrem", "Desitin", "Pedialyte",
     "Biliary colic", "SMA type 3 - nusinersen", "para la gripe", "Enfamil Expecta prenatal"],
)  # fmt: skip
def test_an_adults_product_named_for_babies_does_not_ask_for_an_age(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    _, doc = _listed(run, tmp_path, monkeypatch, line)
    held = withheld_ids(doc)
    assert "children-product-needs-age" not in held and "age-under-1" not in held, held
    assert "age-not-read" not in held, held


@pytest.mark.parametrize("line", ["Breastfeeding, baby 6 weeks", "Lactating - baby 4 months"])
def test_a_mothers_baby_asks_for_the_age_and_her_own_age_gives_her_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    """The baby's age beside a mother's word may be the person's or her baby's: withheld until
    --age is given (was an adult's dose, unasked), never read as the person's age of 0."""
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line)
    assert code == 4 and "age-under-1" not in withheld_ids(doc), doc["withheld"]
    result = _run_list(run, tmp_path, monkeypatch, f"{line}\n", "--age", "30", "--json")
    assert result.code in (0, 3) and withheld_ids(result.json()) == []  # type: ignore[arg-type]
