"""The plan as Markdown: every untrusted character that Markdown or HTML would read is escaped."""

from __future__ import annotations

import re

from magadvise.render.outline import Block, Bullets, Document, Inline, Paragraph, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
_SPACE = re.compile(r"\s+")
_LINE_START = re.compile(r"^(?:([#+=-])|(\d+)([.)]))")
TONE_PREFIX = {"alert": "**⚠** ", "warning": "**!** "}


def escape(value: str) -> str:
    """Text shown literally by any CommonMark renderer: punctuation escaped, lines joined."""
    flat = _SPACE.sub(" ", value)
    return _SPECIAL.sub(r"\\\1", flat)


def _guard(line: str) -> str:
    """Escape what would start a heading, list or rule if a line began with it."""
    return _LINE_START.sub(
        lambda m: "\\" + m.group(0) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", line
    )


def _url(value: str) -> str:
    return value.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def inline(parts: Inline) -> str:
    """An inline run: **strong**, <autolinks> for http(s) URLs, everything else escaped."""
    out = []
    for span in parts:
        if span.href:
            out.append(f"<{_url(span.href)}>")
        elif span.strong and span.text.strip():
            lead = " " if span.text[:1].isspace() else ""
            tail = " " if span.text[-1:].isspace() else ""
            out.append(f"{lead}**{escape(span.text.strip())}**{tail}")
        else:
            out.append(escape(span.text))
    return "".join(out)


def _cell(value: str) -> str:
    return escape(value) or " "


def block(item: Block) -> str:
    """One block, as Markdown lines."""
    if isinstance(item, Paragraph):
        return TONE_PREFIX.get(item.tone, "") + _guard(inline(item.inline))
    if isinstance(item, Bullets):
        return "\n".join(f"- {_guard(inline(i))}" for i in item.items)
    assert isinstance(item, Table)
    head = "| " + " | ".join(_cell(h) for h in item.header) + " |"
    rule = (
        "|"
        + "|".join("---:" if n in item.numeric else "---" for n in range(len(item.header)))
        + "|"
    )
    rows = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in item.rows]
    return "\n".join([head, rule, *rows])


def render(document: Document) -> str:
    """The whole plan as a Markdown document ending in a newline."""
    parts = [f"# {escape(document.title)}", _guard(escape(document.subtitle))]
    for section in document.sections:
        title = escape(section.title)
        parts.append(f"## {'⚠ ' if section.tone == 'alert' else ''}{title}")
        parts.extend(block(b) for b in section.blocks)
    parts.append("---")
    parts.extend(f"*{escape(line)}*" for line in document.footer)
    return "\n\n".join(parts) + "\n"
