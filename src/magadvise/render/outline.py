"""A format-neutral outline of a document: sections of paragraphs, lists and tables."""

from __future__ import annotations

from dataclasses import dataclass, field

TONES = ("", "alert", "warning", "ok", "note")


@dataclass(frozen=True)
class Span:
    """A run of text; ``strong`` for emphasis; ``href`` only for http(s) links."""

    text: str
    strong: bool = False
    href: str | None = None


Inline = tuple[Span, ...]


def spans(*parts: str | Span) -> Inline:
    """Plain strings and Spans as one inline run."""
    return tuple(p if isinstance(p, Span) else Span(p) for p in parts)


def bold(value: str) -> Span:
    """Emphasised text."""
    return Span(value, strong=True)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; its tone colours it (alert = red, warning = yellow)."""

    inline: Inline
    tone: str = ""


@dataclass(frozen=True)
class Bullets:
    """An unordered list."""

    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    """A table of plain cells; ``numeric`` columns are right-aligned."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()


Block = Paragraph | Bullets | Table


@dataclass(frozen=True)
class Section:
    """A titled part of the document."""

    title: str
    blocks: tuple[Block, ...]
    tone: str = ""


@dataclass(frozen=True)
class Document:
    """The whole document."""

    title: str
    subtitle: str
    sections: tuple[Section, ...]
    footer: tuple[str, ...] = field(default_factory=tuple)


def plain(inline: Inline) -> str:
    """The text of an inline run, without emphasis."""
    return "".join(s.text for s in inline)


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
