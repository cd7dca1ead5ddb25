"""fogofwar: turn war reporting into evidence."""

__version__ = "0.1.0"
