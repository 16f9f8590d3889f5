"""readouts: official meeting readouts in, evidence-grounded records out."""
from __future__ import annotations

from .errors import InputError, NotAReadout, ReadoutsError
from .inputs import Loaded, PageMeta, extract_path, iter_records, read_source
from .model import (EXTRACTOR_VERSION, Document, ErrorInfo, Event, Fact, Location, Office,
                    Person, Problem, Record, Reference, Series, Span, Statement, Topic)

# The subpackage `readouts.extract` shares its name with the function below. Importing it
# first, here, means the function is bound last and keeps the name for good: otherwise the
# first lazy `import readouts.extract.pipeline` would overwrite `readouts.extract` with the
# module. (extract/__init__.py is empty, so this costs nothing at start-up.)
from . import extract as _extract_package  # noqa: E402,F401  isort: skip

__version__ = EXTRACTOR_VERSION


def extract(text: str, source: str | None = None) -> Record:
    """Extract one record from a readout's text (already decoded, not HTML)."""
    from .extract.pipeline import extract_text
    return extract_text(text, source=source)


__all__ = [
    "Document", "EXTRACTOR_VERSION", "ErrorInfo", "Event", "Fact", "InputError", "Loaded",
    "Location", "NotAReadout", "Office", "PageMeta", "Person", "Problem", "ReadoutsError",
    "Record", "Reference", "Series", "Span", "Statement", "Topic", "__version__", "extract", "extract_path",
    "iter_records", "read_source",
]
