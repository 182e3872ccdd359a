"""Everolimus, doxylamine/pyridoxine and carbamide peroxide ear drops are assessed.

Before: Afinitor, Zortress, Certican and Votubia (everolimus), Diclegis, Bonjesta and Xonvea
(doxylamine/pyridoxine, licensed only for nausea of pregnancy) and Debrox, Otex and Murine Ear
(earwax drops) were NOT ASSESSED, with a dose printed beside them (exit 3): for a woman taking
Diclegis, 905 mg a day of magnesium oxide for constipation, above the 350 mg pregnancy cap.

Now everolimus has no interaction listed (its interaction sections are CYP3A4 and P-gp only;
the UK magnesium SmPC names sirolimus, not everolimus, among magnesium-losing medicines) and
asks about kidney disease; doxylamine/pyridoxine counts pregnancy, as ``--condition pregnancy``
would (its label gives no other use); the ear drops have no interaction listed. A sweep of 234
common names found more not assessed (skin, mouth and eye products, UK brands of reviewed
medicines) and Neosporin read by the drug vocabulary as hydrocortisone, with the oral steroid
caution: each is now read as what it is.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _doc(run: RunFn, *args: str) -> tuple[int, dict[str, Any]]:
    result = run(*args, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize(
    ("med", "medication"),
    [
        ("Afinitor 10mg daily", "everolimus"),
        ("Zortress 0.75 mg bd", "everolimus"),
        ("Certican", "everolimus"),
        ("Votubia", "everolimus"),
        ("Debrox", "carbamide-peroxide"),
        ("Otex ear drops", "carbamide-peroxide"),
        ("Murine Ear", "carbamide-peroxide"),
        # the sweep of common names: not assessed, or Neosporin read as oral hydrocortisone
        ("Neosporin", "neosporin-skin"),
        ("Vicks VapoRub", "topical-counterirritant"),
        ("Sudocrem", "skin-antiseptic-barrier-cream"),
        ("Abreva", "docosanol"),
        ("Eurax", "crotamiton"),
        ("Halls", "menthol-lozenges"),
        ("Lacrisert", "hydroxypropyl-cellulose-eye-insert"),
        ("Ventolin Evohaler", "albuterol"),
        ("Alphagan", "brimonidine"),
        ("Sayana Press", "medroxyprogesterone"),
        ("Elleste Solo", "estradiol"),
        # its second round
        ("Clexane", "enoxaparin"),
        ("Fragmin", "dalteparin"),
        ("Nardil", "phenelzine"),
        ("Anafranil", "clomipramine"),
        ("Bricanyl", "terbutaline"),
        ("Opill", "norgestrel"),
        # its third round
        ("Daktacort", "steroid-antimicrobial-skin-cream"),  # was hydrocortisone tablets
        ("Eucrisa", "eczema-psoriasis-creams"),
        ("Jublia", "nail-antifungal"),
        ("Hedrin", "dimeticone-lice"),
    ],
)
def test_the_medicine_is_assessed_with_no_interaction_listed(
    run: RunFn, med: str, medication: str
) -> None:
    code, doc = _doc(run, "cautions", "--med", med)
    assert (code, doc["unassessed"]) == (0, [])
    [caution] = doc["cautions"]
    assert (caution["medication"], caution["severity"]) == (medication, "none")


@pytest.mark.parametrize(
    ("med", "ingredients"),
    [
        ("Marvelon", ["ethinyl-estradiol", "desogestrel"]),  # was desogestrel alone
        ("Femodene", ["ethinyl-estradiol", "gestodene"]),  # gestodene was not assessed
        ("Qlaira", ["dienogest", "estradiol"]),
        ("Flutiform", ["fluticasone", "formoterol"]),
        # read as betamethasone tablets before (the oral steroid caution), calcipotriol unread
        ("Dovobet", ["calcipotriol", "betamethasone-skin"]),
        ("Fucibet", ["fusidic-acid", "betamethasone-skin"]),
    ],
)
def test_a_combination_is_read_whole(run: RunFn, med: str, ingredients: list[str]) -> None:
    code, doc = _doc(run, "cautions", "--med", med)
    assert (code, doc["unassessed"]) == (0, [])
    [caution] = doc["cautions"]
    assert sorted(caution["ingredients"]) == sorted(ingredients)


@pytest.mark.parametrize("med", ["Floradix", "Spatone", "Sytron", "Fefol", "Pregaday"])
def test_an_iron_tonic_gets_the_iron_spacing(run: RunFn, med: str) -> None:
    code, doc = _doc(run, "cautions", "--med", med)
    assert (code, doc["unassessed"]) == (0, [])
    [caution] = doc["cautions"]
    assert "iron" in [caution["medication"], *caution["ingredients"]]  # Fefol: was folic acid
    assert doc["timing"] is not None


def test_gaviscon_infant_is_magnesium_of_unknown_amount(run: RunFn) -> None:
    code, doc = _doc(run, "recommend", "--goal", "sleep", "--med", "Gaviscon Infant")
    assert code == 4
    assert "listed-magnesium-amount-unknown" in [w["id"] for w in doc["withheld"]["by"]]
    assert doc["unassessed"] == []


def test_everolimus_asks_about_kidney_disease(run: RunFn) -> None:
    result = run("cautions", "--med", "Zortress")
    assert result.code == 0
    assert "--condition" in result.out and "kidney" in result.out.lower()


@pytest.mark.parametrize("med", ["Diclegis 2 tabs at night", "Bonjesta", "Xonvea", "Diclectin"])
def test_doxylamine_pyridoxine_counts_pregnancy(run: RunFn, med: str) -> None:
    code, doc = _doc(run, "recommend", "--goal", "constipation", "--age", "30", "--med", med)
    assert (code, doc["unassessed"]) == (0, [])
    assert doc["ceiling"]["mg"] == 350
    assert [f["condition"] for f in doc["from_record"]] == ["pregnancy"]
    assert [c["medication"] for c in doc["cautions"]] == ["doxylamine-pyridoxine"]


def test_the_pregnancy_it_counts_is_said(run: RunFn) -> None:
    result = run("cautions", "--med", "Diclegis")
    assert result.code == 0
    assert "Diclegis (its label's only use): counted as 'Pregnancy'" in result.out
