"""One error shape for every API error: {"error": {"code": ..., "message": ...}}.

Every exception the app meets ends here: HTTP errors (404, 405, 413, ...), request
validation (422), the library's own errors (a malformed query or filter: 400; something
missing: 404), a bad or missing token (401/403), and anything unexpected (500, without its
details). Pages (paths outside /api and /openapi.json) get the same code and message as
an HTML page.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from ..archive.corrections import CorrectionError, NotFound
from ..archive.filters import FilterError
from ..archive.query import QueryError
from ..errors import ReadoutsError

log = logging.getLogger("readouts.web")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "conflict", 413: "too_large",
          415: "unsupported_media_type", 422: "invalid", 429: "too_many_requests",
          500: "internal", 503: "unavailable"}


class ApiError(Exception):
    """Raise from a route to answer with this status, code and message."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api", "/openapi.json", "/static")):
        return False
    return "text/html" in request.headers.get("accept", "")


def respond(request: Request, status: int, code: str, message: str,
            headers: dict[str, str] | None = None) -> Any:
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "code": code, "message": message,
                                    "title": f"{status} {message}"[:80]},
            status_code=status, headers=headers)
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body",))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else
                     str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Any:
        return respond(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Any:
        message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "")
        headers = getattr(exc, "headers", None)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        if exc.status_code == 405:
            # Every method of every route at this path (the router names only the first's).
            allowed = sorted({m for route in request.app.routes
                              if route.matches(request.scope)[0] != Match.NONE
                              for m in (getattr(route, "methods", None) or ())})
            headers = {"Allow": ", ".join(allowed)}
            message = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
        return respond(request, exc.status_code, _CODES.get(exc.status_code, "error"),
                       message, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Any:
        return respond(request, 422, "invalid", _validation_message(exc))

    @app.exception_handler(ReadoutsError)
    async def _library(request: Request, exc: ReadoutsError) -> Any:
        if isinstance(exc, NotFound):
            return respond(request, 404, "not_found", str(exc))
        if isinstance(exc, (QueryError, FilterError, CorrectionError)):
            return respond(request, 422, exc.code, str(exc))
        log.error("archive error on %s: %s", request.url.path, exc)
        return respond(request, 500, exc.code, "the archive could not answer; see the "
                       "server's log")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Any:
        log.exception("internal error on %s", request.url.path)
        return respond(request, 500, "internal", "internal error; see the server's log")
