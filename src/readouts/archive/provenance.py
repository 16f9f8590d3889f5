"""Where a document came from and under what terms: from a manifest, else from the page.

A manifest is a CSV file (header row) or a JSON file (a list of objects, or an object keyed
by path) with the columns `path` (required; relative to the manifest's folder, or absolute),
`url`, `publisher`, `captured` (a date or time), `licence` (or `license`) and `attribution`.
What the manifest says wins over what the page says about itself.
"""
from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, replace
from typing import Any

from ..errors import ReadoutsError

FIELDS = ("url", "publisher", "published", "captured", "licence", "attribution")


class ManifestError(ReadoutsError):
    code = "manifest"


@dataclass(frozen=True, slots=True)
class Provenance:
    path: str | None = None          # the document's real path, when it is a file
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    captured: str | None = None
    licence: str | None = None
    attribution: str | None = None
    origin: str | None = None        # "manifest", "page", or None when nothing was known

    def merged(self, other: "Provenance") -> "Provenance":
        """This provenance with gaps filled from `other`."""
        values = {f: getattr(self, f) or getattr(other, f) for f in FIELDS}
        origin = self.origin if any(getattr(self, f) for f in FIELDS) else other.origin
        return replace(self, origin=origin, **values)

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "publisher": self.publisher, "captured": self.captured,
                "licence": self.licence, "attribution": self.attribution,
                "from": self.origin}


def real_path(path: str) -> str:
    return os.path.realpath(path)


class Manifest:
    """path -> Provenance, read once."""

    def __init__(self, entries: dict[str, Provenance]) -> None:
        self.entries = entries

    def get(self, path: str) -> Provenance | None:
        return self.entries.get(real_path(path))

    @classmethod
    def read(cls, path: str) -> "Manifest":
        folder = os.path.dirname(os.path.abspath(path))
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                if path.lower().endswith(".json"):
                    items = _json_items(json.load(handle))
                else:
                    items = list(csv.DictReader(handle))
        except OSError as exc:
            raise ManifestError(f"cannot read manifest {path}: {exc.strerror or exc}") from None
        except (ValueError, csv.Error) as exc:
            raise ManifestError(f"manifest {path} is not valid: {exc}") from None
        entries: dict[str, Provenance] = {}
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict) or not item.get("path"):
                raise ManifestError(f"manifest {path}: entry {n} has no 'path'")
            clean = {k.strip().lower(): (str(v).strip() or None) if v is not None else None
                     for k, v in item.items() if k}
            if "license" in clean and not clean.get("licence"):
                clean["licence"] = clean["license"]
            target = os.path.join(folder, str(clean["path"]))
            entries[real_path(target)] = Provenance(
                path=real_path(target), origin="manifest",
                **{f: clean.get(f) for f in FIELDS})
        return cls(entries)


def _json_items(data: Any) -> list[Any]:
    if isinstance(data, dict):
        return [dict(value, path=key) if isinstance(value, dict) else value
                for key, value in data.items()]
    if isinstance(data, list):
        return data
    raise ValueError("expected a list of entries or an object keyed by path")


# A page's own word on its licence: <link rel="license">, or a rights/licence meta tag.
_LICENCE_LINK = re.compile(
    rb"""<(?:link|a)\b[^>]*\brel\s*=\s*["']?license["']?[^>]*>""", re.I)
_HREF = re.compile(rb"""\bhref\s*=\s*["']([^"']+)["']""", re.I)
_LICENCE_META = re.compile(
    rb"""<meta\b[^>]*\bname\s*=\s*["'](?:dc\.rights|dcterms\.(?:rights|license)|copyright|"""
    rb"""license)["'][^>]*>""", re.I)
_CONTENT = re.compile(rb"""\bcontent\s*=\s*["']([^"']+)["']""", re.I)


def page_licence(data: bytes) -> str | None:
    """The licence a page declares in its head, if it does."""
    head = data[:200_000]
    for pattern, value in ((_LICENCE_LINK, _HREF), (_LICENCE_META, _CONTENT)):
        tag = pattern.search(head)
        if tag:
            found = value.search(tag.group(0))
            if found:
                return " ".join(found.group(1).decode("utf-8", "replace").split()) or None
    return None
