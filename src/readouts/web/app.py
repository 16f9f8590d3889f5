"""The app factory: one FastAPI app serving the pages and the API over one archive."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from importlib import resources
from typing import Any, AsyncIterator

import jinja2
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..model import EXTRACTOR_VERSION
from . import api, errors, pages
from .deps import StorePool
from .errors import error_body

MAX_BODY = 1024 * 1024      # bytes a request may send: corrections and forms are small


@dataclass(frozen=True, slots=True)
class WebOptions:
    db: str | None = None             # the archive's URL (default: READOUTS_DB, ./readouts.db)
    registry: str | None = None       # the people registry merges and splits write to
    max_body: int = MAX_BODY


class BodyLimit:
    """413 for a request whose body is (or grows) larger than the limit, chunked or not."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(scope, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        import json
        body = json.dumps(error_body("too_large", f"a request may send at most {self.limit} "
                                                  "bytes")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class SecurityHeaders:
    """No framing, no sniffing, no referrer; pages may load only this server's own files."""
    CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
           "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
    DOCS_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = self.DOCS_CSP if scope["path"] == "/docs" else self.CSP

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", csp.encode())]
            await send(message)

        await self.app(scope, receive, add)


def templates() -> Jinja2Templates:
    folder = str(resources.files(__package__).joinpath("templates"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    return Jinja2Templates(env=env)


def create_app(options: WebOptions = WebOptions()) -> FastAPI:
    """The app; the archive is opened (and its schema brought up to date) now."""
    pool = StorePool(options.db)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="readouts", version=EXTRACTOR_VERSION, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Official meeting readouts as evidence-grounded records: "
                              "documents, events, people, search, figures, exports and "
                              "reviewers' corrections. Every error is "
                              '`{"error": {"code", "message"}}`.')
    app.state.pool = pool
    app.state.options = options
    app.state.templates = templates()
    static = str(resources.files(__package__).joinpath("static"))
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="readouts API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg")

    app.include_router(api.router)
    app.include_router(pages.router)
    errors.install(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=options.max_body)
    return app


def run(options: WebOptions, host: str = "127.0.0.1", port: int = 8000, **uvicorn: Any) -> None:
    import uvicorn as server
    server.run(create_app(options), host=host, port=port, log_level="info",
               server_header=False, **uvicorn)
