"""Today's date for documents, or a fixed one from SOURCE_DATE_EPOCH (reproducible output)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

from magadvise.errors import UsageError, echo

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


def today(environ: Mapping[str, str] | None = None) -> date:
    """The local date, or the UTC date of ``SOURCE_DATE_EPOCH`` (whole seconds since 1970) if set.

    The variable follows the reproducible-builds convention
    (https://reproducible-builds.org/specs/source-date-epoch/): a value that is not a whole,
    non-negative number is an error, never silently ignored. Raises UsageError.
    """
    env = os.environ if environ is None else environ
    raw = env.get(EPOCH_VARIABLE)
    if raw is None or raw == "":
        return date.today()
    value = raw.strip()
    if not value.isascii() or not value.isdigit():
        raise UsageError(
            f"{EPOCH_VARIABLE} must be a whole number of seconds since 1970-01-01 UTC, "
            f"not {echo(raw)}"
        )
    try:
        return datetime.fromtimestamp(int(value), UTC).date()
    except (OverflowError, OSError, ValueError):
        raise UsageError(f"{EPOCH_VARIABLE}={raw} is out of range for a date") from None
