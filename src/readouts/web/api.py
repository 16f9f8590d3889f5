"""The JSON API under /api: the archive's library calls, one route each.

Lists are paginated (`limit`, `offset`) and say their `total`; search, stats and export
take the CLI's filters as query parameters of the same names (`from`, `to`, ...). Reads are
open; writes (corrections, undo, merge, split) need `Authorization: Bearer TOKEN`.
"""
from __future__ import annotations

import os
import re
import tempfile
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from ..archive import corrections as corr
from ..archive.export import BINARY, export
from ..archive.problems import list_problems
from ..archive.search import SearchOptions, search
from ..archive.stats import compute
from ..model import EXTRACTOR_VERSION
from . import registry_edits, views
from .deps import FiltersDep, PageDep, StoreDep, WriterDep
from .errors import ApiError

router = APIRouter(prefix="/api")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text} for status, text in (
        (400, "Malformed request"), (404, "Not found"), (413, "Request too large"),
        (422, "Invalid request"),
        (500, "Internal error"))}
WRITE_ERRORS = {**ERRORS, **{s: {"model": ErrorBody, "description": t} for s, t in (
    (401, "No token"), (403, "Token not valid"), (409, "Conflict"))}}


def _page(items: list[Any], total: int, page: Any) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


@router.get("", summary="What this server serves", responses=ERRORS)
def index(store: StoreDep) -> dict[str, Any]:
    return {"extractor_version": EXTRACTOR_VERSION, "backend": store.dialect,
            "documents": int(store.scalar("SELECT count(*) FROM documents WHERE is_current = 1")),
            "events": int(store.scalar("SELECT count(*) FROM events")),
            "people": int(store.scalar("SELECT count(*) FROM people"))}


@router.get("/documents", summary="Documents, newest first", responses=ERRORS)
def documents(store: StoreDep, page: PageDep) -> dict[str, Any]:
    return _page(*views.list_documents(store, page.limit, page.offset), page)


@router.get("/documents/{document_id}", responses=ERRORS,
            summary="A document: its text, its record (corrections in force) and corrections")
def document(store: StoreDep, document_id: str) -> dict[str, Any]:
    return views.document_view(store, document_id)


@router.get("/events", summary="Events passing the filters, newest first", responses=ERRORS)
def events(store: StoreDep, page: PageDep, filters: FiltersDep,
           all_male: Annotated[bool, Query(description="Only events whose named participants "
                                                       "are all stated to be men.")] = False,
           with_: Annotated[list[str], Query(alias="with", max_length=5,
                                             description="Person ids who all took part.")] = [],
           organisation: Annotated[str | None, Query(max_length=200)] = None
           ) -> dict[str, Any]:
    items, total = views.list_events(store, filters, page.limit, page.offset,
                                     all_male=all_male, people=tuple(with_),
                                     organisation_id=organisation)
    return _page(items, total, page)


@router.get("/events/{event_id}", responses=ERRORS,
            summary="An event: every value with the spans of text it came from")
def event(store: StoreDep, event_id: str) -> dict[str, Any]:
    return views.event_view(store, event_id)


@router.get("/people", summary="People, most events first", responses=ERRORS)
def people(store: StoreDep, page: PageDep,
           q: Annotated[str | None, Query(max_length=200, description="Part of a name.")] = None
           ) -> dict[str, Any]:
    return _page(*views.list_people(store, q, page.limit, page.offset), page)


@router.get("/people/{person_id}", summary="A person and every event they took part in",
            responses=ERRORS)
def person(store: StoreDep, person_id: str) -> dict[str, Any]:
    return views.person_view(store, person_id)


@router.get("/organisations", summary="Organisations, most events first", responses=ERRORS)
def organisations(store: StoreDep, page: PageDep,
                  q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    return _page(*views.list_organisations(store, q, page.limit, page.offset), page)


@router.get("/organisations/{organisation_id}", summary="An organisation and its people",
            responses=ERRORS)
def organisation(store: StoreDep, organisation_id: str) -> dict[str, Any]:
    return views.organisation_view(store, organisation_id)


@router.get("/search", responses=ERRORS,
            summary="Ranked full-text search with filters, highlighted snippets and facets")
def search_route(store: StoreDep, page: PageDep, filters: FiltersDep,
                 q: Annotated[str, Query(max_length=1000, description=(
                     'Words (all must occur), "a phrase", a OR b, -word, prefix*.'))] = "",
                 facets: bool = True) -> dict[str, Any]:
    result = search(store, SearchOptions(q, filters, page.limit, page.offset, facets))
    return dict(result.to_dict(), limit=page.limit, offset=page.offset)


@router.get("/stats", summary="The Women, Peace and Security figures", responses=ERRORS)
def stats(store: StoreDep, filters: FiltersDep) -> dict[str, Any]:
    return compute(store, filters)


@router.get("/problems", summary="Documents that failed (and, with all, extractor notes)",
            responses=ERRORS)
def problems(store: StoreDep, page: PageDep, all: bool = False) -> dict[str, Any]:
    rows = list_problems(store, include_notes=all)
    return _page(rows[page.offset:page.offset + page.limit], len(rows), page)


_MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv",
          "parquet": "application/vnd.apache.parquet", "ics": "text/calendar",
          "graphml": "application/graphml+xml"}


@router.get("/export", summary="The selection in one export format (as `readouts export`)",
            responses={**ERRORS, 200: {"content": {m: {} for m in _MEDIA.values()},
                                       "description": "The export file"}})
def export_route(store: StoreDep, filters: FiltersDep,
                 format: Literal["jsonl", "csv", "parquet", "ics", "graphml"],
                 q: Annotated[str, Query(max_length=1000)] = "") -> FileResponse:
    fd, path = tempfile.mkstemp(prefix="readouts-export-", suffix=f".{format}")
    try:
        if format in BINARY:
            with os.fdopen(fd, "wb") as out:
                export(store, format, out, q, filters)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as text_out:
                export(store, format, text_out, q, filters)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(path, media_type=_MEDIA[format], filename=f"readouts.{format}",
                        background=BackgroundTask(os.unlink, path))


# --- writes ---------------------------------------------------------------------------------

JsonValue = str | int | None


class CorrectionIn(BaseModel):
    document_id: str = Field(pattern=r"^[0-9a-f]{64}$", description="The document's id.")
    path: str = Field(max_length=200, pattern=re.sub(r"\?P<\w+>", "", corr.PATH_PATTERN),
                      description="The value's path in the record, as in its evidence: "
                                  "events[0].participants[1].gender")
    value: JsonValue = Field(description="The right value (null: the text gives none).")
    reason: str = Field(min_length=1, max_length=2000, pattern=r"\S", description="Why.")


@router.get("/corrections", summary="Corrections, newest first (undone ones say so)",
            responses=ERRORS)
def corrections(store: StoreDep, page: PageDep,
                document_id: Annotated[str | None, Query(max_length=200)] = None
                ) -> dict[str, Any]:
    items = corr.list_corrections(store, document_id, page.limit, page.offset)
    where, params = ("WHERE document_id = ?", [document_id]) if document_id else ("", [])
    total = int(store.scalar(f"SELECT count(*) FROM corrections {where}", params))
    return _page(items, total, page)


@router.post("/corrections", status_code=201, responses=WRITE_ERRORS,
             summary="Correct a value: stored beside the extracted one, and in force")
def create_correction(store: StoreDep, author: WriterDep, body: CorrectionIn
                      ) -> dict[str, Any]:
    return corr.correct(store, body.document_id, body.path, body.value, body.reason, author)


@router.post("/corrections/{correction_id}/undo", responses=WRITE_ERRORS,
             summary="Undo a correction (kept in the history)")
def undo_correction(store: StoreDep, author: WriterDep, correction_id: int) -> dict[str, Any]:
    if not 0 < correction_id < 2**62:
        raise ApiError(404, f"no correction {correction_id}")
    return corr.undo(store, correction_id, author)


class MergeIn(BaseModel):
    other: str = Field(max_length=200, description="The person to merge with this one.")
    reason: str = Field(min_length=1, max_length=2000)


class SplitIn(BaseModel):
    participations: list[str] = Field(min_length=1, max_length=10_000,
                                      description="Participation ids to split off.")
    reason: str = Field(min_length=1, max_length=2000)


@router.post("/people/{person_id}/merge", responses=WRITE_ERRORS,
             summary="Merge another person into this one (writes the registry)")
def merge_people(request: Request, store: StoreDep, author: WriterDep, person_id: str,
                 body: MergeIn) -> dict[str, Any]:
    return registry_edits.merge(store, request.app.state.options.registry, person_id,
                                body.other, author, body.reason)


@router.post("/people/{person_id}/split", responses=WRITE_ERRORS,
             summary="Split some events off to a new person (writes the registry)")
def split_person(request: Request, store: StoreDep, author: WriterDep, person_id: str,
                 body: SplitIn) -> dict[str, Any]:
    return registry_edits.split(store, request.app.state.options.registry, person_id,
                                body.participations, author, body.reason)
