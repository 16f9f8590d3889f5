"""What routes share: a store per request (from a small pool), the token check, filters."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Annotated, Iterator

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..archive.filters import Filters
from ..archive.tokens import check_token
from ..model import EVENT_TYPES, ROLES
from ..store import Store, open_store
from .errors import ApiError


class StorePool:
    """Open connections to one archive, reused across requests (one per request at a time).
    The schema is brought up to date once, when the pool is made."""

    def __init__(self, url: str | None, keep: int = 8) -> None:
        self.url = url
        first = open_store(url)               # migrates
        self.dialect = first.dialect
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._idle.put(first)
        self._keep = keep
        self._lock = threading.Lock()

    def acquire(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return open_store(self.url, migrate_schema=False)

    def release(self, store: Store) -> None:
        if store._depth:                     # a transaction left open by an error
            store.close()
            return
        with self._lock:
            if self._idle.qsize() < self._keep:
                self._idle.put(store)
                return
        store.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def get_store(request: Request) -> Iterator[Store]:
    pool: StorePool = request.app.state.pool
    store = pool.acquire()
    try:
        yield store
    finally:
        pool.release(store)


StoreDep = Annotated[Store, Depends(get_store)]

_bearer = HTTPBearer(auto_error=False, description="A token from `readouts token create`.")


def writer_name(store: Store, token: str | None) -> str:
    """The name of the token's holder, or 401 (no token) / 403 (not a live token)."""
    if not token:
        raise ApiError(401, "writing needs a token: send 'Authorization: Bearer TOKEN' "
                            "(make one with `readouts token create NAME`)",
                       headers={"WWW-Authenticate": "Bearer"})
    name = check_token(store, token)
    if name is None:
        raise ApiError(403, "the token is not valid (unknown, revoked or mistyped)")
    return name


def require_writer(store: StoreDep, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    return writer_name(store, credentials.credentials if credentials else None)


WriterDep = Annotated[str, Depends(require_writer)]


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=500, description="Items per page.")] = 50,
           offset: Annotated[int, Query(ge=0, le=10_000_000,
                                        description="Items to skip.")] = 0) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(paging)]

_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"   # empty: no filter (as a blank form field sends)


def filters(
    person: Annotated[str | None, Query(max_length=200, description="A participant whose name contains this.")] = None,
    org: Annotated[str | None, Query(max_length=200, description="A participant whose organisation contains this.")] = None,
    country: Annotated[str | None, Query(pattern=r"^([A-Za-z]{2})?$", description="A participant's (or unnamed office's) country, ISO alpha-2.")] = None,
    type: Annotated[str | None, Query(pattern="^(" + "|".join(EVENT_TYPES) + ")?$", description="Event type.")] = None,
    role: Annotated[str | None, Query(pattern="^(" + "|".join(ROLES) + ")?$", description="A participant in this role.")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=_DATE, description="Events on or after (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=_DATE, description="Events on or before (YYYY[-MM[-DD]]).")] = None,
    topic: Annotated[str | None, Query(max_length=100, description="Events tagged with this topic.")] = None,
    resolution: Annotated[str | None, Query(pattern=r"^(\d{1,5}|wps)?$", description="Events citing UN resolution N, or 'wps'.")] = None,
    publisher: Annotated[str | None, Query(max_length=200, description="Documents whose publisher contains this.")] = None,
    exclude_truncated: Annotated[bool, Query(description="Leave out truncated documents.")] = False,
) -> Filters:
    """The CLI's filters (`--person`, `--from`, ...) as query parameters of the same names."""
    empty = {k: (v or None) for k, v in dict(
        person=person, org=org, country=country, type=type, role=role, date_from=date_from,
        date_to=date_to, topic=topic, resolution=resolution, publisher=publisher).items()}
    return Filters(exclude_truncated=exclude_truncated, **empty)


FiltersDep = Annotated[Filters, Depends(filters)]
