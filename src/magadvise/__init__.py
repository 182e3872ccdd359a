"""magadvise: an offline advisor for magnesium supplements."""

__version__ = "0.1.0"
