"""Validation of FHIR resources with the maintained ``fhir.resources`` models (R4B, pydantic).

Imported only when a FHIR file is read (about 0.15 s), never on the warm path.
"""

from __future__ import annotations

from typing import Any


def validate(resource: dict[str, Any]) -> str | None:
    """None if ``resource`` is a valid FHIR R4B resource, else what is wrong (one line).

    The R5 fields magadvise reads (:data:`magadvise.fhir.version.R5_READ`) are left out of the
    check. A Bundle is checked without its entries' resources, which are checked one by one so a
    problem is reported at its own JSON pointer.
    """
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    from magadvise.fhir.version import without_r5_read

    resource = without_r5_read(resource)
    kind = resource["resourceType"]
    try:
        model = get_fhir_model_class(kind)
    except (ValueError, KeyError):
        return f"'{kind}' is not a FHIR R4 resource type"
    if kind == "Bundle":
        resource = {
            **resource,
            "entry": [
                {k: v for k, v in e.items() if k != "resource"} if isinstance(e, dict) else e
                for e in resource.get("entry") or []
            ]
            or None,
        }
        if resource["entry"] is None:
            del resource["entry"]
    try:
        model.model_validate(resource)
    except ValidationError as error:
        first = error.errors()[0]
        where = "/".join(str(part) for part in first["loc"])
        more = error.error_count() - 1
        extra = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        return f"not valid FHIR {kind}: {where}: {first['msg']}{extra}"
    return None
