"""Bearer tokens for writing to the archive (corrections, merges): made, listed, revoked.

    token = create_token(store, "alice")     # printed once: rdt_<id>_<secret>
    name = check_token(store, token)         # "alice", or None (unknown, revoked, malformed)

Only the SHA-256 of the secret is stored. A token is looked up by its public id and its
secret compared in constant time (`hmac.compare_digest`), so neither a wrong secret nor a
wrong id tells an attacker how close they came.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from ..errors import ReadoutsError
from ..store import Store
from .prepare import now

PREFIX = "rdt"
_DUMMY = hashlib.sha256(b"no such token").hexdigest()


class TokenError(ReadoutsError):
    code = "token"


@dataclass(frozen=True, slots=True)
class NewToken:
    id: str
    name: str
    token: str          # the whole token; shown once, never stored


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> NewToken:
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise TokenError("a token needs a name of 1 to 100 characters (who uses it)")
    token_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    with store.transaction():
        store.execute("INSERT INTO tokens (id, name, secret_sha256, created_at) "
                      "VALUES (?, ?, ?, ?)", (token_id, name, _digest(secret), now()))
    return NewToken(token_id, name, f"{PREFIX}_{token_id}_{secret}")


def list_tokens(store: Store) -> list[dict[str, Any]]:
    return store.rows("SELECT id, name, created_at, revoked_at FROM tokens "
                      "ORDER BY created_at, id")


def revoke_token(store: Store, token_id: str) -> bool:
    """True when a live token was revoked now."""
    with store.transaction():
        cursor = store.execute("UPDATE tokens SET revoked_at = ? WHERE id = ? "
                               "AND revoked_at IS NULL", (now(), token_id))
    return bool(cursor.rowcount)


def check_token(store: Store, token: str | None) -> str | None:
    """The name of a live token, or None."""
    prefix, _, rest = (token or "").strip().partition("_")
    token_id, _, secret = rest.partition("_")
    row = None
    if prefix == PREFIX and token_id and secret:
        rows = store.rows("SELECT name, secret_sha256 FROM tokens WHERE id = ? "
                          "AND revoked_at IS NULL", (token_id,))
        row = rows[0] if rows else None
    expected = row["secret_sha256"] if row else _DUMMY
    good = hmac.compare_digest(_digest(secret), expected)
    return row["name"] if row and good else None
