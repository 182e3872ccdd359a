"""FHIR R4: medication lists in (read), detected issues out (detected)."""
