"""``HD`` spelled out as Huntington's disease, or beside its chorea medicine, is no dialysis;
``PD`` leading a line before a Parkinson's medicine is Parkinson's disease.

Before, ``Huntington's disease (HD)`` recorded dialysis and withheld the dose, and so did
``PD - on co-careldopa``; ``HD`` alone and ``PD - Baxter`` still withhold as dialysis.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids


@pytest.mark.parametrize(
    "line", ["Huntington's disease (HD)", "Tetrabenazine 25 mg bd (HD)", "PD - on co-careldopa"]
)
def test_the_other_meaning_said_on_the_line_is_no_dialysis(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "Amlodipine 5 mg", line)
    assert code in (0, 3) and withheld_ids(doc) == [] and doc["go_ahead"] is True


@pytest.mark.parametrize("line", ["HD", "PD - Baxter", "Pramipexole (RLS, HD)"])
def test_dialysis_readings_still_withhold(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "Amlodipine 5 mg", line)
    assert code == 4 and doc["go_ahead"] is False
