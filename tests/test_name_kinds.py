"""Kinds of words around a medicine's name that once defeated the parser: pack words, maker and
formulation prefixes, brand-line suffix letters, and a reason after "for" that no table lists.
Each is read as its part of the grammar, never as a medicine, and never dropped unseen."""

from __future__ import annotations

import pytest

from conftest import RunFn, cautions_json


def one(run: RunFn, typed: str) -> dict[str, object]:
    """The one medicine ``typed`` is read as, with nothing left unassessed (exit 0)."""
    code, doc = cautions_json(run, typed)
    assert (code, doc["unassessed"]) == (0, []), doc["unassessed"]
    [entry] = doc["cautions"]
    assert isinstance(entry, dict)
    return entry


# (typed, medicine, the pack it is read as)
PACKS = [
    ("Zithromax Z-pak", "azithromycin", "Z-Pak"),
    ("azithromycin 250 mg Z-Pack", "azithromycin", "Z-Pak"),
    ("Zithromax Tri-Pak", "azithromycin", "Tri-Pak"),
    ("methylprednisolone 4 mg dose pack", "methylprednisolone", "dose pack"),
    ("Medrol 4 mg Dosepak", "methylprednisolone", "dose pack"),
    ("Chantix starter pack", "varenicline", "starter pack"),
    ("varenicline titration pack", "varenicline", "titration pack"),
    ("prednisone 10 mg blister pack", "prednisone", "blister pack"),
    ("Lamictal starter kit", "lamotrigine", "starter pack"),
]


@pytest.mark.parametrize(("typed", "medication", "pack"), PACKS)
def test_a_pack_word_is_the_pack_not_a_medicine(
    run: RunFn, typed: str, medication: str, pack: str
) -> None:
    entry = one(run, typed)
    assert entry["medication"] == medication
    assert entry["read_as"]["pack"] == pack  # type: ignore[index]
    assert f"pack {pack}" in run("cautions", "--med", typed).flat


# (typed, medicine, route): Depo- and Solu- are injections of the medicine; Apo-, Teva- and PMS-
# are Canadian generic makers. A name the rules know whole (Depo-Provera) stays itself.
PREFIXED = [
    ("Solu-Medrol 125 mg IV", "methylprednisolone", "injection"),
    ("Depo-Medrol 40 mg IM", "methylprednisolone", "injection"),
    ("Depo-Medrol 40 mg", "methylprednisolone", "injection"),
    ("Solu Medrol 125mg", "methylprednisolone", "injection"),
    ("Solu-Cortef 100 mg", "hydrocortisone", "injection"),
    ("Depo-Testosterone 200 mg/mL", "testosterone", "injection"),
    ("Depo-Provera 150 mg IM q3 months", "medroxyprogesterone", "injection"),
    ("Apo-Metformin 500 mg", "metformin", "oral"),
    ("Teva-Atorvastatin 20mg", "atorvastatin", "oral"),
    ("PMS-Gabapentin 300 mg tid", "gabapentin", "oral"),
]


@pytest.mark.parametrize(("typed", "medication", "route"), PREFIXED)
def test_a_prefixed_brand_is_one_name(run: RunFn, typed: str, medication: str, route: str) -> None:
    entry = one(run, typed)
    assert entry["medication"] == medication
    reading = entry["read_as"]
    assert len(reading["ingredients"]) == 1  # type: ignore[index]  # never "Solu" + "Medrol"
    assert reading["route"] == route  # type: ignore[index]


@pytest.mark.parametrize("typed", ["Depo 150", "Solu-Xyzzy 40 mg", "Apo-Xyzzy"])
def test_a_prefix_with_no_known_medicine_is_named(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert (code, doc["cautions"]) == (3, [])
    assert [u["input"] for u in doc["unassessed"]] == [typed]


# A letter or listed suffix after a hyphen names another product of the line: the whole name is
# looked up, never the brand plus a stray "S" (Senokot-S has docusate as well as senna).
@pytest.mark.parametrize(
    ("typed", "medication"),
    [
        ("Senokot-S", "senna-docusate"),
        ("Excedrin-PM", None),  # diphenhydramine not reviewed with the rest: not assessed whole
        ("Anusol-HC", "hydrocortisone"),
        ("Benicar-HCT 40/25", "olmesartan-hydrochlorothiazide"),
        ("Zyrtec-D", "cetirizine-pseudoephedrine"),
        ("Glucophage-XR 500", "metformin"),
        ("Wellbutrin-XL 150", "bupropion"),
    ],
)
def test_a_suffixed_brand_is_read_whole(run: RunFn, typed: str, medication: str | None) -> None:
    code, doc = cautions_json(run, typed)
    if medication is None:
        assert code == 3
        assert [u["input"] for u in doc["unassessed"]] == [typed]
        assert doc["cautions"] == []
        return
    entry = one(run, typed)
    assert entry["medication"] == medication
    assert len(entry["read_as"]["ingredients"]) == 1  # type: ignore[index]


# (typed, medicine, the reason kept as a direction)
REASONS = [
    ("doxycycline for lyme", "doxycycline", "for lyme"),
    ("doxycycline 100 mg bid for lyme prophylaxis", "doxycycline", "for lyme prophylaxis"),
    ("metoprolol for BP", "metoprolol", "for bp"),
    ("gabapentin for nerve pain", "gabapentin", "for nerve pain"),
    ("metoprolol for afib", "metoprolol", "for afib"),
    ("Brilinta 90 mg bid for stent", "ticagrelor", "for stent"),
    ("methotrexate 2.5 mg weekly for RA", "methotrexate", "for ra"),
    ("ibuprofen 400 mg every 6 hours for my knees", "ibuprofen", "for my knees"),
]


def test_a_kidney_reason_is_read_and_withholds_the_dose(run: RunFn) -> None:
    """A reason that looks kidney-related but names no condition is not passed over: the
    medicine keeps its caution, and the dose waits for the kidney function to be known."""
    typed = "lisinopril 10 mg daily for kidney protection"
    result = run("recommend", "--goal", "sleep", "--med", typed, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == ["lisinopril"]
    assert [s["input"] for s in doc["skipped"]] == ["for kidney protection"]
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]


@pytest.mark.parametrize(("typed", "medication", "reason"), REASONS)
def test_a_reason_after_for_is_a_note(run: RunFn, typed: str, medication: str, reason: str) -> None:
    entry = one(run, typed)
    assert entry["medication"] == medication
    assert reason in entry["read_as"]["directions"]  # type: ignore[index]


@pytest.mark.parametrize(
    "typed",
    [
        "xyzzy for lyme",  # nothing known before "for"
        "doxycycline for lyme amoxicillin",  # a medicine after "for" is never a reason
        "metoprolol for afib Brilinta",
        "Mucinex for kids",  # who a product is for is part of its name
    ],
)
def test_what_is_not_a_reason_is_named_not_assessed(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 3
    assert typed in [u["input"] for u in doc["unassessed"]]


# Chemical formulas and element symbols for a salt, and forms written as brands write them.
@pytest.mark.parametrize(
    ("typed", "medication"),
    [
        ("MgO 400 mg", "magnesium-supplement"),
        ("Mg oxide 400", "magnesium-supplement"),
        ("Mg citrate 200 mg", "magnesium-supplement"),
        ("elemental magnesium 250 mg", "magnesium-supplement"),
        ("CaCO3 500 mg", "calcium-carbonate"),
        ("FeSO4 325 mg tid", "iron"),
        ("Ferrous sulfate 325 mg (65 mg elemental iron) daily", "iron"),
        ("Advil Liqui-Gels 200 mg", "ibuprofen"),
        ("Suboxone 8/2 mg SL film daily", "buprenorphine-naloxone"),
        ("Amoxicillin 400 MG/5ML Powder for Oral Suspension", "amoxicillin"),
        ("Dilantin Kapseals 100 mg", "phenytoin"),
    ],
)
def test_formulas_and_brand_forms_are_read(run: RunFn, typed: str, medication: str) -> None:
    assert one(run, typed)["medication"] == medication


@pytest.mark.parametrize(
    "typed",
    ["metoprolol for afib metforminn", "metoprolol for afib furosemid", "Eliquis for AF lisinoprl"],
)
def test_a_misspelt_medicine_after_a_reason_is_never_kept_as_the_reason(
    run: RunFn, typed: str
) -> None:
    """A word after 'for' close to a medicine the rules know is not read as the reason's text:
    the line is named as not assessed (exit 3), never reported clear."""
    result = run("cautions", "--json", "--med", typed)
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    assert [u["input"] for u in doc["unassessed"]] == [typed]


def test_a_reason_with_no_medicine_like_word_stays_a_note(run: RunFn) -> None:
    result = run("cautions", "--json", "--med", "doxycycline for lyme")
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == ["doxycycline"]
    assert doc["unassessed"] == []
