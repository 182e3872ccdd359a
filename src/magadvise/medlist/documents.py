"""Documents given as a medication file that magadvise does not read, told apart from a list.

A patient portal's "download my record" often gives an HL7 C-CDA document (XML), a printout
saved as a web page or a PDF, or a Word or Excel file. Read as a plain list, each of their
lines was named "NOT ASSESSED" and the medicines in them were never checked; read as text, a
PDF or a Word file stopped at its first byte that is not UTF-8. Either way the user was not
told what to give instead. :func:`kind` names the document so the error can.
"""

from __future__ import annotations

from magadvise.medlist import DOCUMENT_SIGNATURES

_NAMES = (  # beside DOCUMENT_SIGNATURES, in its order
    "a PDF document",
    "a ZIP archive (a Word, Excel or OpenDocument file is one)",
    "an older Word or Excel document",
    "an RTF document",
    "an HL7 version 2 message",
)
_LOOK = 4096  # bytes read to tell a C-CDA or a web page from other XML


def kind(data: bytes) -> str | None:
    """What ``data`` is when it is a document magadvise does not read (``"an HL7 C-CDA
    document (XML)"``, ``"a web page (HTML)"``, ``"a PDF document"``, ...), else None."""
    head = data[:_LOOK].lstrip()
    for start, name in zip(DOCUMENT_SIGNATURES, _NAMES, strict=True):
        if head.startswith(start):
            return name
    if not head.startswith(b"<") or head[1:2].isspace() or head[1:2].isdigit():
        return None  # "< 5 mg" or "<5" is a line of a list, not markup
    lowered = head.lower()
    if b"hl7.org/fhir" in lowered:
        return "a FHIR record in XML (magadvise reads FHIR's JSON form)"
    if b"clinicaldocument" in lowered or b"urn:hl7-org:v3" in lowered:
        return "an HL7 C-CDA document (XML)"
    if b"<html" in lowered or b"<!doctype html" in lowered:
        return "a web page (HTML)"
    # "<?xml", "<!-- ... -->": a document; a tag alone ("<b>Sevelamer</b>", copied from a web
    # page) starts a list line, read with its tags left out (medlist.plain)
    return "an XML document" if head[1:2] in (b"?", b"!") else None


def message(name: str) -> str:
    """What to give instead of the document ``name`` (from :func:`kind`)."""
    return (
        f"{name}, which magadvise does not read. Give the medicines as a FHIR JSON export "
        "(R4 or R5), a table saved as CSV, or a plain text list, one medicine a line"
    )
