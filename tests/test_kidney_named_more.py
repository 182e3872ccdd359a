"""More kidney and dialysis wordings on a list withhold the dose.

Before (review rv23 A5): ``Anti-GBM disease`` (while ``Goodpasture syndrome`` withheld),
``Berger's disease`` (IgA nephropathy's eponym; ``IgAN`` withheld), ``GN``
(glomerulonephritis), ``ERF`` (the UK's established renal failure), ``Low clearance clinic``
(the UK's clinic before dialysis), ICD-10-CM ``Q87.81`` (Alport syndrome) and
``Haemodiafiltration`` (while ``HDF`` withheld) on a list were NOT ASSESSED beside the full
migraine dose (exit 3). Buerger's disease (thromboangiitis obliterans), glioblastoma (``GBM``)
and a thyroid brand (``Erfa``) keep the dose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids

LISINOPRIL = "Lisinopril 10mg"


@pytest.mark.parametrize(
    ("line", "by"),
    [
        ("Anti-GBM disease", "record-not-read"),
        ("Berger's disease", "record-not-read"),
        ("GN", "record-not-read"),
        ("Prednisolone 5mg for GN", "record-not-read"),
        ("ERF", "record-not-read"),
        ("Low clearance clinic", "record-not-read"),
        ("Established renal failure", "severe-kidney-disease"),
        ("Q87.81", "kidney-disease"),
        ("Haemodiafiltration", "dialysis"),
        ("Hemodiafiltration 3x/wk", "dialysis"),
    ],
)
def test_a_kidney_wording_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, by: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line, LISINOPRIL)
    assert code == 4 and doc["go_ahead"] is False
    assert by in withheld_ids(doc)
    table = run("recommend", "--goal", "migraine", "--meds-from", str(tmp_path / "list.txt"))
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.flat


@pytest.mark.parametrize(
    "line",
    ["Buerger's disease", "Temozolomide for GBM", "Erfa thyroid 60mg", "REF", "Dr Berger"],
)
def test_other_words_keep_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line, LISINOPRIL)
    assert code in (0, 3) and withheld_ids(doc) == []
