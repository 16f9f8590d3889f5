"""The public Python API: an explicit `__all__`, pinned, and names that stay what they are."""
from __future__ import annotations

import importlib

import readouts


def test_public_names_are_pinned() -> None:
    assert sorted(readouts.__all__) == sorted([
        "Document", "EXTRACTOR_VERSION", "ErrorInfo", "Event", "Fact", "InputError", "Loaded",
        "Location", "NotAReadout", "Office", "PageMeta", "Person", "Problem", "ReadoutsError",
        "Record", "Reference", "Series", "Span", "Statement", "Topic", "__version__", "extract", "extract_path",
        "iter_records", "read_source",
    ])
    for name in readouts.__all__:
        assert hasattr(readouts, name), name


def test_extract_stays_the_function_after_the_pipeline_is_imported() -> None:
    importlib.import_module("readouts.extract.pipeline")
    assert callable(readouts.extract)
    record = readouts.extract("The Prime Minister met the President today.", source="x.txt")
    assert isinstance(record, readouts.Record) and record.document.source == "x.txt"
