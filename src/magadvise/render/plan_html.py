"""The plan as one self-contained HTML page: no external assets, text escaped, A4/Letter print."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from magadvise.render.outline import Block, Bullets, Inline, Paragraph, Span, Table, safe_href

if TYPE_CHECKING:
    from magadvise.render.outline import Document, Fact, Reference, Section

_SCHEME = re.compile(r"^https?://(www\.)?", re.IGNORECASE)
STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #111; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .05rem .8rem;
  margin: 0 0 .9rem; padding: .3rem 0; border-top: 2px solid #111; border-bottom: 1px solid #999; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
dl.facts .alert { color: #b00020; font-weight: 700; }
section { border: 1px solid #bbb; border-left-width: 6px; border-radius: 4px;
  padding: .4rem .9rem .6rem; margin: 0 0 .9rem; }
section h2 { font-size: 1.1rem; margin: .3rem 0 .4rem; }
section.alert { border: 2px solid #b00020; border-left-width: 8px; background: #fff5f5;
  break-inside: avoid; page-break-inside: avoid; }
section.alert h2 { color: #b00020; }
section.warning { border-color: #b26a00; background: #fffaf0; }
section.ok { border-color: #2e7d32; }
p { margin: .35rem 0; }
p.alert { color: #b00020; font-weight: 600; }
p.warning { color: #8a5200; }
p.ok { color: #1b5e20; }
p.note { color: #555; font-size: .92em; }
ul { margin: .3rem 0; padding-left: 1.3rem; }
li { margin: .15rem 0; }
table { border-collapse: collapse; margin: .4rem 0; }
th, td { text-align: left; padding: .15rem .7rem .15rem 0; border-bottom: 1px solid #ddd;
  vertical-align: top; }
td.num, th.num { text-align: right; }
a { color: #0645ad; overflow-wrap: anywhere; }
section.sources { border: none; border-top: 1px solid #999; border-radius: 0; padding: .3rem 0 0; }
section.sources ol { margin: .2rem 0; padding-left: 1.8rem; font-size: .85em; color: #333; }
section.sources li { margin: 0 0 .1rem; overflow-wrap: anywhere; }
section.sources a { color: inherit; }
.secondary { color: #8a5200; }
.signoff { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; margin: 1rem 0 .4rem; }
.signoff span { flex: 1 1 12rem; border-top: 1px solid #111; padding-top: .15rem;
  font-size: .85em; color: #333; margin-top: 1.4rem; }
footer { margin-top: .6rem; font-size: .85em; color: #444; font-style: italic; }
footer p { margin: .1rem 0; }
@page { size: auto; margin: 8mm 10mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .detail { display: none; }
  body { max-width: none; margin: 0; padding: 0; font-size: 8.2pt; line-height: 1.2;
    font-family: Arial, "Liberation Sans", Helvetica, "Nimbus Sans", sans-serif; }
  h1 { font-size: 13pt; }
  dl.facts { margin-bottom: 2mm; grid-template-columns: max-content 1fr max-content 1fr; }
  section { padding: .8mm 2.5mm 1mm; margin: 0 0 1.6mm; border-radius: 2px; }
  section h2 { font-size: 9.2pt; margin: .3mm 0 .6mm; }
  section.warning { background: none; }
  p { margin: .6mm 0; }
  ul { margin: .4mm 0; padding-left: 4mm; }
  li { margin: .2mm 0; }
  table { margin: .6mm 0; }
  th, td { padding: 0 3mm 0 0; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  tr, li, p { break-inside: avoid; page-break-inside: avoid; }
  section.sources ol { columns: 4; column-gap: 3.5mm; font-size: 6pt; line-height: 1.1;
    padding-left: 0; list-style-position: inside; }
  .columns { columns: 2; column-gap: 5mm; }
  .columns section, .columns p, .columns li { break-inside: auto; page-break-inside: auto; }
  .columns section { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
  p, li { orphans: 2; widows: 2; }
  section.alert ul { list-style: none; padding-left: 0; }
  .signoff { margin-top: 1mm; break-inside: avoid; }
  .signoff span { margin-top: 4mm; }
  footer { margin-top: 1mm; font-size: 6.5pt; }
  footer p { display: inline; margin: 0 .5em 0 0; }
}
"""


def inline(parts: Inline) -> str:
    """An inline run: text escaped, emphasis as <strong>, http(s) links as <a>."""
    out = []
    for span in parts:
        body = escape(span.text)
        if span.href:
            body = f'<a href="{escape(span.href, quote=True)}" rel="noreferrer">{body}</a>'
        elif span.strong:
            body = f"<strong>{body}</strong>"
        out.append(body)
    return "".join(out)


def _tone(tone: str) -> str:
    return f' class="{tone}"' if tone else ""


def block(item: Block) -> str:
    """One block as HTML."""
    if isinstance(item, Paragraph):
        return f"<p{_tone(item.tone)}>{inline(item.inline)}</p>"
    if isinstance(item, Bullets):
        items = "".join(f"<li>{inline(i)}</li>" for i in item.items)
        return f"<ul>{items}</ul>"
    assert isinstance(item, Table)

    def cell(tag: str, number: int, value: str) -> str:
        numeric = ' class="num"' if number in item.numeric else ""
        return f"<{tag}{numeric}>{escape(value)}</{tag}>"

    head = "".join(cell("th", n, h) for n, h in enumerate(item.header))
    rows = "".join(
        "<tr>" + "".join(cell("td", n, c) for n, c in enumerate(row)) + "</tr>" for row in item.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _facts(facts: tuple[Fact, ...]) -> str:
    rows = "".join(
        f"<dt{_tone(f.tone)}>{escape(f.label)}</dt><dd{_tone(f.tone)}>{inline(f.value)}</dd>"
        for f in facts
    )
    return f'<dl class="facts">{rows}</dl>'


def _section(section: Section) -> str:
    alert = section.tone == "alert"
    role = ' role="alert"' if alert else ""
    title = ("⚠ " if alert else "") + escape(section.title)
    body = "".join(block(b) for b in section.blocks)
    return f"<section{_tone(section.tone)}{role}><h2>{title}</h2>{body}</section>"


def reference(ref: Reference) -> str:
    """One source: linked by its title when a PMID or DOI also finds it, else with its URL."""
    body = escape(ref.text)
    href = safe_href(ref.url)
    if href and ref.identified:
        body = f'<a href="{escape(href, quote=True)}" rel="noreferrer">{body}</a>'
    elif ref.url:
        body += " " + inline((Span(_SCHEME.sub("", ref.url), href=href),))
    if ref.secondary:
        body += ' <strong class="secondary">Secondary source.</strong>'
    return f"<li>{body}</li>"


def _references(references: tuple[Reference, ...]) -> str:
    if not references:
        return ""
    items = "".join(reference(r) for r in references)
    return f'<section class="sources"><h2>Sources</h2><ol>{items}</ol></section>'


SIGNOFF = (
    '<div class="signoff"><span>Checked by (clinician or pharmacist)</span>'
    "<span>Signature</span><span>Date</span></div>"
)


def render(document: Document) -> str:
    """The whole page: header facts, alerts first, numbered sources last, a sign-off line."""
    lead = 0
    while lead < len(document.sections) and document.sections[lead].tone == "alert":
        lead += 1
    alerts = "\n".join(_section(s) for s in document.sections[:lead])
    rest = "\n".join(_section(s) for s in document.sections[lead:])
    sections = f'{alerts}\n<div class="columns">\n{rest}\n</div>'

    footer = "".join(f"<p>{escape(line)}</p>" for line in document.footer)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(document.title)}</h1>\n{_facts(document.facts)}</header>\n"
        f"{sections}\n{_references(document.references)}\n{SIGNOFF}\n"
        f"<footer>{footer}</footer>\n</body>\n</html>\n"
    )
