"""Entry point: the app with every command registered."""

from __future__ import annotations

from magadvise.app import app, run
from magadvise.commands import advice, catalog, planning, rules

__all__ = ["advice", "app", "catalog", "main", "planning", "rules"]


def main() -> None:
    """Run magadvise."""
    run()
