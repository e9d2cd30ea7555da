"""The notification stores under test, against real servers.

Redis and PostgreSQL are reached through ``WECHATPAY_TEST_REDIS_URL`` and
``WECHATPAY_TEST_POSTGRES_URL`` (``.ci/test-servers.sh`` installs, starts and prints them; CI
exports them). Without a URL, or with a server that does not answer, those backends are skipped
with a reason saying so, and the pytest header says which ones run. SQLite and the in-memory
store always run.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notifications"))  # notify_kit

from wechatpay_auth import (
    AsyncRedisNotificationStore,
    AsyncSQLNotificationStore,
    InMemoryNotificationStore,
    RedisNotificationStore,
    SQLNotificationStore,
)

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


def pytest_report_header(config: pytest.Config) -> list[str]:
    lines = []
    for name, (url, why) in (("Redis", redis_url()), ("PostgreSQL", postgres_url())):
        lines.append(f"notification stores: {name} tests {'run' if url else 'SKIPPED'} ({why})")
    return lines


def new_mchid() -> str:
    """A merchant id no other test uses: every test has its own keys/rows."""
    return "t" + secrets.token_hex(8)


@pytest.fixture(scope="session")
def pg_table() -> Iterator[str]:
    """A table of this test session in the PostgreSQL test database, dropped at the end."""
    url = need_postgres()
    import psycopg

    table = f"wechatpay_test_{secrets.token_hex(4)}"
    maker = SQLNotificationStore.postgres(url, mchid="schema", table=table)
    maker.create_schema()
    maker.create_schema()  # idempotent
    maker.close()
    yield table
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP TABLE IF EXISTS "{table}"')


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


BACKENDS = [
    "memory",
    "memory-async",
    "sqlite",
    "redis",
    "redis-async",
    "postgres",
    "postgres-async",
    "postgres-pool",
    "postgres-pool-async",
]


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    name: str = request.param
    shared_memory: dict[str, InMemoryNotificationStore] = {}

    def memory(mchid: str, *, ttl: float, claim_ttl: float) -> InMemoryNotificationStore:
        # One process: every "worker" shares the one store object (that is what it is for).
        return shared_memory.setdefault(mchid, InMemoryNotificationStore(ttl=ttl, claim_ttl=claim_ttl))

    def sqlite(mchid: str, *, ttl: float, claim_ttl: float) -> SQLNotificationStore:
        return SQLNotificationStore.sqlite(
            str(tmp_path / "notifications.db"), mchid=mchid, ttl=ttl, claim_ttl=claim_ttl
        )

    factory: Callable[..., Any]
    if name.startswith("memory"):
        factory = memory
    elif name == "sqlite":
        factory = sqlite
    elif name.startswith("redis"):
        url = need_redis()
        cls = AsyncRedisNotificationStore if name.endswith("async") else RedisNotificationStore

        def factory(mchid: str, *, ttl: float, claim_ttl: float) -> Any:
            return cls.from_url(url, mchid=mchid, ttl=ttl, claim_ttl=claim_ttl)

    else:
        url = need_postgres()
        table = request.getfixturevalue("pg_table")
        factory = _postgres_factory(name, url, table)
    backend = Backend(name, name.endswith("async"), factory)
    yield backend
    for close in backend.closers:
        result = close()
        if isinstance(result, Awaitable):
            await result


def _postgres_factory(name: str, url: str, table: str) -> Callable[..., Any]:
    if name == "postgres":
        return lambda mchid, ttl, claim_ttl: SQLNotificationStore.postgres(
            url, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl
        )
    if name == "postgres-async":
        return lambda mchid, ttl, claim_ttl: AsyncSQLNotificationStore.postgres(
            url, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl
        )
    import psycopg_pool

    if name == "postgres-pool":

        def pool(mchid: str, *, ttl: float, claim_ttl: float) -> SQLNotificationStore:
            connections: psycopg_pool.ConnectionPool[Any] = psycopg_pool.ConnectionPool(
                url, min_size=1, max_size=4, timeout=5, open=True
            )
            return SQLNotificationStore(connections, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl)

        return pool

    async def async_pool(mchid: str, *, ttl: float, claim_ttl: float) -> AsyncSQLNotificationStore:
        connections: psycopg_pool.AsyncConnectionPool[Any] = psycopg_pool.AsyncConnectionPool(
            url, min_size=1, max_size=4, timeout=5, open=False
        )
        await connections.open(wait=True, timeout=10)
        return AsyncSQLNotificationStore(connections, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl)

    return async_pool
