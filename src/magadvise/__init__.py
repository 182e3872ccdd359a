"""magadvise: an offline advisor for magnesium supplements."""

__version__ = "0.1.0"
SCHEMA_VERSION = 1  # the rules-file schema this program reads (declared here so it is cheap)
