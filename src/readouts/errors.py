"""One base exception and a small tree under it; callers catch ReadoutsError."""
from __future__ import annotations


class ReadoutsError(Exception):
    """Base of every error this package raises on purpose."""
    code = "error"


class InputError(ReadoutsError):
    """A document could not be read as text (missing, empty, binary, mis-encoded, too big)."""
    code = "input"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class NotAReadout(ReadoutsError):
    code = "not_a_readout"
