"""Regenerate docs/plan.svg (a terminal plan) and docs/plan-example.html from the shipped rules.

Run from the repository root:  PYTHONPATH=src python docs/make_plan_examples.py
The plan is dated by SOURCE_DATE_EPOCH when it is set (reproducible files), else today.
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console
from rich.terminal_theme import MONOKAI

from magadvise.advice.intake import person
from magadvise.advice.plan import make_plan, plan_sources
from magadvise.clock import today
from magadvise.render.plan_html import render
from magadvise.render.plan_outline import plan_document
from magadvise.render.plan_view import plan_view
from magadvise.rules.load import load_rules

DOCS = Path(__file__).resolve().parent
FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
COMMAND = (
    "magadvise plan --goal migraine --med levothyroxine --med furosemide --med Tivicay --age 52 "
    '--sex female --product "glycinate 500mg"'
)


def main() -> None:
    """Write both files."""
    rules = load_rules(None, use_cache=False)
    plan = make_plan(
        rules,
        person(52, "female"),
        "migraine",
        ["levothyroxine", "furosemide", "Tivicay"],
        [],
        product="glycinate 500mg",
    )
    document = plan_document(plan, plan_sources(rules, plan), today())
    console = Console(record=True, width=100, force_terminal=True, color_system="truecolor")
    console.print(f"$ {COMMAND}", style="bold", markup=False, highlight=False)
    for renderable in plan_view(document):
        console.print(renderable)
    svg = console.export_svg(title="magadvise plan", theme=MONOKAI)
    svg = FONT_FACE.sub("", svg)  # Rich links a web font; keep the picture offline
    (DOCS / "plan.svg").write_text(svg, encoding="utf-8")
    (DOCS / "plan-example.html").write_text(render(document), encoding="utf-8")


if __name__ == "__main__":
    main()
