"""Medication files saved as UTF-16 or UTF-32, as UTF-8 bytes for the readers.

UTF-8 (with or without a byte-order mark) is the norm, and the plain-list and FHIR readers
take it as it is. Windows Notepad's "Unicode" and PowerShell's ``>`` save UTF-16 with a
byte-order mark, some exports UTF-32: the mark says which, so such a file is read rather than
refused. Without a mark, only UTF-8 is accepted: guessing an encoding could turn one drug name
into another.
"""

from __future__ import annotations

import codecs

_MARKS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


class NotText(ValueError):
    """Bytes that start with a UTF-16 or UTF-32 byte-order mark but are not valid in it."""

    def __init__(self, encoding: str, offset: int) -> None:
        super().__init__(f"not {encoding} text (byte {offset})")


def as_utf8(data: bytes) -> bytes:
    """``data`` re-encoded as UTF-8 when a UTF-16/UTF-32 byte-order mark starts it, else as is.

    Raises NotText (with the offset of the first bad byte in ``data``) when the bytes after
    the mark are not valid in that encoding.
    """
    if data[:1] not in (b"\xff", b"\xfe", b"\x00"):  # the one-byte test keeps UTF-8 cheap
        return data
    for mark, codec, name in _MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(codec).encode("utf-8")
            except UnicodeDecodeError as error:
                raise NotText(name, error.start + len(mark)) from None
    return data
