"""The table of forms the name parser knows: units, release, dose forms, routes, frequencies, salts.

Each entry is a phrase (words as the lexer produces them: lower case, no dots) and what it
means. Multi-word phrases are matched longest first, so ``extended release oral tablet`` is one
dose form, not three words. Adding a form is adding a row here, not a special case in the parser.
"""

from __future__ import annotations

from magadvise.names.devices import INHALER_DEVICES, MELTS

# Routes, grouped by how they reach the body. Oral magnesium can only bind or block a medicine
# that passes through the gut, so these groups decide whether an absorption caution applies.
ORAL = "oral"
INJECTED = "injection"
INHALED = "inhaled"
TOPICAL = "topical"
EYE = "eye"
EAR = "ear"
NASAL = "nasal"
RECTAL = "rectal"
VAGINAL = "vaginal"

# Routes on which a medicine never passes through the stomach and gut where oral magnesium is.
# Rectal is left out on purpose: we have no source on oral magnesium and rectal forms.
BYPASSES_GUT = frozenset({INJECTED, INHALED, TOPICAL, EYE, EAR, NASAL, VAGINAL})

# Units of strength. RxNorm writes UNT for units and ACTUAT for one puff of an inhaler.
UNITS: dict[str, str] = {
    "mg": "mg",
    "mgs": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "mcg": "mcg",
    "µg": "mcg",
    "μg": "mcg",
    "ug": "mcg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "g": "g",
    "gm": "g",
    "gram": "g",
    "grams": "g",
    "ml": "mL",
    "mls": "mL",  # the usual UK plural ("120mg/5mls", "30 mls")
    "cc": "mL",  # a cubic centimetre is a millilitre ("160mg/5cc", "30cc")
    "l": "L",
    "meq": "mEq",
    "mmol": "mmol",
    "iu": "units",
    "unt": "units",
    "ut": "units",  # Epic's names: "ergocalciferol 1.25 MG (50000 UT) capsule"
    "unit": "units",
    "units": "units",
    "u": "units",
    "%": "%",
    "actuat": "actuation",
    "actuation": "actuation",
    "puff": "actuation",
    "puffs": "actuation",
    "hr": "h",
    "h": "h",
    "hour": "h",
    "hours": "h",
    "day": "day",
    "tab": "tablet",
    "tablet": "tablet",
    "cap": "capsule",
    "capsule": "capsule",
    "dose": "dose",
    "spray": "spray",
    # Per body-surface area or weight, as cancer and children's doses are written (75 mg/m2).
    "m2": "m2",
    "kg": "kg",
}
# A number followed by one of these, before the medicine's name, is a pack size or a duration.
PACK_UNITS = frozenset({"actuation", "mL", "L", "g", "h"})

# Release forms: part of a product's name (Toprol XL, Cardizem CD) and of RxNorm strings.
RELEASE: dict[str, str] = {
    "er": "extended release",
    "xr": "extended release",
    "xl": "extended release",
    "sr": "extended release",
    "cr": "extended release",
    "la": "extended release",
    "cd": "extended release",
    "xt": "extended release",
    "tr": "extended release",
    "pr": "extended release",
    "mr": "extended release",  # UK "modified release" ("MR", "m/r": names.parse)
    "retard": "extended release",  # European "retard" (Tegretol Retard)
    "extended": "extended release",
    "extended release": "extended release",
    "sustained release": "extended release",
    "controlled release": "extended release",
    "modified release": "extended release",
    "prolonged release": "extended release",
    "slow release": "extended release",
    "dr": "delayed release",
    "ec": "delayed release",
    "delayed": "delayed release",
    "delayed release": "delayed release",
    "enteric coated": "delayed release",
    "gastro resistant": "delayed release",
    "ir": "immediate release",
    "immediate release": "immediate release",
    "odt": "orally disintegrating",
    "ds": "double strength",
    "es": "extra strength",
    "extra strength": "extra strength",
}

# Dose forms and the route each implies (None: the form says nothing about the route).
DOSE_FORMS: dict[str, tuple[str, str | None]] = {
    "tablet": ("tablet", ORAL),
    "tablets": ("tablet", ORAL),
    "tab": ("tablet", ORAL),
    "tabs": ("tablet", ORAL),
    "oral tablet": ("tablet", ORAL),
    "film coated tablet": ("tablet", ORAL),
    "chewable tablet": ("chewable tablet", ORAL),
    "chewable": ("chewable tablet", ORAL),
    "chew": ("chewable tablet", ORAL),
    "chewables": ("chewable tablet", ORAL),
    "disintegrating oral tablet": ("orally disintegrating tablet", ORAL),
    "orally disintegrating tablet": ("orally disintegrating tablet", ORAL),
    **dict.fromkeys(  # the UK's words (dm+d): "Lansoprazole 30mg orodispersible tablets"
        ("orodispersible tablet", "orodispersible tablets", "orodispersible"),
        ("orally disintegrating tablet", ORAL),
    ),
    **dict.fromkeys(
        ("dispersible tablet", "dispersible tablets", "dispersible"), ("dispersible tablet", ORAL)
    ),
    **dict.fromkeys(("soluble tablet", "soluble tablets"), ("dispersible tablet", ORAL)),
    "effervescent oral tablet": ("effervescent tablet", ORAL),
    "effervescent tablet": ("effervescent tablet", ORAL),
    "effervescent": ("effervescent tablet", ORAL),
    "sublingual tablet": ("sublingual tablet", ORAL),
    "buccal tablet": ("buccal tablet", ORAL),
    "capsule": ("capsule", ORAL),
    "capsules": ("capsule", ORAL),
    "cap": ("capsule", ORAL),
    "caps": ("capsule", ORAL),
    "oral capsule": ("capsule", ORAL),
    "softgel": ("capsule", ORAL),
    "softgels": ("capsule", ORAL),
    "gelcap": ("capsule", ORAL),
    "gelcaps": ("capsule", ORAL),
    "gel cap": ("capsule", ORAL),
    "soft gel": ("capsule", ORAL),
    "soft gels": ("capsule", ORAL),
    "soft gelatin capsule": ("capsule", ORAL),
    "gel tab": ("tablet", ORAL),
    "gel tabs": ("tablet", ORAL),
    "geltab": ("tablet", ORAL),
    "geltabs": ("tablet", ORAL),
    "gel caps": ("capsule", ORAL),
    **dict.fromkeys(
        ("liqui gels", "liquigels", "liqui gel", "liquid gels", "liqui caps", "liquicaps"),
        ("capsule", ORAL),
    ),
    "film": ("film", None),
    **dict.fromkeys(("sublingual film", "buccal film"), ("film", ORAL)),
    "caplet": ("tablet", ORAL),
    "caplets": ("tablet", ORAL),
    "pill": ("tablet", ORAL),
    "pills": ("tablet", ORAL),
    "oral solution": ("oral solution", ORAL),
    "oral suspension": ("oral suspension", ORAL),
    "oral liquid": ("oral liquid", ORAL),
    "oral powder": ("powder", ORAL),
    "oral granules": ("granules", ORAL),
    "oral gel": ("oral gel", ORAL),
    "oral film": ("film", ORAL),
    "syrup": ("syrup", ORAL),
    "elixir": ("elixir", ORAL),
    "suspension": ("suspension", ORAL),
    "susp": ("suspension", ORAL),  # a pharmacy label's "susp" ("Tylenol susp 160mg/5ml")
    "liquid": ("liquid", ORAL),
    "solution": ("solution", None),
    "lozenge": ("lozenge", ORAL),
    "gum": ("chewing gum", ORAL),
    "sachet": ("sachet", ORAL),
    "packet": ("sachet", ORAL),
    "granules": ("granules", ORAL),
    "powder": ("powder", None),
    "drops": ("drops", None),
    **dict.fromkeys(("gtt", "gtts"), ("drops", None)),  # guttae: drops
    **dict.fromkeys(("eye gtt", "eye gtts", "ophthalmic drops"), ("eye drops", EYE)),
    **dict.fromkeys(("ear gtt", "ear gtts", "ear drop", "otic drops"), ("ear drops", EAR)),
    "spray": ("spray", None),
    "injection": ("injection", INJECTED),
    "injectable": ("injection", INJECTED),
    "injectable solution": ("injection", INJECTED),
    "injectable suspension": ("injection", INJECTED),
    "inj": ("injection", INJECTED),
    "prefilled syringe": ("prefilled syringe", INJECTED),
    "pre filled syringe": ("prefilled syringe", INJECTED),
    "syringe": ("prefilled syringe", INJECTED),
    "pen injector": ("pen injector", INJECTED),
    # Not bare "pen": Pen VK is penicillin V tablets.
    **dict.fromkeys(
        ("prefilled pen", "pre filled pen", "injection pen"), ("pen injector", INJECTED)
    ),
    "auto injector": ("auto-injector", INJECTED),
    "autoinjector": ("auto-injector", INJECTED),
    "cartridge": ("cartridge", INJECTED),
    "vial": ("vial", INJECTED),
    "infusion": ("infusion", INJECTED),
    "for injection": ("injection", INJECTED),
    "powder for injection": ("injection", INJECTED),
    "for injectable suspension": ("injection", INJECTED),
    # RxNorm's forms for a powder the pharmacy mixes: "Powder for Oral Suspension".
    **dict.fromkeys(
        ("for oral suspension", "powder for oral suspension", "for suspension"),
        ("oral suspension", ORAL),
    ),
    **dict.fromkeys(("for oral solution", "powder for oral solution"), ("oral solution", ORAL)),
    "kapseals": ("capsule", ORAL),
    "metered dose inhaler": ("metered dose inhaler", INHALED),
    "oral inhalation": ("inhalation", INHALED),
    "inhalation aerosol": ("inhaler", INHALED),
    "breath activated inhaler": ("inhaler", INHALED),
    "dry powder inhaler": ("dry powder inhaler", INHALED),
    "inhaler": ("inhaler", INHALED),
    "inhalant": ("inhaler", INHALED),
    "inhalation solution": ("inhalation solution", INHALED),
    "inhalation suspension": ("inhalation suspension", INHALED),
    "inhalation powder": ("inhalation powder", INHALED),
    "inhalation spray": ("inhalation spray", INHALED),
    **dict.fromkeys(INHALER_DEVICES, ("inhaler", INHALED)),  # "Symbicort Turbuhaler 200/6"
    **dict.fromkeys(MELTS, ("orally disintegrating tablet", ORAL)),  # "Zofran wafer"
    "mdi": ("metered dose inhaler", INHALED),
    "dpi": ("dry powder inhaler", INHALED),
    "hfa": ("metered dose inhaler", INHALED),
    "nebuliser": ("nebuliser solution", INHALED),
    "nebulizer": ("nebuliser solution", INHALED),
    "nebuliser solution": ("nebuliser solution", INHALED),
    "nebulizer solution": ("nebuliser solution", INHALED),
    "nebules": ("nebuliser solution", INHALED),
    "respules": ("nebuliser solution", INHALED),
    "neb": ("nebuliser solution", INHALED),
    "nebs": ("nebuliser solution", INHALED),
    "cream": ("cream", TOPICAL),
    "topical cream": ("cream", TOPICAL),
    "ointment": ("ointment", TOPICAL),
    "topical ointment": ("ointment", TOPICAL),
    "gel": ("gel", TOPICAL),
    "topical gel": ("gel", TOPICAL),
    "lotion": ("lotion", TOPICAL),
    "topical lotion": ("lotion", TOPICAL),
    "topical solution": ("topical solution", TOPICAL),
    "topical foam": ("foam", TOPICAL),
    "foam": ("foam", TOPICAL),
    "shampoo": ("shampoo", TOPICAL),
    "patch": ("patch", TOPICAL),
    "patches": ("patch", TOPICAL),
    "transdermal patch": ("patch", TOPICAL),
    "transdermal system": ("patch", TOPICAL),
    "medicated patch": ("patch", TOPICAL),
    "eye drops": ("eye drops", EYE),
    "eye drop": ("eye drops", EYE),
    "eyedrops": ("eye drops", EYE),
    "ophthalmic solution": ("eye drops", EYE),
    "ophthalmic suspension": ("eye drops", EYE),
    "ophthalmic emulsion": ("eye drops", EYE),
    "ophthalmic ointment": ("eye ointment", EYE),
    "ophthalmic gel": ("eye gel", EYE),
    "eye ointment": ("eye ointment", EYE),
    "ear drops": ("ear drops", EAR),
    # As pharmacists shorten them: "ophth soln", "otic susp" (bare "soln" is a solution).
    **dict.fromkeys(
        [f"{e} {f}" for e in ("ophth", "opth", "oph", "ophthalmic") for f in ("soln", "susp")],
        ("eye drops", EYE),
    ),
    **dict.fromkeys(("otic soln", "otic susp", "ear soln"), ("ear drops", EAR)),
    "soln": ("solution", None),
    "otic solution": ("ear drops", EAR),
    "otic suspension": ("ear drops", EAR),
    "nasal spray": ("nasal spray", NASAL),
    "nasal solution": ("nasal spray", NASAL),
    "nasal drops": ("nasal drops", NASAL),
    "suppository": ("suppository", RECTAL),
    "suppositories": ("suppository", RECTAL),
    "supp": ("suppository", RECTAL),
    "supps": ("suppository", RECTAL),
    "rectal suppository": ("suppository", RECTAL),
    "enema": ("enema", RECTAL),
    "rectal suspension": ("enema", RECTAL),
    "vaginal cream": ("vaginal cream", VAGINAL),
    "vaginal ring": ("vaginal ring", VAGINAL),
    "vaginal insert": ("vaginal insert", VAGINAL),
    "vaginal tablet": ("vaginal tablet", VAGINAL),
    "pessary": ("pessary", VAGINAL),
}
DOSE_FORMS.update(  # plurals, as the UK's dm+d names print them ("oral powder sachets")
    {f"{form}s": DOSE_FORMS[form] for form in ("sachet", "lozenge", "spray", "inhaler", "vial",
     "liquid", "solution", "suspension", "powder", "gel", "cream", "ointment", "lotion")}
)  # fmt: skip
