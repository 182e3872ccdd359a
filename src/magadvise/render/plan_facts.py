"""The plan's header (date, person, medicines checked and not assessed) and numbered sources."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from magadvise.advice.plan import Plan
from magadvise.advice.salt_clash import disagree_label
from magadvise.render.outline import (
    Block,
    Bullets,
    Document,
    Fact,
    Paragraph,
    Reference,
    Span,
    Table,
    bold,
    spans,
)
from magadvise.rules.model import Source


def facts(plan: Plan, made_on: date) -> tuple[Fact, ...]:
    """Date, who it is for, goal, conditions, product, medicines checked and NOT assessed."""
    report = plan.cautions
    checked = []
    for caution in report.medications:
        typed, name = caution.resolved.input.strip(), caution.resolved.medication.name
        checked.append(name if typed.casefold() == name.casefold() else f"{typed} ({name})")
    out = [
        Fact("Date", spans(made_on.isoformat())),
        Fact("For", spans(plan.person.describe())),
        Fact("Goal", spans(plan.advice.goal.name)),
        Fact("Conditions", spans("; ".join(c.name for c in report.conditions) or "none given")),
    ]
    if plan.product is not None:
        out.append(Fact("Product", spans(plan.product.text)))
    none = "none of those given was recognised" if report.unassessed else "none given"
    out.append(Fact("Medicines checked", spans("; ".join(checked) or none)))
    if report.unassessed:
        names = "; ".join(u.input for u in report.unassessed)
        out.append(
            Fact("NOT assessed", spans(bold(f"{names}: not recognised, NOT checked")), "alert")
        )
    doubts = [
        *(m.resolved.disagreement for m in report.medications),
        *(u.disagreement for u in report.unassessed),
    ]
    for doubt in dict.fromkeys(d for d in doubts if d):
        out.append(Fact(disagree_label(doubt), spans(bold(doubt)), "alert"))
    if report.record:
        from magadvise.render.record_view import origin

        for said in dict.fromkeys(origin(f) for f in report.record):
            read = "; ".join(
                f"{f.text} ({f.entry.where})" for f in report.record if origin(f) == said
            )
            out.append(Fact(said, spans(read)))
    if report.skipped:
        skipped = "; ".join(f"{e.name} ({e.skipped})" for e in report.skipped)
        out.append(Fact("Not checked", spans(skipped)))
    if any(e.unread for e in report.skipped):
        from magadvise.render.record_view import NOT_READ

        out.append(Fact("NOT read", spans(bold(NOT_READ)), "alert"))
    if report.ignored:
        ignored = "; ".join(f"{i.input} ({i.reason})" for i in report.ignored)
        out.append(Fact("Ignored (not medicines)", spans(ignored)))
    return tuple(out)


def citations(sources: Sequence[Source]) -> dict[str, int]:
    """Source id -> its number in the reference list (1-based, in the order given)."""
    return {s.id: n for n, s in enumerate(sources, 1)}


def cite_with(numbers: dict[str, int]) -> Callable[[Iterable[str]], str]:
    """A function that turns source ids into `` [2, 5]`` (numbers in order; unknown ids dropped)."""

    def cite(ids: Iterable[str]) -> str:
        found = sorted({numbers[i] for i in ids if i in numbers})
        return f" [{runs(found)}]" if found else ""

    return cite


def runs(numbers: Sequence[int]) -> str:
    """Sorted numbers with runs of three or more joined: ``[1, 2, 3, 5]`` -> ``1-3, 5``."""
    out: list[str] = []
    start = 0
    for end in range(len(numbers)):
        if end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            continue
        first, last = numbers[start], numbers[end]
        if end - start >= 2:
            out.append(f"{first}-{last}")
        else:
            out.extend(str(n) for n in numbers[start : end + 1])
        start = end + 1
    return ", ".join(out)


def reference(source: Source) -> Reference:
    """``Title. Publisher, 2012. PMID 22529203. doi:...`` and its http(s) URL, if any."""
    where = ", ".join(str(x) for x in (source.publisher, source.year) if x)
    text = f"{source.title}. {where}."
    if source.pmid:
        text += f" PMID {source.pmid}."
    if source.doi:
        text += f" doi:{source.doi}."
    identified = bool(source.pmid or source.doi)
    return Reference(text, source.url, identified, source.secondary)


def references(sources: Sequence[Source]) -> tuple[Reference, ...]:
    """The numbered list, in the order of first use."""
    return tuple(reference(s) for s in sources)


_ID = r"(?=[\w.-]*[A-Za-z])[A-Za-z0-9][\w.-]*"  # a source id has a letter
# (one way to read each id: a pattern with two runs of [\w.-]* around the letter took
# exponential time on a bracket of several long ids that then failed to match)
_INLINE_IDS = re.compile(rf"\[((?:{_ID})(?:,\s*(?:{_ID}))*)\]")


def renumber(document: Document, numbers: dict[str, int]) -> Document:
    """Source ids the rules cite inline (``[s33, s34]``) as the plan's numbers (``[3, 4]``).

    A bracket is rewritten only when every id in it is in the numbered list; anything else
    (the plan's own ``[1-3]``, an unknown id) is left as it is.
    """
    cite = cite_with(numbers)

    def text(value: str) -> str:
        def one(match: re.Match[str]) -> str:
            ids = [i.strip() for i in match.group(1).split(",")]
            return cite(ids).strip() if all(i in numbers for i in ids) else match.group(0)

        return _INLINE_IDS.sub(one, value)

    def run(parts: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(p._replace(text=text(p.text)) for p in parts)

    def block(item: Block) -> Block:
        if isinstance(item, Paragraph):
            return item._replace(inline=run(item.inline))
        if isinstance(item, Bullets):
            return item._replace(items=tuple(run(i) for i in item.items))
        assert isinstance(item, Table)
        return item._replace(rows=tuple(tuple(text(c) for c in row) for row in item.rows))

    sections = tuple(
        s._replace(blocks=tuple(block(b) for b in s.blocks)) for s in document.sections
    )
    return document._replace(sections=sections)
