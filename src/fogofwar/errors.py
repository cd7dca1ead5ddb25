"""Error types that the CLI turns into one clear line on stderr and a non-zero exit.

Library code raises these for bad input (a path, a file, a URL, a pack) so the user sees what
to fix, never a traceback. Anything else escaping is a bug in fogofwar.
"""

from __future__ import annotations


class FogofwarError(Exception):
    """Base class: the message is shown to the user as is."""

    exit_code = 1


class InputError(FogofwarError):
    """A path, file or record the user gave cannot be read as an article."""

    exit_code = 2


class PackError(FogofwarError):
    """A YAML data pack is malformed; the message names the file and key."""

    exit_code = 3


class StoreError(FogofwarError):
    """The database URL is bad or the database cannot be opened."""

    exit_code = 4


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error, bad body); the message names the URL."""


class FetchRefused(FetchError):
    """fogofwar refused a URL on purpose (address, size, type, entities); the message says why."""
