"""A FHIR file's documents and resources: JSON or NDJSON parsed, Bundles opened, each resource
checked against its FHIR R4B model (see :mod:`magadvise.fhir.read`, which reads them).

Errors: :class:`FhirError` (file, JSON pointer, message) for JSON that is not FHIR or a
resource that fails validation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


class FhirError(Exception):
    """A FHIR file that cannot be used: ``file``, ``pointer`` (JSON pointer) and ``message``."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        where = f"{file}{' at ' + pointer if pointer else ''}"
        super().__init__(f"{where}: {message}")
        self.file, self.pointer, self.message = file, pointer, message


def documents(data: bytes, file: str) -> list[tuple[str, Any]]:
    """The JSON document, or each NDJSON line, with the pointer prefix for messages."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FhirError(file, "", f"not UTF-8 text (byte {error.start})") from None
    try:
        return [("", json.loads(text))]
    except json.JSONDecodeError as error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2 or not lines[0].lstrip().startswith("{"):
            message = f"not valid JSON: {error.msg} (line {error.lineno})"
            raise FhirError(file, "", message) from None
    except RecursionError:
        raise FhirError(file, "", "JSON nested too deeply") from None
    documents: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            documents.append((f"line {number}", json.loads(line)))
        except json.JSONDecodeError as error:
            raise FhirError(file, f"line {number}", f"not valid NDJSON: {error.msg}") from None
        except RecursionError:
            raise FhirError(file, f"line {number}", "JSON nested too deeply") from None
    return documents


def flatten(document: Any, pointer: str, file: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every resource in a document: arrays and Bundle entries opened, each one validated."""
    if isinstance(document, list):
        for i, item in enumerate(document):
            yield from flatten(item, f"{pointer}/{i}", file)
        return
    if not isinstance(document, dict) or not isinstance(document.get("resourceType"), str):
        raise FhirError(file, pointer or "/", "not a FHIR resource (no resourceType)")
    _validate(document, pointer, file)
    yield pointer, document
    if document["resourceType"] == "Bundle":
        for i, entry in enumerate(document.get("entry") or []):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if resource is not None:
                yield from flatten(resource, f"{pointer}/entry/{i}/resource", file)


def _validate(resource: dict[str, Any], pointer: str, file: str) -> None:
    """Check a resource against its FHIR R4B model (Bundles are checked entry by entry).

    A resource written in another FHIR version (R5, STU3) is refused as such, saying which.
    """
    from magadvise.fhir.models import validate
    from magadvise.fhir.version import SUPPORTED, other_version

    version = other_version(resource)
    if version is not None:
        raise FhirError(file, pointer or "/", f"{version}: magadvise reads {SUPPORTED} only")

    problem = validate(resource)
    if problem is not None:
        raise FhirError(file, pointer or "/", problem)


def full_urls(document: Any) -> dict[str, dict[str, Any]]:
    """Bundle entries by ``fullUrl`` (``urn:uuid:...``), as references inside a Bundle use them."""
    if not isinstance(document, dict) or document.get("resourceType") != "Bundle":
        return {}
    return {
        e["fullUrl"]: e["resource"]
        for e in document.get("entry") or []
        if isinstance(e, dict) and isinstance(e.get("fullUrl"), str) and e.get("resource")
    }
