"""Run magadvise as ``python -m magadvise``."""

from magadvise.cli import main

main()
