"""readouts: official meeting readouts in, evidence-grounded records out."""
from __future__ import annotations

from .errors import InputError, NotAReadout, ReadoutsError
from .model import (EXTRACTOR_VERSION, Document, ErrorInfo, Event, Fact, Location, Office,
                    Person, Problem, Record, Reference, Series, Span)

__version__ = EXTRACTOR_VERSION


def extract(text: str, source: str | None = None) -> Record:
    """Extract one record from a readout's text (already decoded, not HTML)."""
    from .extract.pipeline import extract_text
    return extract_text(text, source=source)


__all__ = [
    "Document", "EXTRACTOR_VERSION", "ErrorInfo", "Event", "Fact", "InputError", "Location",
    "NotAReadout", "Office", "Person", "Problem", "ReadoutsError", "Record", "Reference",
    "Series", "Span", "__version__", "extract",
]
