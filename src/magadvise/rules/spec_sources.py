"""The rules schema of the sources section: a citable reference."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import Boolean, Number, Text
from magadvise.rules.schema import Field, Record
from magadvise.rules.spec_common import TEXT


def _one_identifier(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    if not any(key in entry for key in ("url", "pmid", "doi")):
        ctx.report(path, "a source needs at least one of url, pmid or doi")


SOURCE = Record(
    "source",
    {
        "title": Field(TEXT, "Title of the work."),
        "authors": Field(TEXT, "Authors, as cited.", required=False),
        "publisher": Field(TEXT, "Journal or publisher."),
        "year": Field(
            Number(minimum=1800, maximum=2100, integer=True),
            "Year published (leave out for an undated page).",
            required=False,
        ),
        "url": Field(Text(what="URL"), "Where it can be read.", required=False),
        "pmid": Field(
            Text(pattern=r"[0-9]{1,9}", what="PMID (digits, quoted)"), "PubMed id.", required=False
        ),
        "doi": Field(Text(pattern=r"10\..+/.+", what="DOI"), "DOI.", required=False),
        "secondary": Field(Boolean(), "True when only a secondary copy was read.", required=False),
        "note": Field(TEXT, "What it supports, caveats.", required=False),
    },
    doc="A citable reference.",
    checks=(_one_identifier,),
)
