"""A starting point for a user's rules file."""

from __future__ import annotations

from magadvise.rules.spec import SCHEMA_VERSION

LAYERED = """\
# Local magadvise rules, layered on the shipped rules (extends: default).
#
# An entry here is added, or replaces the shipped entry with the same id WHOLE:
# copy the full entry from `magadvise rules export` before changing it.
# Quote times ("08:00"), PMIDs ("22529203") and words YAML reads as true/false (NO, yes, on).
#
# Check it:   magadvise rules validate {name}
# Use it:     magadvise --rules {name} cautions --med furosemide   (or set MAGADVISE_RULES)
# Trace it:   magadvise --rules {name} rules show-source ID
# Editor:     magadvise rules schema > magadvise.schema.json, then make this the first line:
#             # yaml-language-server: $schema=magadvise.schema.json
extends: default
schema_version: {version}

# medications:
#   my-local-drug:
#     classes: [loop-diuretic]
#     brands: ["Localbrand"]
"""


def layered_starter(name: str) -> bytes:
    """A small rules file that extends the shipped one and explains how to add to it."""
    return LAYERED.format(name=name, version=SCHEMA_VERSION).encode("utf-8")
