"""``cycle`` is a plain English word, not a slip of the peritoneal dialysis ``cycler``.

Before, ``Chemo cycle 2``, ``FOLFOX cycle 4`` and ``Irregular menstrual cycle`` withheld the dose
as a near miss of ``cycler`` (dialysis) and asked for ``--condition 'chemo cycler 2'``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids


@pytest.mark.parametrize(
    "lines",
    [("Chemo cycle 2",), ("FOLFOX cycle 4",), ("Cisplatin chemo cycle 3", "Ondansetron 8mg bd"),
     ("Irregular menstrual cycle",), ("Ovulation cycle tracking",)],
)  # fmt: skip
def test_a_cycle_is_no_dialysis_cycler(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: tuple[str, ...]
) -> None:
    _code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", *lines)
    assert "record-not-read" not in withheld_ids(doc)
    assert "cycler" not in " ".join(s["reason"] for s in doc["skipped"])


def test_a_cycler_misspelt_still_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "PD cylcer nightly")
    assert code == 4 and doc["go_ahead"] is False
