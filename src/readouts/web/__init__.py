"""The web app and JSON API over the archive: `readouts serve`, or from Python

    from readouts.web import create_app, WebOptions
    app = create_app(WebOptions(db="sqlite:///archive.db"))    # an ASGI app (FastAPI)

Pages are server-rendered HTML (Jinja2, autoescaped) that work without JavaScript; the API
lives under /api, its OpenAPI schema at /openapi.json and browsable at /docs (Swagger UI
served from vendored files, no CDN). Needs the `web` extra: pip install 'readouts[web]'.
"""
from __future__ import annotations

from .app import WebOptions, create_app

__all__ = ["WebOptions", "create_app"]
