"""A strength written with a brand line that also sells magnesium names the product it fits.

Before: ``Colace 100mg bid`` (docusate, on many opioid and post-operative lists) was withheld as
"magnesium already taken, amount not known", although the Colace saline laxative is 800 mg
magnesium hydroxide capsules; ``Pepcid AC 10mg`` lost its "AC" to the directions ("before
meals") and was read as bare Pepcid (which may be Pepcid Complete, with magnesium); ``Tums EX
750 prn`` and ``Tums 1000 mg`` (calcium carbonate only) withheld as magnesium of unknown amount.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

SLEEP = ("recommend", "--goal", "sleep", "--age", "60")


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("Colace 100mg bid", "docusate"),
        ("Colace 50 mg", "docusate"),
        ("Colace 100 mg capsule 1 po bid", "docusate"),
        ("Colace Extra Strength 250mg", "docusate"),
        ("Pepcid AC 10mg", "famotidine"),
        ("Pepcid AC 10mg bid", "famotidine"),
        ("Tums EX 750 prn", "calcium-carbonate"),  # Tums Extra Strength: calcium carbonate
        ("Tums E-X 750", "calcium-carbonate"),
        ("Tums 750", "calcium-carbonate"),
        ("Tums 1000 mg", "calcium-carbonate"),  # Tums Ultra
        ("Tums 500 mg 2 tabs prn", "calcium-carbonate"),  # Tums Regular Strength
    ],
)
def test_a_strength_only_the_plain_product_has_goes_ahead(
    run: RunFn, line: str, medication: str
) -> None:
    doc = run(*SLEEP, "--med", line, "--json").ok_doc()
    assert doc["go_ahead"] is True
    assert [c["medication"] for c in doc["cautions"]] == [medication]


@pytest.mark.parametrize(
    "line",
    [
        "Colace",
        "Colace 800mg",
        "Pepcid 10mg",
        "Tums",
        "Tums 800 mg",
        "Tums 10 mg",
        "Rolaids 300 mg",
    ],
)  # Tums Dual Action is 800 mg calcium carbonate, 10 mg famotidine; no Rolaids is 300 mg
def test_a_line_name_that_may_be_the_magnesium_product_still_withholds(
    run: RunFn, line: str
) -> None:
    result = run(*SLEEP, "--med", line, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    held = [b["id"] for b in doc["withheld"]["by"]]
    assert (result.code, held) == (4, ["listed-magnesium-amount-unknown"])
