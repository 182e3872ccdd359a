"""`magadvise plan`: every format, files written safely, untrusted text escaped, exit codes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, RunFn

BASE = ("plan", "--goal", "migraine", "--age", "52", "--sex", "female")


def rules(*extra: str, path: Path = DATA / "plan.yaml") -> tuple[str, ...]:
    """Arguments that point magadvise at the planning test rules."""
    return ("--rules", str(path), *extra)


def plan_json(run: RunFn, *args: str) -> dict[str, Any]:
    return run(*rules(*BASE, *args, "--format", "json")).ok_doc()


def test_table_plan_has_every_part(run: RunFn) -> None:
    args = ("--med", "levothyroxine", "--med", "Lasix", "--product", "glycinate 500mg")
    result = run(*rules(*BASE, *args))
    assert result.code == 0, result.err
    out = result.out
    order = [
        "Magnesium plan: Migraine prevention",
        "Date:",
        "Medicines checked: levothyroxine; Lasix (furosemide)",
        "Recommended form",
        "How much",
        "When to take magnesium",
        "Cautions",
        "Food",
        "What to monitor",
        "When to ask a clinician",
        "Sources",
    ]
    positions = [out.index(title) for title in order]
    assert positions == sorted(positions)
    assert "Magnesium citrate for Migraine prevention" in out
    assert "Daily target: 600 mg elemental magnesium a day" in out
    assert "read as 500 mg ELEMENTAL magnesium per unit" in out
    assert "--elemental-per-unit" not in out  # no command-line syntax in the plan itself
    assert "if the label's 500 mg is the compound, give --elemental-per-unit 70.5" in result.err
    assert "1 unit a day give 500 mg" in out
    assert "only under a clinician's supervision" in out
    assert "320 mg/day (RDA, female, 51+ years)" in out
    assert "Pumpkin seeds, roasted" in out
    assert "serum magnesium" in out
    assert "Take magnesium at least 4 h before or 4 h after levothyroxine" in out
    assert "See a doctor for new headaches." in out
    assert "Dietary Reference Intakes" in out and "1997" in out and "doi:10.17226/5776" in out
    assert "not medical advice" in out


def test_cautions_are_worst_first(run: RunFn) -> None:
    args = ("--med", "hctz", "--med", "furosemide", "--condition", "ckd")
    out = run(*rules(*BASE, *args)).out
    assert out.index("CRITICAL: Kidney disease") < out.index("MODERATE: furosemide")
    assert out.index("MODERATE: furosemide") < out.index("MINOR: hctz = hydrochlorothiazide")


def test_elemental_per_unit_overrides_the_reading(run: RunFn) -> None:
    doc = plan_json(run, "--product", "citrate 1000 mg", "--elemental-per-unit", "150")
    product = doc["product"]
    assert product["read_as"] == "elemental"
    assert product["elemental_mg_per_unit"] == 150
    assert product["compound_mg_per_unit"] == pytest.approx(1327.434, abs=0.001)
    assert product["units_per_day"] == 4
    assert product["units_fit_range"] is True
    assert product["elemental_mg_per_day"] == 600
    assert doc["check"]["status"] == "supervise"


def test_product_forms_people_type(run: RunFn) -> None:
    for text in ("Magnesium glycinate 500 mg", "glycinate 0.5g", "bisglycinate 500"):
        product = plan_json(run, "--product", text)["product"]
        assert product["formulation"] == "glycinate"
        assert product["per_unit_mg"] == 500
        # The safer of the two readings: fewer units if the label meant the compound.
        assert product["elemental_mg_per_unit"] == 500
        assert (product["read_as"], product["elemental_assumed"]) == ("elemental", True)
    bare = plan_json(run, "--product", "citrate")["product"]
    assert bare["per_unit_mg"] is None and bare["units_per_day"] is None
    assert bare["read_as"] == "no amount given"


def test_assumed_elemental_reading_does_not_promise_the_upper_level(run: RunFn) -> None:
    # Migraine's target is above the upper level (under supervision): the product paragraph
    # must not say its unit count stays under it, then advise units that go over it.
    result = run(*rules(*BASE, "--product", "Magnesium citrate 200 mg", "--format", "markdown"))
    assert result.code == 0, result.err
    text = " ".join(result.out.split())
    assert "never goes over the upper level" not in text
    assert "units below give no more than the daily target above" in text
    doc = plan_json(run, "--product", "Magnesium citrate 200 mg")
    assert doc["product"]["elemental_mg_per_day"] > 350
    assert doc["check"]["status"] == "supervise"


def test_product_in_the_goals_avoid_list_is_flagged(run: RunFn) -> None:
    doc = plan_json(run, "--product", "MgO 400mg")
    assert doc["product"]["avoid_for_goal"] == "Loose stools."
    out = run(*rules(*BASE, "--product", "MgO 400mg")).out
    assert "Your product's form is one to avoid for this goal: Loose stools." in out


def test_within_the_upper_level_goal(run: RunFn) -> None:
    doc = run(*rules("plan", "--goal", "sleep", "--age", "30", "--sex", "male", "--format", "json"))
    assert doc.code == 0
    body = doc.json()
    assert isinstance(body, dict)
    assert body["check"]["status"] == "at"  # the range tops out at the UL itself
    assert body["daily_target"]["max_mg"] == 350


def test_json_shape(run: RunFn) -> None:
    args = ("--med", "levothyroxine", "--product", "glycinate 500mg", "--food", "almonds x2")
    doc = plan_json(run, *args)
    assert set(doc) == {
        "format",
        "date",
        "go_ahead",
        "withheld",
        "ceiling",
        "doses_for",
        "dose_notes",
        "person",
        "alerts",
        "medicines_checked",
        "goal",
        "recommended",
        "not_for_age",
        "over_limit",
        "daily_target",
        "product",
        "check",
        "intake",
        "food",
        "food_ideas",
        "cautions",
        "unassessed",
        "skipped",
        "from_record",
        "ignored",
        "conditions",
        "timing",
        "monitor",
        "ask_a_clinician",
        "sources",
        "complete",
        "generated_by",
        "rules_file",
        "disclaimer",
    }
    assert doc["person"] == {
        "age": 52.0,
        "sex": "female",
        "pregnant": False,
        "breastfeeding": False,
    }
    assert doc["recommended"]["formulation"] == "citrate"
    assert doc["daily_target"]["min_mg"] == 600
    assert doc["daily_target"]["compound_min_mg"] == pytest.approx(5309.735, abs=0.001)
    assert doc["intake"]["mg"] == 320
    assert doc["food"]["total_mg"] == 160
    assert doc["food"]["percent_of_target"] == 50
    assert doc["cautions"][0]["medication"] == "levothyroxine"
    assert doc["timing"]["feasible"] is True
    assert doc["complete"] is True
    assert {s["id"] for s in doc["sources"]} >= {"s1", "s2", "s3"}


def test_pregnancy_adds_its_caution_and_target(run: RunFn) -> None:
    doc = run(*rules("plan", "--goal", "sleep", "--age", "25", "--pregnant", "--format", "json"))
    body = doc.json()
    assert isinstance(body, dict)
    assert body["intake"]["mg"] == 350
    assert [c["id"] for c in body["conditions"]] == ["pregnancy"]
    no = plan_json(run)
    assert no["conditions"] == []


def test_unassessed_medicine_exits_3_and_says_so_loudly_in_every_format(run: RunFn) -> None:
    for fmt, marker in (
        ("table", "NOT ASSESSED: read this first"),
        ("markdown", "## ⚠ NOT ASSESSED: read this first"),
        ("html", '<section class="alert" role="alert"><h2>⚠ NOT ASSESSED: read this first</h2>'),
        ("json", '"complete": false'),
    ):
        result = run(*rules(*BASE, "--med", "furosemde", "--format", fmt))
        assert result.code == 3, fmt
        assert marker in result.out, fmt
        assert "not recognised and NOT checked: furosemde" in result.err
    table = run(*rules(*BASE, "--med", "furosemde")).out
    assert table.index("NOT ASSESSED") < table.index("Recommended form")
    assert "Did you mean" in table and "furosemide?" in table


def test_markdown(run: RunFn) -> None:
    result = run(*rules(*BASE, "--med", "cipro", "--format", "markdown"))
    assert result.code == 0, result.err
    md = result.out
    assert md.startswith("# Magnesium plan: Migraine prevention\n")
    assert "## When to take magnesium" in md
    assert "| Medicine | Dose times | Magnesium at least |" in md
    assert "**Magnesium citrate** for Migraine prevention" in md
    assert "<https://example.org/s1>" in md


def test_html_is_one_self_contained_page_that_prints(run: RunFn) -> None:
    result = run(*rules(*BASE, "--med", "cipro", "--format", "html"))
    assert result.code == 0, result.err
    page = result.out
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert "@page" in page and "size: auto" in page
    assert "break-inside: avoid" in page
    for asset in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url("):
        assert asset not in page.lower()
    assert not re.search(r"(src|href)=\"(?!https?://)", page)  # only plain http(s) links
    assert '<a href="https://example.org/s1" rel="noreferrer">' in page


def _hostile_rules(tmp_path: Path) -> Path:
    text = (DATA / "plan.yaml").read_text(encoding="utf-8")
    text = text.replace(
        'why: "Used in trials."', 'why: "<script>alert(1)</script> [bold]x[/] **b** & co"'
    )
    text = text.replace(
        'name: "Banana"', 'name: "<img src=x onerror=alert(1)> [link](javascript:x)"'
    )
    text = text.replace('url: "https://example.org/s1"', 'url: "javascript:alert(1)"')
    text = text.replace('summary: "Small trials."', 'summary: "# heading\\n- item | pipe `code`"')
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_untrusted_text_is_escaped_in_html(run: RunFn, tmp_path: Path) -> None:
    path = _hostile_rules(tmp_path)
    args = ("--food", "banana", "--format", "html")
    result = run(*rules(*BASE, *args, path=path))
    assert result.code == 0, result.err
    page = result.out
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript' not in page
    assert "javascript:alert(1)" in page  # shown as text, not linked


def test_untrusted_text_is_escaped_in_markdown(run: RunFn, tmp_path: Path) -> None:
    path = _hostile_rules(tmp_path)
    result = run(*rules(*BASE, "--food", "banana", "--format", "markdown", path=path))
    assert result.code == 0, result.err
    md = result.out
    assert not re.search(r"(?<!\\)<(script|img)", md)  # only escaped: \<script\>
    assert r"\<script\>alert(1)\</script\>" in md
    assert r"\[bold\]x\[/\] \*\*b\*\* \& co" in md
    assert r"\[link\](javascript:x)" in md
    assert "<javascript:alert(1)>" not in md
    assert r"**The evidence:** # heading - item \| pipe \`code\`" in md  # one line, inert
    assert "\n# heading" not in md


def test_untrusted_text_in_the_terminal_is_literal(run: RunFn, tmp_path: Path) -> None:
    result = run(*rules(*BASE, path=_hostile_rules(tmp_path)))
    assert result.code == 0, result.err
    assert "[bold]x[/]" in result.out


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("markdown", "# Magnesium plan"),
        ("html", "<!DOCTYPE"),
        ("json", "{"),
        ("table", "Magnesium plan"),
    ],
)
def test_output_writes_a_file_and_nothing_to_stdout(
    run: RunFn, tmp_path: Path, fmt: str, start: str
) -> None:
    target = tmp_path / f"plan.{fmt}"
    result = run(*rules(*BASE, "--format", fmt, "--output", str(target)))
    assert result.code == 0, result.err
    assert result.out == ""
    assert f"wrote the plan to {target}" in result.err
    content = target.read_text(encoding="utf-8")
    assert content.startswith(start)
    assert "\x1b[" not in content
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left behind


def test_output_never_overwrites_without_force(run: RunFn, tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_text("mine\n", encoding="utf-8")
    result = run(*rules(*BASE, "--format", "markdown", "--output", str(target)))
    assert result.code == 2
    assert "already exists; add --force to overwrite it" in result.err
    assert target.read_text(encoding="utf-8") == "mine\n"
    forced = run(*rules(*BASE, "--format", "markdown", "--output", str(target), "--force"))
    assert forced.code == 0, forced.err
    assert target.read_text(encoding="utf-8").startswith("# Magnesium plan")


def test_output_is_atomic_a_failed_write_leaves_the_old_file(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.html"
    target.write_text("old\n", encoding="utf-8")
    moves: list[tuple[str, str]] = []

    def failing_replace(self: Path, destination: Path) -> Path:
        moves.append((str(self), str(destination)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", failing_replace)
    result = run(*rules(*BASE, "--format", "html", "--output", str(target), "--force"))
    assert result.code == 74  # a full disk is an output failure, not a usage error
    assert "cannot write" in result.err and "No space left on device" in result.err
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.html"]  # the temp file was removed
    temp, _ = next(m for m in moves if m[1] == str(target))
    assert Path(temp).parent == tmp_path and Path(temp).name != "plan.html"


def test_output_into_a_missing_directory_is_a_usage_error(run: RunFn, tmp_path: Path) -> None:
    target = tmp_path / "nope" / "plan.md"
    result = run(*rules(*BASE, "--format", "markdown", "--output", str(target)))
    assert result.code == 2
    assert "cannot write" in result.err


def test_unassessed_plan_is_still_written_and_exits_3(run: RunFn, tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    result = run(*rules(*BASE, "--med", "zzz", "--format", "markdown", "--output", str(target)))
    assert result.code == 3
    assert "NOT ASSESSED" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--goal", "migrane"), "unknown goal 'migrane'"),
        (("--product", "unobtainium 5mg"), "unknown formulation 'unobtainium'"),
        (("--product", "500mg"), "name the form"),
        (("--elemental-per-unit", "100"), "describe a --product"),
        (("--format", "pdf"), "pdf"),
        (("--sex", "male", "--pregnant"), "cannot be combined"),
        (("--at", "nothing=08:00"), "'nothing' is not one of the medicines listed"),
    ],
)
def test_plan_usage_errors(run: RunFn, args: tuple[str, ...], message: str) -> None:
    base = [a for a in BASE if a not in ("--goal", "migraine")] if "--goal" in args else BASE
    base = tuple(a for a in base if a not in ("--sex", "female")) if "--sex" in args else base
    if "--goal" in args:
        base = ("plan", "--age", "52", "--sex", "female")
    result = run(*rules(*base, *args))
    assert result.code == 2
    assert message in result.err


def test_rules_without_intake_still_plan(run: RunFn) -> None:
    result = run("--rules", str(DATA / "mini.yaml"), *BASE, "--format", "markdown")
    assert result.code == 0, result.err
    assert "no intake table" in result.out
    assert "no upper-level table" in result.out


def test_a_goal_without_shown_benefit_says_so_in_the_plan(run: RunFn) -> None:
    result = run(*rules("plan", "--goal", "cramps", "--age", "40", "--sex", "male"))
    assert result.code == 0, result.err
    assert "points to no meaningful benefit: weigh with a clinician" in " ".join(
        result.out.replace("│", " ").split()
    )
