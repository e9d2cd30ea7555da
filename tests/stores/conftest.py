"""Fixtures of the store tests (helpers in store_kit.py); tests/conftest.py's header says which servers run.

SQLite and the in-memory store always run; Redis and PostgreSQL when their URL is set and the
server answers (store_kit.need_redis / need_postgres skip with the reason otherwise).
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_kit import Backend, need_postgres, need_redis
from wechatpay_auth import (
    AsyncRedisNotificationStore,
    AsyncSQLNotificationStore,
    InMemoryNotificationStore,
    RedisNotificationStore,
    SQLNotificationStore,
)


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
