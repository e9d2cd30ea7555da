"""Store construction: bad settings are a ConfigurationError naming the setting, SQL identifiers
are validated, the wrong client flavour is refused, and nothing secret reaches a repr or an error."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from store_kit import new_mchid
from wechatpay_auth import (
    AsyncNotificationStore,
    AsyncRedisNotificationStore,
    AsyncSQLNotificationStore,
    ClaimingNotificationStore,
    ConfigurationError,
    InMemoryNotificationStore,
    NotificationStoreError,
    RedisNotificationStore,
    SQLNotificationStore,
)
from wechatpay_auth.contrib.django import notification_view as _django_view  # noqa: F401 - importable

# A port nothing listens on: connections are refused at once.
DEAD = "127.0.0.1:9"


@pytest.mark.parametrize(
    "table",
    ['x"; DROP TABLE y; --', "1abc", "a.b.c", "", "name with space", "a" * 64, "t;", "schema."],
)
def test_table_names_must_be_identifiers(table: str, tmp_path: Path) -> None:
    connection = sqlite3.connect(str(tmp_path / "db"))
    with pytest.raises(ConfigurationError, match="table must be an SQL identifier"):
        SQLNotificationStore(connection, mchid="1230000109", table=table)


def test_a_schema_qualified_table_is_accepted_and_quoted(tmp_path: Path) -> None:
    connection = sqlite3.connect(str(tmp_path / "db"), isolation_level=None)
    connection.execute(f"ATTACH DATABASE '{tmp_path / 'other'}' AS audit")
    store = SQLNotificationStore(connection, mchid="1230000109", table="audit.wechatpay_seen")
    store.create_schema()
    assert store.claim("EV-1") and not store.claim("EV-1")
    store.mark_processed("EV-1")
    rows = connection.execute('SELECT mchid, notification_id, state FROM audit."wechatpay_seen"').fetchall()
    assert rows == [("1230000109", "EV-1", "processed")]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"mchid": ""}, "mchid"),
        ({"mchid": "1230000109:*"}, "mchid"),
        ({"mchid": "1230000109", "ttl": 0}, "ttl"),
        ({"mchid": "1230000109", "claim_ttl": -1}, "claim_ttl"),
        ({"mchid": "1230000109", "purge_every": -1}, "purge_every"),
    ],
)
def test_bad_sql_store_settings(options: dict[str, object], match: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=match):
        SQLNotificationStore(sqlite3.connect(str(tmp_path / "db")), **options)  # type: ignore[arg-type]


def test_bad_redis_store_settings() -> None:
    import redis
    import redis.asyncio

    client = redis.Redis.from_url(f"redis://{DEAD}/0")
    with pytest.raises(ConfigurationError, match="mchid"):
        RedisNotificationStore(client, mchid="*")
    with pytest.raises(ConfigurationError, match="prefix"):
        RedisNotificationStore(client, mchid="1230000109", prefix="has space")
    with pytest.raises(ConfigurationError, match="ttl"):
        RedisNotificationStore(client, mchid="1230000109", ttl=0)
    with pytest.raises(ConfigurationError, match="redis.asyncio.Redis"):
        AsyncRedisNotificationStore(client, mchid="1230000109")  # type: ignore[arg-type]
    async_client = redis.asyncio.Redis.from_url(f"redis://{DEAD}/0")
    with pytest.raises(ConfigurationError, match="AsyncRedisNotificationStore"):
        RedisNotificationStore(async_client, mchid="1230000109")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="sqlite3.Connection"):
        SQLNotificationStore(client, mchid="1230000109")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="AsyncConnection"):
        AsyncSQLNotificationStore(sqlite3.connect(":memory:"), mchid="1230000109")  # type: ignore[arg-type]


def test_the_stores_satisfy_the_protocols(tmp_path: Path) -> None:
    import redis
    import redis.asyncio

    sync_stores = [
        InMemoryNotificationStore(),
        RedisNotificationStore(redis.Redis.from_url(f"redis://{DEAD}/0"), mchid="1230000109"),
        SQLNotificationStore.sqlite(str(tmp_path / "db"), mchid="1230000109"),
    ]
    for store in sync_stores:
        assert isinstance(store, ClaimingNotificationStore), store
    async_redis = AsyncRedisNotificationStore(redis.asyncio.Redis.from_url(f"redis://{DEAD}/0"), mchid="1230000109")
    for store in (InMemoryNotificationStore(), async_redis):
        assert isinstance(store, AsyncNotificationStore), store
    assert not isinstance(sync_stores[1], AsyncNotificationStore)


def test_an_unreachable_server_is_a_store_error_without_the_password() -> None:
    with pytest.raises(NotificationStoreError) as caught:
        SQLNotificationStore.postgres(f"postgresql://merchant:s3cretPassw0rd@{DEAD}/db", mchid="1230000109")
    assert caught.value.operation == "connect" and caught.value.__cause__ is not None
    assert "s3cretPassw0rd" not in str(caught.value) and "s3cretPassw0rd" not in repr(caught.value)
    store = RedisNotificationStore.from_url(f"redis://:s3cretPassw0rd@{DEAD}/0", mchid=new_mchid())
    assert "s3cretPassw0rd" not in repr(store)
    for call in (store.is_processed, store.claim, store.mark_processed):
        with pytest.raises(NotificationStoreError) as caught:
            call("EV-1")
        assert caught.value.store == "RedisNotificationStore" and caught.value.notification_id == "EV-1"
        assert "s3cretPassw0rd" not in str(caught.value)

    async def async_calls() -> None:
        astore = AsyncRedisNotificationStore.from_url(f"redis://{DEAD}/0", mchid="1230000109")
        with pytest.raises(NotificationStoreError) as caught:
            await astore.aclaim("EV-2")
        assert caught.value.operation == "claim"
        with pytest.raises(NotificationStoreError):
            await AsyncSQLNotificationStore.postgres(f"postgresql://merchant:pw@{DEAD}/db", mchid="1230000109")

    asyncio.run(async_calls())


def test_sqlite_errors_are_store_errors(tmp_path: Path) -> None:
    store = SQLNotificationStore.sqlite(str(tmp_path / "db"), mchid="1230000109")
    store.close()  # a closed connection: sqlite3.ProgrammingError, an sqlite3.Error
    with pytest.raises(NotificationStoreError) as caught:
        store.claim("EV-1")
    assert caught.value.operation == "claim"
    assert isinstance(caught.value.__cause__, sqlite3.Error)


def test_a_schema_qualified_table_on_postgres() -> None:
    import secrets

    import psycopg
    from store_kit import need_postgres

    url = need_postgres()
    schema = f"wechatpay_test_{secrets.token_hex(4)}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        store = SQLNotificationStore.postgres(url, mchid="1230000109", table=f"{schema}.seen")
        store.create_schema()
        assert store.claim("EV-1") and not store.claim("EV-1")
        store.mark_processed("EV-1")
        assert store.is_processed("EV-1")
        store.close()
        with psycopg.connect(url) as connection:
            rows = connection.execute(f'SELECT notification_id, state FROM "{schema}".seen').fetchall()
            indexes = connection.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = %s AND tablename = 'seen'", (schema,)
            ).fetchall()
        assert rows == [("EV-1", "processed")]
        assert ("seen_expires_at_idx",) in indexes
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def test_the_sync_sql_store_refuses_an_async_pool() -> None:
    """An AsyncConnectionPool was accepted by SQLNotificationStore and every callback then failed
    with a 503 (a TypeError inside the store, reported as "store unavailable")."""
    import psycopg_pool

    pool = psycopg_pool.AsyncConnectionPool(f"postgresql://merchant@{DEAD}/db", open=False)
    with pytest.raises(ConfigurationError, match="AsyncSQLNotificationStore"):
        SQLNotificationStore(pool, mchid="1230000109")


def test_a_failing_purge_does_not_undo_a_won_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The purge of expired rows runs after a claim (every ``purge_every`` claims). It used to raise
    out of ``claim()`` after the claim was won: the delivery got a 503, and the row stayed claimed
    for claim_ttl, so every retry in that window got 503 too."""
    path = str(tmp_path / "db")
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    store = SQLNotificationStore(connection, mchid="1230000109", purge_every=1)
    store.create_schema()

    def failing_purge() -> int:
        raise NotificationStoreError.wrap(
            sqlite3.OperationalError("disk I/O error"), operation="purge_expired", notification_id=None, store=store
        )

    monkeypatch.setattr(store, "purge_expired", failing_purge)
    assert store.claim("EV-PURGE") is True
    assert "expired rows stay until the next purge" in caplog.text
    store.release("EV-PURGE")  # the claim is this delivery's: its release frees it
    other = SQLNotificationStore.sqlite(path, mchid="1230000109")
    assert other.claim("EV-PURGE") is True
    other.close()
    store.close()
