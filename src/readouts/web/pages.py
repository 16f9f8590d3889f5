"""The HTML pages: server-rendered, ordinary links and forms, usable without JavaScript.

They read the same views as the API (`views`, `figures`) and write through the same library
calls; a form that writes carries the reviewer's token in a password field.
"""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup, escape

from ..archive import corrections as corr
from ..archive.filters import FilterError, Filters
from ..archive.problems import list_problems
from ..archive.query import QueryError
from ..archive.search import FACETS, SearchOptions, search
from ..model import EVENT_TYPES, ROLES
from . import figures, registry_edits, views
from .charts import timeline
from .deps import FiltersDep, StoreDep, writer_name
from .errors import ApiError

router = APIRouter(include_in_schema=False)
PER_PAGE = 20


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("title", "readouts")
    return request.app.state.templates.TemplateResponse(
        request, name, dict(context, url_with=lambda **c: url_with(request, **c),
                            event_types=EVENT_TYPES, roles=ROLES, marked=marked),
        status_code=status)


def marked(text: str, marks: list[list[int]]) -> Markup:
    """Text with its [start, end) highlights in <mark>, everything escaped."""
    out, last = [], 0
    for start, end in sorted(marks):
        if start < last:
            continue
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]),
                Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for key, value in changes.items():
        if value not in (None, ""):
            params.append((key, str(value)))
    return request.url.path + ("?" + urlencode(params) if params else "")


def _page_number(page: int) -> int:
    return max(1, min(page, 100_000))


def _filter_values(f: Filters) -> dict[str, Any]:
    return {"person": f.person, "org": f.org, "country": f.country, "type": f.type,
            "role": f.role, "from": f.date_from, "to": f.date_to, "topic": f.topic,
            "resolution": f.resolution, "publisher": f.publisher,
            "exclude_truncated": f.exclude_truncated}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    recent, total = views.list_events(store, Filters(), 10, 0)
    counts = {"documents": store.scalar("SELECT count(*) FROM documents WHERE is_current = 1"),
              "events": total, "people": store.scalar("SELECT count(*) FROM people"),
              "failed": store.scalar("SELECT count(*) FROM problems WHERE kind = 'error'")}
    return render(request, "home.html", title="readouts", recent=recent, counts=counts)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, filters: FiltersDep,
                q: Annotated[str, Query(max_length=1000)] = "",
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    page = _page_number(page)
    error = None
    result = None
    try:
        result = search(store, SearchOptions(q, filters, PER_PAGE, (page - 1) * PER_PAGE))
    except (QueryError, FilterError) as exc:
        error = str(exc)
    first_events: dict[str, str] = {}
    if result and result.hits:
        ids = [h.document_id for h in result.hits]
        marks = ", ".join("?" for _ in ids)
        first_events = {r["document_id"]: r["id"] for r in store.rows(
            f"SELECT document_id, id FROM events WHERE idx = 0 AND document_id IN ({marks})",
            ids)}
    facet_links = {
        "type": "type", "year": "from", "publisher": "publisher", "country": "country",
        "role": "role", "topic": "topic"}
    return render(request, "search.html", status=422 if error else 200,
                  title=f"Search: {q}" if q else "Search", q=q, result=result, error=error,
                  page=page, per_page=PER_PAGE, filters=_filter_values(filters),
                  facet_names=FACETS, facet_links=facet_links, first_events=first_events)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, filters: FiltersDep,
                all_male: bool = False,
                with_: Annotated[list[str], Query(alias="with", max_length=5)] = [],
                organisation: Annotated[str | None, Query(max_length=200)] = None,
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    page = _page_number(page)
    items, total = views.list_events(store, filters, PER_PAGE, (page - 1) * PER_PAGE,
                                     all_male=all_male, people=tuple(with_),
                                     organisation_id=organisation)
    described = [f"{k} {v}" for k, v in _filter_values(filters).items() if v]
    if all_male:
        described.append("all named participants stated to be men")
    if with_:
        described.append("with " + " and ".join(with_))
    return render(request, "events.html", title="Events", items=items, total=total,
                  page=page, per_page=PER_PAGE, described=described)


def _event_page(request: Request, store: Any, event_id: str, status: int = 200,
                **extra: Any) -> HTMLResponse:
    view = views.event_view(store, event_id)
    view["segments"] = views.text_segments(view["document"]["text"], view["evidence"])
    title = view["document"]["title"] or event_id
    return render(request, "event.html", status=status, title=title, v=view, **extra)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str,
               corrected: int | None = None) -> HTMLResponse:
    return _event_page(request, store, event_id, corrected=corrected, form_error=None)


@router.post("/events/{event_id}/corrections", response_class=HTMLResponse)
def correct_from_page(request: Request, store: StoreDep, event_id: str,
                      path: Annotated[str, Form(max_length=200)],
                      reason: Annotated[str, Form(max_length=2000)] = "",
                      token: Annotated[str, Form(max_length=500)] = "",
                      value: Annotated[str, Form(max_length=1000)] = "") -> Any:
    view = views.event_view(store, event_id)
    try:
        author = writer_name(store, token)
        made = corr.correct(store, view["document"]["id"], path, value, reason, author)
    except ApiError as exc:
        return _event_page(request, store, event_id, status=exc.status, corrected=None,
                           form_error=exc.message)
    except corr.CorrectionError as exc:
        return _event_page(request, store, event_id, status=422, corrected=None,
                           form_error=str(exc))
    return RedirectResponse(f"/events/{event_id}?corrected={made['id']}#corrections",
                            status_code=303)


@router.post("/corrections/{correction_id}/undo", response_class=HTMLResponse)
def undo_from_page(request: Request, store: StoreDep, correction_id: int,
                   event: Annotated[str, Form(max_length=200)],
                   token: Annotated[str, Form(max_length=500)] = "") -> Any:
    try:
        author = writer_name(store, token)
        corr.undo(store, correction_id, author)
    except ApiError as exc:
        return _event_page(request, store, event, status=exc.status, corrected=None,
                           form_error=exc.message)
    except corr.CorrectionError as exc:
        return _event_page(request, store, event, status=422, corrected=None,
                           form_error=str(exc))
    return RedirectResponse(f"/events/{event}#corrections", status_code=303)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, store: StoreDep, document_id: str) -> HTMLResponse:
    view = views.document_view(store, document_id)
    return render(request, "document.html", title=view["document"]["title"] or document_id,
                  v=view)


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, store: StoreDep,
                q: Annotated[str, Query(max_length=200)] = "",
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    page = _page_number(page)
    items, total = views.list_people(store, q, PER_PAGE, (page - 1) * PER_PAGE)
    return render(request, "people.html", title="People", items=items, total=total, q=q,
                  page=page, per_page=PER_PAGE)


def _person_page(request: Request, store: Any, person_id: str, status: int = 200,
                 form_error: str | None = None) -> HTMLResponse:
    view = views.person_view(store, person_id)
    chart = timeline(view["events"], "timeline", view["person"]["name"])
    return render(request, "person.html", status=status, title=view["person"]["name"],
                  v=view, chart=chart, form_error=form_error,
                  registry=request.app.state.options.registry)


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, store: StoreDep, person_id: str) -> HTMLResponse:
    return _person_page(request, store, person_id)


def _reasoned_writer(store: Any, token: str, reason: str) -> str:
    """The token's writer, for an edit that must say why (registry merges and splits)."""
    author = writer_name(store, token)
    if not reason.strip():
        raise ApiError(422, "say why (a reason is required)")
    return author


@router.post("/people/{person_id}/merge", response_class=HTMLResponse)
def merge_from_page(request: Request, store: StoreDep, person_id: str,
                    other: Annotated[str, Form(max_length=200)],
                    reason: Annotated[str, Form(max_length=2000)] = "",
                    token: Annotated[str, Form(max_length=500)] = "") -> Any:
    try:
        author = _reasoned_writer(store, token, reason)
        done = registry_edits.merge(store, request.app.state.options.registry, person_id,
                                    other.strip(), author, reason)
    except ApiError as exc:
        return _person_page(request, store, person_id, exc.status, exc.message)
    return RedirectResponse(f"/people/{done['person_id']}", status_code=303)


@router.post("/people/{person_id}/split", response_class=HTMLResponse)
def split_from_page(request: Request, store: StoreDep, person_id: str,
                    participation: Annotated[list[str], Form(max_length=10_000)] = [],
                    reason: Annotated[str, Form(max_length=2000)] = "",
                    token: Annotated[str, Form(max_length=500)] = "") -> Any:
    try:
        author = _reasoned_writer(store, token, reason)
        done = registry_edits.split(store, request.app.state.options.registry, person_id,
                                    participation, author, reason)
    except ApiError as exc:
        return _person_page(request, store, person_id, exc.status, exc.message)
    return RedirectResponse(f"/people/{done['person_id']}", status_code=303)


@router.get("/organisations", response_class=HTMLResponse)
def organisations_page(request: Request, store: StoreDep,
                       q: Annotated[str, Query(max_length=200)] = "",
                       page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    page = _page_number(page)
    items, total = views.list_organisations(store, q, PER_PAGE, (page - 1) * PER_PAGE)
    return render(request, "organisations.html", title="Organisations", items=items,
                  total=total, q=q, page=page, per_page=PER_PAGE)


@router.get("/organisations/{organisation_id}", response_class=HTMLResponse)
def organisation_page(request: Request, store: StoreDep, organisation_id: str) -> HTMLResponse:
    view = views.organisation_view(store, organisation_id)
    return render(request, "organisation.html", title=view["organisation"]["name"], v=view)


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(request: Request, store: StoreDep, filters: FiltersDep) -> HTMLResponse:
    numbers = figures.dashboard(store, filters)
    return render(request, "dashboard.html", title="Women, Peace and Security dashboard",
                  f=numbers, svg=figures.svgs(numbers))


@router.get("/problems", response_class=HTMLResponse)
def problems_page(request: Request, store: StoreDep, all: bool = False) -> HTMLResponse:
    rows = list_problems(store, include_notes=all, limit=2000)
    return render(request, "problems.html", title="Problems", rows=rows, all=all)
