"""The HTML plan printed by a real browser (headless Chromium): at most two A4 and two Letter
pages, unrecognised medicines and critical cautions before the dose, the sources last."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import RunFn

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on PATH, so the printed plan is not checked "
    "(install it: apt-get install chromium; CI does)",
)
pypdf = pytest.importorskip("pypdf", reason="pypdf (a test extra) reads the printed pages")

# A heavy, realistic plan from the shipped rules: an age-implied condition, four medicines with
# cautions and spacing (one major), one medicine nobody could check, a product. With kidney
# disease (WITHHELD) the dose is withheld and the plan says so first.
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
    "ciprofloxacin",
    "--med",
    "Lasix",
    "--med",
    "Tivicay",
    "--med",
    "foobarzol",
    "--product",
    "oxide 400mg",
    "--format",
    "html",
)
WITHHELD = (*HEAVY, "--condition", "ckd")
PAPER = {"A4": (595, 842), "letter": (612, 792)}  # points, as the PDF's media box gives them
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def print_to_pdf(page: str, paper: str, workdir: Path) -> Path:
    """The page as Chromium prints it on that paper (the user's print dialogue picks the size;
    here an ``@page { size }`` rule added after the page's own styles does)."""
    html = workdir / f"plan-{paper}.html"
    html.write_text(page.replace("</style>", f"@page {{ size: {paper}; }}</style>", 1), "utf-8")
    pdf = workdir / f"plan-{paper}.pdf"
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={workdir / f'profile-{paper}'}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=300,  # a guard against a hung browser, not a speed check
        check=False,
    )
    assert pdf.exists() and pdf.stat().st_size, f"Chromium printed nothing: {done.stderr[-2000:]}"
    return pdf


@pytest.fixture
def heavy_page(run: RunFn) -> str:
    """The heavy plan's HTML, dated reproducibly."""
    result = run(*HEAVY, env={"SOURCE_DATE_EPOCH": "1764460800"})
    assert result.code == 3, result.err  # foobarzol was not assessed
    return result.out


@pytest.mark.parametrize("paper", sorted(PAPER))
def test_heavy_plan_prints_on_two_pages_alerts_first_sources_last(
    heavy_page: str, paper: str, tmp_path: Path
) -> None:
    reader = pypdf.PdfReader(print_to_pdf(heavy_page, paper, tmp_path))
    pages = [p.extract_text() for p in reader.pages]
    width, height = PAPER[paper]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width, height)
    assert 1 <= len(pages) <= 2, f"{len(pages)} {paper} pages"
    text = " ".join(" ".join(pages).split())
    first = " ".join(pages[0].split())
    # the header: date, person, what was checked and what was not
    assert "2025-11-30" in first and "age 70, male" in first
    assert "levothyroxine; ciprofloxacin; Lasix (furosemide)" in first
    assert "foobarzol: not recognised, NOT checked" in first
    # alerts on the first page, whole, before the form and the dose
    assert "NOT ASSESSED: read this first" in first
    assert "MAJOR: Tivicay = dolutegravir" in first
    order = [
        "NOT ASSESSED: read this first",
        "Serious cautions: read before anything else",
        "MAJOR: Tivicay = dolutegravir",
        "Recommended form",
        "Daily target",
        "When to take magnesium",
        "Other cautions",
        "What to monitor",
        "When to ask a clinician",
        "Sources",
        "Checked by (clinician or pharmacist)",
    ]
    positions = [text.find(title) for title in order]
    assert -1 not in positions, [t for t, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions), order
    sources = text[text.index("Sources") :]
    assert "1. " in sources and "Secondary source." in sources
    assert "--at" not in text and "NAME=HH:MM" not in text


@pytest.mark.parametrize("paper", sorted(PAPER))
def test_a_withheld_plan_prints_no_dose_first_on_two_pages(
    run: RunFn, paper: str, tmp_path: Path
) -> None:
    result = run(*WITHHELD, env={"SOURCE_DATE_EPOCH": "1764460800"})
    assert result.code == 4, result.err  # kidney disease withholds the dose
    reader = pypdf.PdfReader(print_to_pdf(result.out, paper, tmp_path))
    pages = [p.extract_text() for p in reader.pages]
    assert 1 <= len(pages) <= 2, f"{len(pages)} {paper} pages"
    text = " ".join(" ".join(pages).split())
    first = " ".join(pages[0].split())
    assert "NO DOSE ADVISED" in first and "CRITICAL: Kidney disease" in first
    order = ["NO DOSE ADVISED", "NOT ASSESSED", "Serious cautions", "CRITICAL: Kidney", "Sources"]
    positions = [text.find(title) for title in order]
    assert -1 not in positions and positions == sorted(positions), order
    assert "Daily target" not in text and "Recommended form" not in text
