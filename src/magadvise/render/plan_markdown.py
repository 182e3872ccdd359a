"""The plan as Markdown: every untrusted character that Markdown or HTML would read is escaped."""

from __future__ import annotations

import re

from magadvise.render.outline import Block, Bullets, Document, Inline, Paragraph, Section, Table

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


def _quoted(text: str) -> str:
    """Markdown lines inside a blockquote (a GitHub-style caution box)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def section(item: Section) -> list[str]:
    """A section's heading and blocks; an alert's blocks sit in a ``> [!CAUTION]`` box."""
    title = escape(item.title)
    if item.tone != "alert":
        return [f"## {title}", *(block(b) for b in item.blocks)]
    body = "\n\n".join(block(b) for b in item.blocks)
    return [f"## ⚠ {title}", _quoted("[!CAUTION]\n" + body)]


def render(document: Document) -> str:
    """The whole plan as a Markdown document ending in a newline."""
    parts = [f"# {escape(document.title)}"]
    parts.append(
        "\n".join(
            f"- {TONE_PREFIX.get(fact.tone, '')}**{escape(fact.label)}:** {inline(fact.value)}"
            for fact in document.facts
        )
    )
    for item in document.sections:
        parts.extend(section(item))
    if document.references:
        parts.append("## Sources")
        parts.append(
            "\n".join(f"{n}. {inline(r.inline())}" for n, r in enumerate(document.references, 1))
        )
    parts.append("---")
    parts.extend(f"*{escape(line)}*" for line in document.footer)
    return "\n\n".join(parts) + "\n"
