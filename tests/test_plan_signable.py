"""`plan` as a document to sign: dated, says who and what was checked, serious cautions first in
every format, sources numbered last, and no command-line syntax in the text a patient reads."""

from __future__ import annotations

import re

import pytest

from conftest import DATA, RunFn

FORMATS = ("table", "markdown", "html", "json")
EPOCH = {"SOURCE_DATE_EPOCH": "1764460800"}  # 2025-11-30 00:00 UTC
TEST_RULES = ("--rules", str(DATA / "plan.yaml"))
SLEEP = (*TEST_RULES, "plan", "--goal", "sleep", "--age", "30", "--sex", "female")
# shipped rules: a major caution (dolutegravir), moderate ones, an unrecognised medicine and a
# product (a critical condition such as kidney disease withholds the dose: WITHHELD below)
HEAVY = (
    "plan",
    "--goal",
    "constipation",
    "--age",
    "70",
    "--sex",
    "male",
    "--med",
    "levothyroxine",
    "--med",
    "Tivicay",
    "--med",
    "Lasix",
    "--med",
    "foobarzol",
    "--product",
    "oxide 400mg",
)
WITHHELD = (*HEAVY, "--condition", "ckd")
OPTION = re.compile(r"(?<![\w-])--[a-z]|NAME=HH:MM|ID\[xN\]")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_plan_carries_its_date_person_and_medicines(run: RunFn, fmt: str) -> None:
    result = run(*HEAVY, "--format", fmt, env=EPOCH)
    assert result.code == 3, result.err  # foobarzol was not assessed
    out = " ".join(result.out.split())
    assert "2025-11-30" in out
    if fmt == "json":
        doc = result.json()
        assert isinstance(doc, dict)
        assert doc["date"] == "2025-11-30"
        assert doc["person"]["age"] == 70 and doc["person"]["sex"] == "male"
        assert [m["medication"] for m in doc["medicines_checked"]] == [
            "dolutegravir",
            "levothyroxine",
            "furosemide",
        ]
        assert doc["unassessed"][0]["input"] == "foobarzol" and doc["complete"] is False
        return
    assert "age 70, male" in out
    assert "Tivicay (dolutegravir)" in out and "Lasix (furosemide)" in out
    assert "foobarzol" in out and "NOT checked" in out


def test_without_a_fixed_date_the_plan_is_dated_today(run: RunFn) -> None:
    from datetime import date

    before = date.today()
    doc = run(*SLEEP, "--format", "json").ok_doc()
    after = date.today()  # the run may straddle midnight
    assert doc["date"] in {before.isoformat(), after.isoformat()}


@pytest.mark.parametrize("bad", ["yesterday", "-5", "1.5", "99999999999999999999"])
def test_a_bad_source_date_epoch_is_a_usage_error(run: RunFn, bad: str) -> None:
    result = run(*SLEEP, env={"SOURCE_DATE_EPOCH": bad})
    assert result.code == 2
    assert result.out == ""
    assert "SOURCE_DATE_EPOCH" in result.err and len(result.err.strip().splitlines()) == 1


def _positions(text: str, titles: list[str]) -> list[int]:
    found = [text.find(t) for t in titles]
    assert -1 not in found, [t for t, p in zip(titles, found, strict=True) if p < 0]
    return found


@pytest.mark.parametrize("fmt", ("table", "markdown", "html"))
def test_serious_cautions_come_first_sources_last(run: RunFn, fmt: str) -> None:
    out = run(*HEAVY, "--format", fmt, env=EPOCH).out
    titles = [
        "NOT ASSESSED: read this first",
        "Serious cautions: read before anything else",
        "MAJOR: Tivicay = dolutegravir",
        "Recommended form",
        "Daily target",
        "When to take magnesium",
        "Other cautions",
        "MODERATE: levothyroxine",
        "What to monitor",
        "When to ask a clinician",
        "Sources",
    ]
    positions = _positions(out, titles)
    assert positions == sorted(positions)
    assert out.count("MAJOR: Tivicay = dolutegravir") == 1  # shown once, as an alert


@pytest.mark.parametrize("fmt", ("table", "markdown", "html"))
def test_a_withheld_dose_comes_before_the_serious_cautions(run: RunFn, fmt: str) -> None:
    out = run(*WITHHELD, "--format", fmt, env=EPOCH).out
    titles = [
        "NO DOSE ADVISED: read this first",
        "NOT ASSESSED: read this first",
        "Serious cautions: read before anything else",
        "CRITICAL: Kidney disease",
        "MAJOR: Tivicay = dolutegravir",
        "Other cautions",
        "Sources",
    ]
    positions = _positions(out, titles)
    assert positions == sorted(positions)
    assert out.count("CRITICAL: Kidney disease") == 1
    assert "Daily target" not in out and "When to take magnesium" not in out


def test_alerts_are_styled_as_alerts(run: RunFn) -> None:
    md = run(*HEAVY, "--format", "markdown", env=EPOCH).out
    assert "## ⚠ Serious cautions: read before anything else\n\n> [!CAUTION]\n>" in md
    assert "> **⚠** **MAJOR: Tivicay = dolutegravir**" in md
    page = run(*HEAVY, "--format", "html", env=EPOCH).out
    assert '<section class="alert" role="alert"><h2>⚠ Serious cautions' in page
    assert re.search(r"section\.alert \{[^}]*break-inside: avoid", page)
    table = run(*HEAVY, env=EPOCH).out
    assert "┏━ Serious cautions: read before anything else" in table  # a heavy box


def test_json_puts_alerts_before_the_dose(run: RunFn) -> None:
    doc = run(*HEAVY, "--format", "json", env=EPOCH).json()
    assert isinstance(doc, dict)
    keys = list(doc)
    assert keys[:14] == [
        "format",
        "date",
        "go_ahead",
        "withheld",
        "ceiling",
        "doses_for",
        "dose_notes",
        "person",
        "complete",
        "unassessed",
        "skipped",
        "ignored",
        "alerts",
        "medicines_checked",
    ]
    assert keys.index("alerts") < keys.index("recommended") < keys.index("daily_target")
    kinds = [(a["kind"], a["severity"], a["id"]) for a in doc["alerts"]]
    assert kinds[0][:2] == ("medication", "major")
    withheld = run(*WITHHELD, "--format", "json", env=EPOCH).json()
    assert isinstance(withheld, dict)
    assert withheld["alerts"][0]["id"] == "kidney-disease" and withheld["go_ahead"] is False
    assert ("medication", "major", "integrase-inhibitor") in kinds or any(
        k[0] == "medication" and k[1] == "major" for k in kinds
    )
    assert all(a["severity"] in ("critical", "major") for a in doc["alerts"])
    medication = next(a for a in doc["alerts"] if a["kind"] == "medication")
    assert medication["input"] == "Tivicay" and medication["medication"] == "dolutegravir"
    assert medication["advice"] and medication["sources"]


def test_sources_are_numbered_in_the_order_cited_and_secondary_ones_marked(run: RunFn) -> None:
    doc = run(*HEAVY, "--format", "json", env=EPOCH).json()
    assert isinstance(doc, dict)
    ids = [s["id"] for s in doc["sources"]]
    first = doc["alerts"][0]["sources"]
    assert ids[: len(first)] == list(dict.fromkeys(first))  # the first alert cites [1-n]
    md = run(*HEAVY, "--format", "markdown", env=EPOCH).out
    listed = md[md.index("## Sources") :]
    assert listed.count("\n1. ") == 1 and f"\n{len(ids)}. " in listed
    secondary = [s for s in doc["sources"] if s["secondary"]]
    assert listed.count("**Secondary source.**") == len(secondary)
    table = run(*HEAVY, env=EPOCH).flat
    assert re.search(r"\[1(-\d+)?\]", table)  # the first alert cites its sources by number


@pytest.mark.parametrize("fmt", ("table", "markdown", "html"))
def test_no_command_line_syntax_in_the_plan(run: RunFn, fmt: str) -> None:
    args = (*HEAVY, "--med", "cipro", "--format", fmt)  # assumed dose times
    result = run(*args, env=EPOCH)
    text = re.sub(r"<style>.*?</style>", "", result.flat, flags=re.DOTALL)
    assert not OPTION.search(text), OPTION.search(text)
    assert "tell your pharmacist the times you take these medicines" in text
    assert "hint: dose times marked (assumed) are typical ones; give the real ones with --at" in (
        result.err
    )


def test_the_plan_without_medicines_says_none_were_given(run: RunFn) -> None:
    out = run(*SLEEP).flat
    assert "Medicines checked: none given" in out
    assert "No medicines or conditions were given, so none were checked." in out
    unknown = run(*SLEEP, "--med", "foobarzol", "--format", "markdown")
    assert unknown.code == 3
    assert "- **Medicines checked:** none of those given was recognised" in unknown.out
    assert "- **⚠** **NOT assessed:** **foobarzol: not recognised, NOT checked**" in unknown.out
    assert "No medicine given was recognised, so none was checked" in unknown.out


def test_untrusted_text_in_the_header_is_escaped(run: RunFn) -> None:
    page = run(*SLEEP, "--med", "<b>x</b>", "--format", "html").out
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


@pytest.mark.parametrize("fmt", ("table", "markdown", "html"))
def test_ids_the_rules_cite_inline_become_the_plans_numbers(run: RunFn, fmt: str) -> None:
    out = run(*WITHHELD, "--condition", "heart block", "--format", fmt, env=EPOCH).flat
    doc = run(*WITHHELD, "--condition", "heart block", "--format", "json", env=EPOCH).json()
    assert isinstance(doc, dict)
    ids = [s["id"] for s in doc["sources"]]
    assert ids[:2] == ["s33", "s34"]  # cited inline as [s33, s34] in the kidney basis
    assert not re.search(r"\[(s\d|smpc-|mpr-)", out)
    assert re.search(r"at any stage \\?\[1, 2\\?\]", out)
