"""Whether a table row's status says the medicine is not taken now, read with the row's dates.

A status of ``Discontinued``, ``Stopped``, ``Inactive``, ``Cancelled``, ``Entered in error`` or
``No`` (under ``Taking``) is not a current medicine: the row is skipped with its status (and
checked with ``--include-inactive``). ``Completed``, ``Complete`` and ``Expired`` are not: in
pharmacy and portal exports they say the prescription was filled or has no refills left, not
that the person stopped (a ten-day antibiotic filled two days ago is "Completed"; a yearly
levothyroxine prescription "Expired" while the tablets go on). Such a row is read as a FHIR
MedicationRequest ``completed`` is (:func:`magadvise.fhir.course.course_over`, the same code):
checked, with a note, unless the row's dates show the course is over (an ``End Date`` before
today) or it was started or last filled more than 90 days ago with no end date. A date is read
as ``YYYY-MM-DD`` (a date written ``11/29/2026`` or ``29/11/2026`` cannot be told apart
between the US and UK orders, and is not read: the row is then checked).
"""

from __future__ import annotations

NOT_CURRENT = frozenset(
    {
        "discontinued",
        "stopped",
        "inactive",
        "cancelled",
        "canceled",
        "entered in error",
        "entered-in-error",
        "not taking",
        "d/c",
        "dc",
        "dc'd",
        "no",
        "n",
        "false",
    }
)
"""Status values read as "not a current medicine" (FHIR's stopped, cancelled)."""
FILLED = frozenset({"completed", "complete", "expired"})
"""Status values that say a prescription was filled or ran out: read with the row's dates."""


def status_skip(status: str, dates: dict[str, str]) -> str | None:
    """Why a row is skipped for its ``status`` read with its ``dates`` (``start``, ``end``,
    ``filled``: the cells as written), or None when it is checked (see the module)."""
    folded = " ".join(status.casefold().split())
    if folded in NOT_CURRENT:
        return f"status '{status}': not a current medicine"
    if folded not in FILLED:
        return None
    from magadvise.clock import today
    from magadvise.fhir.course import course_over

    started = [d for d in (dates.get("start"), dates.get("filled")) if d]
    request = {
        "authoredOn": max(started, key=_iso) if started else None,
        "dispenseRequest": {"validityPeriod": {"end": dates.get("end")}},
    }
    over = course_over(request, today())
    return f"status '{status}' and {over}: not current" if over is not None else None


def checked_note(status: str) -> str | None:
    """What the output says of a row checked though its status is one of those above: a
    filled one is checked as current, a stopped one only with ``--include-inactive``."""
    folded = " ".join(status.casefold().split())
    if folded in FILLED:
        return (
            f"table status '{status}' (filled, or no refills left: not stopped), and its dates "
            "do not show the course over: still checked."
        )
    if folded in NOT_CURRENT:
        return f"table status '{status}': still checked (--include-inactive)."
    return None


def _iso(cell: str) -> str:
    """A date cell as it sorts (``YYYY-MM-DD`` sorts as written)."""
    return cell.strip()[:10]
