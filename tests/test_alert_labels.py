"""The alerts write a product's typed directions in brackets after its name, so the amount
counted does not run into them ("Mag-Ox 400 (2 tabs tid) 1,447.8 mg a day", not "Mag-Ox 400 2
tabs tid 1,447.8 mg a day"). Mag-Ox 400 is 241.3 mg a tablet (label-mag-ox-400)."""

from __future__ import annotations

import json

from conftest import RunFn

TID = "Mag-Ox 400 2 tabs tid"


def test_the_withheld_alert_brackets_the_directions(run: RunFn) -> None:
    table = run("recommend", "--goal", "migraine", "--med", TID)
    assert table.code == 4, table.err
    assert "magnesium already taken: Mag-Ox 400 (2 tabs tid) 1,447.8 mg a day" in table.flat
    assert "from Mag-Ox 400 (2 tabs tid);" in table.flat
    assert "2 tabs tid 1,447.8" not in table.flat
    doc = run("recommend", "--goal", "migraine", "--med", TID, "--json")
    data = doc.json()
    assert isinstance(data, dict)
    by = data["withheld"]["by"][0]
    assert by["name"] == "magnesium already taken: Mag-Ox 400 (2 tabs tid) 1,447.8 mg a day"


def test_the_counted_line_brackets_the_directions(run: RunFn) -> None:
    table = run(
        "dose", "citrate", "--elemental", "10", "--age", "40", "--med", "Slow-Mag 1 tab bid"
    )
    assert table.code == 0, table.err
    assert "Slow-Mag (1 tab bid): 71.5 mg elemental magnesium per tablet, 2 a day" in table.flat


def test_an_amount_before_the_directions_goes_in_the_brackets(run: RunFn) -> None:
    doc = run("recommend", "--goal", "migraine", "--med", "Mag-Ox 400 2 po daily", "--json")
    text = json.dumps(doc.json())
    assert "Mag-Ox 400 (2 po daily) 482.6 mg a day" in text


def test_an_unknown_amount_brackets_the_directions(run: RunFn) -> None:
    med = "magnesium glycinate 2 caps daily"
    table = run("recommend", "--goal", "migraine", "--med", med)
    assert table.code == 4, table.err
    assert "magnesium glycinate (2 caps daily) (amount not known)" in table.flat


def test_a_name_alone_is_written_as_typed(run: RunFn) -> None:
    table = run("recommend", "--goal", "migraine", "--med", "Mag-Ox 400", "--med", "Maalox 30 mL")
    assert "magnesium already taken: Mag-Ox 400 241.3 mg, Maalox 30 mL 1,000.2 mg a day" in (
        table.flat
    )
