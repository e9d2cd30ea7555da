"""Helpers of the store tests: which test servers answer, and one interface for every store.

Redis and PostgreSQL are reached through ``WECHATPAY_TEST_REDIS_URL`` and
``WECHATPAY_TEST_POSTGRES_URL`` (``.ci/test-servers.sh`` installs, starts and prints them; CI
exports them). Without a URL, or with a server that does not answer, those tests are skipped with
a reason saying so.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notifications"))  # notify_kit


REDIS_ENV = "WECHATPAY_TEST_REDIS_URL"
POSTGRES_ENV = "WECHATPAY_TEST_POSTGRES_URL"


@cache
def redis_url() -> tuple[str | None, str]:
    """The Redis URL if the server answers, else None and why."""
    url = os.environ.get(REDIS_ENV)
    if not url:
        return None, f"{REDIS_ENV} is not set (run .ci/test-servers.sh to start a local Redis)"
    import redis

    try:
        client = redis.Redis.from_url(url, socket_timeout=3, socket_connect_timeout=3)
        client.ping()
        client.close()
    except redis.RedisError as exc:
        return None, f"Redis at {REDIS_ENV} does not answer ({type(exc).__name__})"
    return url, "reachable"


@cache
def postgres_url() -> tuple[str | None, str]:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        return None, f"{POSTGRES_ENV} is not set (run .ci/test-servers.sh to start a local PostgreSQL)"
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as exc:
        return None, f"PostgreSQL at {POSTGRES_ENV} does not answer ({type(exc).__name__})"
    return url, "reachable"


def need_redis() -> str:
    url, why = redis_url()
    if url is None:
        pytest.skip(f"Redis store tests skipped: {why}")
    return url


def need_postgres() -> str:
    url, why = postgres_url()
    if url is None:
        pytest.skip(f"PostgreSQL store tests skipped: {why}")
    return url


def new_mchid() -> str:
    """A merchant id no other test uses: every test has its own keys/rows."""
    return "t" + secrets.token_hex(8)


# --------------------------------------------------------------------------- one interface for every store


@dataclass
class Backend:
    """Makes stores of one kind; every store it makes is a separate "worker" (own client/connection)."""

    name: str
    is_async: bool
    factory: Callable[..., Any]
    closers: list[Callable[[], Any]] = field(default_factory=list)

    async def make(self, mchid: str, *, ttl: float = 3600.0, claim_ttl: float = 600.0) -> StoreUnderTest:
        made = self.factory(mchid, ttl=ttl, claim_ttl=claim_ttl)
        if isinstance(made, Awaitable):
            made = await made
        self.closers.append(getattr(made, "aclose", None) or getattr(made, "close", lambda: None))
        return StoreUnderTest(made, self.is_async)


class StoreUnderTest:
    """``await store.claim(id)`` & co. whatever the store's flavour."""

    def __init__(self, store: Any, is_async: bool) -> None:
        self.store = store
        self.is_async = is_async

    async def _call(self, name: str, notification_id: str) -> Any:
        if self.is_async:
            return await getattr(self.store, "a" + name)(notification_id)
        return getattr(self.store, name)(notification_id)

    async def is_processed(self, notification_id: str) -> bool:
        return bool(await self._call("is_processed", notification_id))

    async def claim(self, notification_id: str) -> bool:
        return bool(await self._call("claim", notification_id))

    async def release(self, notification_id: str) -> None:
        await self._call("release", notification_id)

    async def mark_processed(self, notification_id: str) -> None:
        await self._call("mark_processed", notification_id)
