"""Common pregnancy shorthand on a list caps the dose at the 350 mg upper level.

Before: ``LMP 1 July 2026`` (a month in letters), ``Due: 10/04/2027``, ``due 10/4/27``, ``Due in
April``, ``28+3``, ``28w3d``, ``I'm 28 weeks`` and ``Ante-natal`` were not read as a pregnancy:
the 600 mg migraine dose was shown. A medicine's next dose said due, and an LMP years ago, still
count no pregnancy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import ON

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "30")


@pytest.mark.parametrize(
    "line",
    [
        "LMP 1 July 2026",
        "LMP July 1, 2026",
        "LMP 1st July 2026",
        "Due: 10/04/2027",
        "due 10/4/27",
        "Due 10 April 2027",
        "Due in April",
        "28+3",
        "28w3d",
        "I'm 28 weeks",
        "Currently 28 weeks",
        "Ante-natal",
    ],
)
def test_the_shorthand_counts_a_pregnancy(run: RunFn, tmp_path: Path, line: str) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\nLisinopril 10 mg daily\n")
    result = run(*MIGRAINE, "--meds-from", str(meds), "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["ceiling"]["mg"] == 350
    doses = [r["dose"]["min_mg"] for g in doc["goals"] for r in g["recommendations"] if r["dose"]]
    assert doses and max(doses) <= 350


@pytest.mark.parametrize("line", ["Refill due 10/4/27", "LMP 1 July 2015"])
def test_no_pregnancy_is_read_from_these(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily", "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict)
    assert (doc.get("ceiling") or {}).get("mg") != 350
