"""A format-neutral outline of a document: sections of paragraphs, lists and tables."""

from __future__ import annotations

from magadvise.record import Record

TONES = ("", "alert", "warning", "ok", "note", "detail")
"""``detail``: background a reader on screen may want and a printed page can leave out."""


class Span(Record):
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


class Paragraph(Record):
    """A paragraph; its tone colours it (alert = red, warning = yellow; see TONES)."""

    inline: Inline
    tone: str = ""


class Bullets(Record):
    """An unordered list."""

    items: tuple[Inline, ...]


class Table(Record):
    """A table of plain cells; ``numeric`` columns are right-aligned."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()


Block = Paragraph | Bullets | Table


class Section(Record):
    """A titled part of the document."""

    title: str
    blocks: tuple[Block, ...]
    tone: str = ""


class Fact(Record):
    """One line of the document's header: a label and its value (``Date``, ``2026-11-30``)."""

    label: str
    value: Inline
    tone: str = ""


class Reference(Record):
    """One numbered source at the end.

    ``text`` is title, publisher, year and identifiers; ``url`` as the rules give it (only an
    http(s) URL becomes a link);
    ``identified`` is True when a PMID or DOI finds it without the URL; ``secondary`` marks a
    source that is not the primary one (a vendor page, a copy, a summary).
    """

    text: str
    url: str | None = None
    identified: bool = False
    secondary: bool = False

    def inline(self) -> Inline:
        """The whole reference as one run: text, URL (linked), and the secondary mark."""
        parts: list[Span] = [Span(self.text)]
        if self.url:
            parts += [Span(" "), Span(self.url, href=safe_href(self.url))]
        if self.secondary:
            parts += [Span(" "), Span("Secondary source.", strong=True)]
        return tuple(parts)


class Document(Record):
    """The whole document: title, header facts, sections in reading order, numbered references."""

    title: str
    facts: tuple[Fact, ...]
    sections: tuple[Section, ...]
    references: tuple[Reference, ...] = ()
    footer: tuple[str, ...] = ()


def plain(inline: Inline) -> str:
    """The text of an inline run, without emphasis."""
    return "".join(s.text for s in inline)


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
