"""Medicine names as people type them and as records export them (see :mod:`.parse`)."""
