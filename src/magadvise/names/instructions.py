"""The words around a medicine's name that are not the medicine: frequencies, salts, joiners.

Part of the name parser's table of forms (see :mod:`magadvise.names.forms` for units, release
forms, dose forms and routes).
"""

from __future__ import annotations

# Frequencies and instructions, read into plain words.
FREQUENCIES: dict[str, str] = {
    "daily": "once a day",
    "qd": "once a day",
    "od": "once a day",
    "once daily": "once a day",
    "once a day": "once a day",
    "every day": "once a day",
    "each day": "once a day",
    "a day": "once a day",
    "per day": "once a day",
    "bid": "twice a day",
    "bd": "twice a day",
    "twice daily": "twice a day",
    "twice a day": "twice a day",
    "tid": "three times a day",
    "tds": "three times a day",
    "three times daily": "three times a day",
    "three times a day": "three times a day",
    "qid": "four times a day",
    "qds": "four times a day",
    "four times daily": "four times a day",
    "four times a day": "four times a day",
    "qam": "every morning",
    "qm": "every morning",
    "every morning": "every morning",
    "in the morning": "every morning",
    "mane": "every morning",
    "qpm": "every evening",
    "every evening": "every evening",
    "each evening": "every evening",
    "in the evening": "every evening",
    "nocte": "at bedtime",
    "qhs": "at bedtime",
    "hs": "at bedtime",
    "at bedtime": "at bedtime",
    "at night": "at bedtime",
    "bedtime": "at bedtime",
    "nightly": "at bedtime",
    "overnight": "at bedtime",
    "weekly": "once a week",
    "once weekly": "once a week",
    "once a week": "once a week",
    "every week": "once a week",
    "each week": "once a week",
    "qw": "once a week",
    "qwk": "once a week",
    "monthly": "once a month",
    "once monthly": "once a month",
    "once a month": "once a month",
    "every month": "once a month",
    "yearly": "once a year",
    "once yearly": "once a year",
    "once a year": "once a year",
    "annually": "once a year",
    "every year": "once a year",
    "qod": "every other day",
    "every other day": "every other day",
    "alternate days": "every other day",
    "prn": "as needed",
    "as needed": "as needed",
    "as required": "as needed",
    "when required": "as needed",
    "if needed": "as needed",
    "stat": "once, now",
    "x1": "one dose",
    "single dose": "one dose",
    "q4h": "every 4 hours",
    "q6h": "every 6 hours",
    "q8h": "every 8 hours",
    "q12h": "every 12 hours",
    "q24h": "once a day",
    "with food": "with food",
    "with meals": "with meals",  # each meal: three dose times (advice.typed_count)
    "before breakfast": "before breakfast",
    "on an empty stomach": "on an empty stomach",
    "empty stomach": "on an empty stomach",
}

# Words around a dose that carry no meaning for the lookup ("take 1 tab", "x2").
FILLER = frozenset(
    """
    take takes taking of x per each every times then generic brand otc rx pack kit strength
    regular original ultra maximum low dose monohydrate dihydrate trihydrate hemihydrate
    sesquihydrate anhydrous macrocrystals macrocrystalline micronized liposomal elemental
    on pt patient currently also still
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""``on``, ``pt``, ``currently``: a note's lead-in to the name (``On warfarin``, ``Pt on
aspirin``, ``currently on lisinopril``), which left the whole line NOT ASSESSED."""

# Words before a name that say who the product is for (``Children's Motrin``, ``Infants'
# Tylenol``): the medicine is named by the words left, tried after the name as typed (the rules
# list some such names whole: ``Children's Tylenol``, ``children's multivitamin``). Whether a
# line is a child's is read apart (advice.child_products).
FOR_CHILDREN = frozenset(
    """
    children's childrens children child's childs child kids kid's kid infants infant's infant
    babies junior jr pediatric paediatric paed paeds peds toddlers toddler
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Salts, esters and hydrates: dropped after the name is tried with them (metoprolol succinate
# -> metoprolol), never when nothing else is left (potassium chloride stays itself).
SALTS = frozenset(
    """
    succinate tartrate hydrochloride hcl dihydrochloride hydrobromide hbr sodium potassium
    calcium magnesium zinc besylate besilate maleate mesylate mesilate fumarate medoxomil
    cilexetil hyclate acetate phosphate sulfate sulphate bromide axetil disodium dipotassium
    citrate chloride carbonate oxide hydroxide gluconate lactate tosylate xinafoate propionate
    furoate dipropionate valerate bitartrate sulfonate sulphonate pivoxil etexilate malate aspartate
    glycinate bicarbonate stearate palmitate decanoate enanthate cypionate estolate
    ethylsuccinate oxalate bisulfate bisulphate saccharate dimesylate napsylate pamoate embonate
    edisylate camsylate tromethamine trometamol meglumine lysine hippurate mandelate
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Words that join the ingredients of a combination.
JOINERS = frozenset({"/", "+", "&", ",", ";", "and", "with", "plus", "-"})

# Prefixes of a US application number in a pack description (NDA020983, ANDA076543, BLA125057).
PACK_CODES = ("nda", "anda", "bla")

# International and older names that are a regular respelling of the US one: ``-ic acid`` is
# the acid of the ``-ate`` salt (alendronic acid = alendronate).
ACID_SUFFIX = ("ic acid", "ate")

# Suffixes joined to a brand by a hyphen that name another product of the line, with more
# ingredients (Zyrtec-D is cetirizine with pseudoephedrine): part of the name, never read as
# an ingredient of their own.
# Any one letter after a hyphen is such a suffix too (Senokot-S is senna with docusate).
BRAND_SUFFIXES = frozenset({"dm", "pm", "pe", "hbp", "cf", "da", "d12", "d24", "hc", "hct"})

# Words joined before a brand or generic by a hyphen that say how it is made or who makes
# it, never another ingredient: Depo- (a depot injection) and Solu- (a soluble injection) name
# the same medicine given by injection (Depo-Medrol and Solu-Medrol are methylprednisolone,
# Solu-Cortef hydrocortisone); Apo-, Teva-, PMS- ... are Canadian generic makers
# (Apo-Metformin). Value: the route the prefix says, or None. Tried with the prefix first,
# so a name the rules know whole (Depo-Provera) stays itself.
BRAND_PREFIXES: dict[str, str | None] = {
    "depo": "injected",
    "solu": "injected",
    **dict.fromkeys(
        """apo teva pms sandoz mylan novo ratio jamp auro mint riva taro sivem ran mar nat
        accel ag dom phl""".split(),  # noqa: SIM905 - a word list reads better as text
        None,
    ),
}

# Packs a medicine is dispensed in, as typed beside its name: the pack, never the medicine
# ("Zithromax Z-Pak" is azithromycin; "Medrol Dosepak", "Chantix starter pack").
PACKS: dict[str, str] = {
    **dict.fromkeys(("z pak", "z pack", "zpak", "zpack", "z pk"), "Z-Pak"),
    **dict.fromkeys(("tri pak", "tripak", "tri pack"), "Tri-Pak"),
    **dict.fromkeys(("dosepak", "dose pak", "dose pack", "dosepack", "dose pk"), "dose pack"),
    **dict.fromkeys(("blister pack", "blister pak", "blister card", "blisters"), "blister pack"),
    **dict.fromkeys(
        ("starter pack", "starter pak", "starter kit", "starting pack"), "starter pack"
    ),
    **dict.fromkeys(("titration pack", "titration pak", "titration kit"), "titration pack"),
    **dict.fromkeys(("continuing month pack", "continuing month pak"), "continuing pack"),
    **dict.fromkeys(("maintenance pack", "month pack", "monthly pack"), "continuing pack"),
    **dict.fromkeys(("unit dose pack", "unit dose", "bubble pack", "calendar pack"), "unit dose"),
    **dict.fromkeys(("compliance pack", "dosette", "blister packed"), "compliance pack"),
}

# Chemical formulas and element symbols written for a salt's name, as prescribers and labels
# do (MgSO4 2 g IV, MgO 400 mg, Mg citrate): tried as the words they stand for after the
# words as typed ("KCl" is a name of its own in the rules).
# Salts as pharmacy labels, charts and lists shorten them, after a name (``Sevelamer carb``,
# ``Calcium acet 667``, ``Mag gly``, ``Levothyroxine Na``, ``Esomeprazole mag``): tried spelled
# out after the words as typed, never as the first word (``Carb`` alone is no salt; ``Na 140`` is
# a lab value).
# ``ox`` is not here: Mag-Ox is a brand.
SALT_SHORT: dict[str, str] = {
    "carb": "carbonate", "carbon": "carbonate", "bicarb": "bicarbonate", "acet": "acetate",
    "acetat": "acetate", "cit": "citrate", "citr": "citrate", "gluc": "gluconate",
    "glucon": "gluconate", "sulf": "sulfate", "sulph": "sulfate", "succ": "succinate",
    "tart": "tartrate", "hydrochlor": "hydrochloride", "chlor": "chloride", "phos": "phosphate",
    "gly": "glycinate", "glyc": "glycinate", "lact": "lactate", "na": "sodium", "sod": "sodium",
    "mag": "magnesium", "pot": "potassium", "hyc": "hyclate",
}  # fmt: skip

FORMULAS: dict[str, str] = {
    "mg": "magnesium",
    "mgso4": "magnesium sulfate",
    "mgo": "magnesium oxide",
    "mgcl2": "magnesium chloride",
    "mgcl": "magnesium chloride",
    "caco3": "calcium carbonate",
    "feso4": "ferrous sulfate",
    "znso4": "zinc sulfate",
    "kcl": "potassium chloride",
    "nacl": "sodium chloride",
    "nahco3": "sodium bicarbonate",
    "k": "potassium",
    "ca": "calcium",
    "fe": "iron",
    "zn": "zinc",
}
