"""Synthetic readouts with known answers, for benchmarks, load tests and measuring entity
resolution: `generate(count, seed)` yields documents, `write(count, out_dir, answers, seed)`
writes an archive of them. Names, places and events are invented (no real politicians)."""
from __future__ import annotations

from .archive import SynthDoc, SynthError, WriteSummary, generate, write

__all__ = ["SynthDoc", "SynthError", "WriteSummary", "generate", "write"]
