"""The plan as one self-contained HTML page: no external assets, text escaped, A4/Letter print."""

from __future__ import annotations

from html import escape

from magadvise.render.outline import Block, Bullets, Document, Inline, Paragraph, Table

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #111; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
.who { margin: 0 0 1rem; color: #333; }
section { border: 1px solid #bbb; border-left-width: 6px; border-radius: 4px;
  padding: .4rem .9rem .6rem; margin: 0 0 .9rem; break-inside: avoid; page-break-inside: avoid; }
section h2 { font-size: 1.1rem; margin: .3rem 0 .4rem; }
section.alert { border-color: #b00020; background: #fff5f5; }
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
footer { margin-top: 1rem; font-size: .9em; color: #444; font-style: italic; }
@page { size: auto; margin: 15mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  section { background: none !important; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  tr, li, p { break-inside: avoid; page-break-inside: avoid; }
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


def render(document: Document) -> str:
    """The whole page."""
    sections = "\n".join(
        f"<section{_tone(s.tone)}><h2>{escape(s.title)}</h2>"
        + "".join(block(b) for b in s.blocks)
        + "</section>"
        for s in document.sections
    )
    footer = "".join(f"<p>{escape(line)}</p>" for line in document.footer)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<h1>{escape(document.title)}</h1>\n<p class="who">{escape(document.subtitle)}</p>\n'
        f"{sections}\n<footer>{footer}</footer>\n</body>\n</html>\n"
    )
