"""SQL notification stores: PostgreSQL (psycopg 3, optional extra ``postgres``) and SQLite (stdlib).

One table, one row per (merchant, notification id), the expiry a timestamp taken from the
database's own clock (so workers on several hosts agree on it)::

    CREATE TABLE wechatpay_notifications (
        mchid           text             NOT NULL,
        notification_id text             NOT NULL,
        state           text             NOT NULL CHECK (state IN ('claimed', 'processed')),
        token           text             NOT NULL,   -- who holds the claim (random per claim)
        expires_at      double precision NOT NULL,   -- Unix seconds, database clock
        PRIMARY KEY (mchid, notification_id)
    );
    CREATE INDEX wechatpay_notifications_expires_at_idx ON wechatpay_notifications (expires_at);

(SQLite: ``TEXT`` and ``REAL``.) :meth:`SQLNotificationStore.create_schema` runs exactly that
(``IF NOT EXISTS``). Each operation is one parameterised statement in its own transaction:

* claim: ``INSERT ... ON CONFLICT (mchid, notification_id) DO UPDATE ... WHERE expires_at <= now``:
  a new id is inserted; an existing row is taken over only if it expired (a claim whose worker
  died, or a record older than ``ttl``); a live claim or record makes the statement change no
  row, and the claim is refused. The database's unique key makes this atomic across processes;
* mark_processed: the same upsert, unconditional, to ``state = 'processed'`` until now + ``ttl``;
* release: ``DELETE ... WHERE state = 'claimed' AND token = <this claim's token>`` (only our own);
* is_processed: ``SELECT 1 ... WHERE state = 'processed' AND expires_at > now``.

Expired rows are deleted by :meth:`SQLNotificationStore.purge_expired` (run every
``purge_every`` claims, and whenever you call it). The table name is checked to be a plain
identifier (optionally ``schema.table``) and quoted; every value is a bound parameter.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._constants import LOGGER_NAME
from ._errors import ConfigurationError, NotificationStoreError
from ._notifications import DEFAULT_CLAIM_TTL, DEFAULT_DUPLICATE_TTL
from ._store_common import ClaimTokens, check_id, check_mchid

logger = logging.getLogger(LOGGER_NAME)

if TYPE_CHECKING:
    import psycopg
    import psycopg_pool

__all__ = ["DEFAULT_TABLE", "AsyncSQLNotificationStore", "SQLNotificationStore"]

DEFAULT_TABLE = "wechatpay_notifications"
_IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
_DEFAULT_PURGE_EVERY = 1000


@dataclass(frozen=True, slots=True)
class _Statements:
    """The SQL of one dialect for one table."""

    schema: tuple[str, ...]
    is_processed: str
    claim: str
    mark: str
    release: str
    forget: str
    purge: str


def _quoted_table(table: str) -> tuple[str, str]:
    """``"schema"."table"`` and the bare table name, after checking each part is an identifier."""
    parts = table.split(".") if isinstance(table, str) else []
    if not 1 <= len(parts) <= 2 or any(_IDENTIFIER_RE.fullmatch(part) is None for part in parts):
        raise ConfigurationError(
            "table must be an SQL identifier (letters, digits, '_'; at most 63; not starting with a digit), "
            "optionally schema-qualified as schema.table"
        )
    return ".".join(f'"{part}"' for part in parts), parts[-1]


def _create_index(table: str, dialect: str) -> str:
    quoted, bare = _quoted_table(table)
    index = f'"{bare}_expires_at_idx"'
    if dialect == "sqlite" and "." in table:  # SQLite names the index's schema, not the table's
        schema = table.split(".")[0]
        return f'CREATE INDEX IF NOT EXISTS "{schema}".{index} ON "{bare}" (expires_at)'
    return f"CREATE INDEX IF NOT EXISTS {index} ON {quoted} (expires_at)"


def _statements(table: str, dialect: str) -> _Statements:
    quoted, _ = _quoted_table(table)
    if dialect == "postgres":
        now, text, number, mark = (
            "extract(epoch from clock_timestamp())::double precision",
            "text",
            "double precision",
            "%s",
        )
    else:
        now, text, number, mark = "((julianday('now') - 2440587.5) * 86400.0)", "TEXT", "REAL", "?"
    create_table = (
        f"CREATE TABLE IF NOT EXISTS {quoted} ("
        f" mchid {text} NOT NULL,"
        f" notification_id {text} NOT NULL,"
        f" state {text} NOT NULL CHECK (state IN ('claimed', 'processed')),"
        f" token {text} NOT NULL,"
        f" expires_at {number} NOT NULL,"
        " PRIMARY KEY (mchid, notification_id))"
    )
    schema = (
        create_table,
        _create_index(table, dialect),
    )
    upsert = (
        f"INSERT INTO {quoted} AS existing (mchid, notification_id, state, token, expires_at)"
        f" VALUES ({mark}, {mark}, '{{state}}', {mark}, {now} + {mark})"
        " ON CONFLICT (mchid, notification_id) DO UPDATE"
        " SET state = excluded.state, token = excluded.token, expires_at = excluded.expires_at"
    )
    return _Statements(
        schema=schema,
        is_processed=(
            f"SELECT 1 FROM {quoted} WHERE mchid = {mark} AND notification_id = {mark}"
            f" AND state = 'processed' AND expires_at > {now}"
        ),
        claim=upsert.format(state="claimed") + f" WHERE existing.expires_at <= {now}",
        mark=upsert.format(state="processed"),
        release=(
            f"DELETE FROM {quoted} WHERE mchid = {mark} AND notification_id = {mark}"
            f" AND state = 'claimed' AND token = {mark}"
        ),
        forget=f"DELETE FROM {quoted} WHERE mchid = {mark} AND notification_id = {mark}",
        purge=f"DELETE FROM {quoted} WHERE mchid = {mark} AND expires_at <= {now}",
    )


def _errors(dialect: str) -> tuple[type[BaseException], ...]:
    if dialect == "sqlite":
        return (sqlite3.Error, OSError)
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - a connection was passed in, so psycopg is installed
        raise ConfigurationError("the PostgreSQL store needs psycopg: pip install 'wechatpay-typed[postgres]'") from exc
    return (psycopg.Error, OSError)


def _one_statement(connection: Any) -> Any:
    """The context one statement runs in on a psycopg connection: none on an autocommit connection
    (each statement is atomic by itself: no BEGIN/COMMIT round trips), else a transaction."""
    return contextlib.nullcontext() if connection.autocommit else connection.transaction()


class _SQLBase(ClaimTokens):
    """What the sync and async stores share: settings, statements, claim tokens."""

    dialect: str

    def __init__(self, *, mchid: str, table: str, ttl: float, claim_ttl: float, purge_every: int) -> None:
        super().__init__()
        check_mchid(mchid)
        if not ttl > 0 or not claim_ttl > 0:
            raise ConfigurationError("ttl and claim_ttl must be positive numbers of seconds")
        if purge_every < 0:
            raise ConfigurationError("purge_every must be 0 (never) or a positive number of claims")
        self.mchid = mchid
        self.table = table
        self.ttl = float(ttl)
        self.claim_ttl = float(claim_ttl)
        self.purge_every = purge_every
        self._sql = _statements(table, self.dialect)
        self._errors = _errors(self.dialect)
        self._claims = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.dialect}, mchid={self.mchid!r}, table={self.table!r}, ttl={self.ttl!r})"

    def _purge_due(self) -> bool:
        self._claims += 1
        return self.purge_every > 0 and self._claims % self.purge_every == 0

    def _purge_failed(self, exc: NotificationStoreError) -> None:
        # Housekeeping only: a claim that was won stays won (the next purge deletes the rows).
        logger.warning("%s; expired rows stay until the next purge", exc)


class SQLNotificationStore(_SQLBase):
    """A :class:`ClaimingNotificationStore` in one SQL table, shared by every worker and host.

    ``connection``: a ``sqlite3.Connection`` (give the store its own; :meth:`sqlite` opens one), a
    ``psycopg.Connection`` or a ``psycopg_pool.ConnectionPool`` (recommended for PostgreSQL: it
    replaces connections a server restart broke; :meth:`postgres` opens a plain connection and
    reconnects when it broke). Calls on one connection are serialised by a lock, so the store is
    thread-safe. ``mchid`` is part of the key (several merchants can share the table);
    ``ttl`` (default 25 h) and ``claim_ttl`` (default 600 s) as for the other stores.
    Call :meth:`create_schema` once (or create the table from the SQL in docs/notifications.md).
    """

    def __init__(
        self,
        connection: sqlite3.Connection | psycopg.Connection[Any] | psycopg_pool.ConnectionPool[Any],
        *,
        mchid: str,
        table: str = DEFAULT_TABLE,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        purge_every: int = _DEFAULT_PURGE_EVERY,
    ) -> None:
        self._connection: Any = connection
        self._pool = False
        if isinstance(connection, sqlite3.Connection):
            self.dialect = "sqlite"
        elif type(connection).__module__.startswith("psycopg_pool") and callable(
            getattr(connection, "connection", None)
        ):
            if "Async" in type(connection).__name__:
                raise ConfigurationError("an async psycopg connection or pool needs AsyncSQLNotificationStore")
            self.dialect, self._pool = "postgres", True
        elif type(connection).__module__.startswith("psycopg") and callable(getattr(connection, "transaction", None)):
            if asyncio.iscoroutinefunction(getattr(connection, "execute", None)):
                raise ConfigurationError("an async psycopg connection or pool needs AsyncSQLNotificationStore")
            self.dialect = "postgres"
        else:
            raise ConfigurationError(
                "connection must be a sqlite3.Connection, a psycopg.Connection or a psycopg_pool.ConnectionPool"
            )
        super().__init__(mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl, purge_every=purge_every)
        self._lock = threading.Lock()
        self._reconnect: Any = None

    @classmethod
    def sqlite(
        cls,
        path: str,
        *,
        mchid: str,
        table: str = DEFAULT_TABLE,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        timeout: float = 5.0,
    ) -> SQLNotificationStore:
        """A store on the SQLite file ``path`` with its own connection (autocommit, WAL journal,
        waiting up to ``timeout`` s for another process's write lock). The schema is created."""
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error:  # a read-only or in-memory database keeps its journal mode
            pass
        try:
            store = cls(connection, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl)
            store.create_schema()
        except BaseException:
            connection.close()  # a bad setting or a failing schema step: no connection left open
            raise
        return store

    @classmethod
    def postgres(
        cls,
        conninfo: str,
        *,
        mchid: str,
        table: str = DEFAULT_TABLE,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        connect_timeout: int = 5,
    ) -> SQLNotificationStore:
        """A store with its own autocommit psycopg connection to ``conninfo``
        (``postgresql://user:password@host/db``), opened again when a server restart broke it.
        Opening it may raise :class:`NotificationStoreError`."""
        import psycopg

        def connect() -> psycopg.Connection[Any]:
            return psycopg.connect(conninfo, autocommit=True, connect_timeout=connect_timeout)

        try:
            connection = connect()
        except (psycopg.Error, OSError) as exc:
            raise NotificationStoreError.wrap(
                exc, operation="connect", notification_id=None, store=cls.__name__
            ) from exc
        try:
            store = cls(connection, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl)
        except BaseException:
            connection.close()  # a bad setting: no connection left open
            raise
        store._reconnect = connect
        return store

    def close(self) -> None:
        """Close the connection or pool."""
        self._connection.close()

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        if self.dialect == "sqlite":
            with self._lock:
                connection = self._connection
                cursor = connection.cursor()
                try:
                    yield cursor
                    if connection.in_transaction:
                        connection.commit()
                except BaseException:
                    if connection.in_transaction:
                        connection.rollback()
                    raise
                finally:
                    cursor.close()
        elif self._pool:
            # The pool commits (or rolls back) what the block left open when it takes the connection back.
            with self._connection.connection() as connection, connection.cursor() as cursor:
                yield cursor
        else:
            with self._lock:
                if self._reconnect is not None and self._connection.closed:
                    self._connection = self._reconnect()
                connection = self._connection
                with _one_statement(connection), connection.cursor() as cursor:
                    yield cursor

    def _execute(self, operation: str, notification_id: str | None, sql: str, params: tuple[Any, ...]) -> Any:
        """Run one statement; the row count, or for a SELECT whether it found a row."""
        try:
            with self._cursor() as cursor:
                cursor.execute(sql, params)
                if sql.startswith("SELECT"):
                    return cursor.fetchone() is not None
                return cursor.rowcount
        except self._errors as exc:
            raise self._failed(exc, operation, notification_id) from exc

    def create_schema(self) -> None:
        """Create the table and its expiry index if they do not exist (idempotent)."""
        for statement in self._sql.schema:
            self._execute("create_schema", None, statement, ())

    def is_processed(self, notification_id: str) -> bool:
        key = (self.mchid, check_id(notification_id))
        return bool(self._execute("is_processed", notification_id, self._sql.is_processed, key))

    def claim(self, notification_id: str) -> bool:
        """True for exactly one caller while the id is neither handled nor claimed (one upsert)."""
        token = self._reserve(check_id(notification_id))
        if token is None:  # a delivery of the id is in flight in this process (_store_common)
            return False
        params = (self.mchid, notification_id, token, self.claim_ttl)
        try:
            won: bool = self._execute("claim", notification_id, self._sql.claim, params) == 1
        except NotificationStoreError:
            self._unreserve(notification_id, token)
            raise
        if not won:
            self._unreserve(notification_id, token)
        if self._purge_due():
            try:
                self.purge_expired()
            except NotificationStoreError as exc:
                self._purge_failed(exc)
        return won

    def release(self, notification_id: str) -> None:
        """Delete this instance's claim on the id, if the row still carries its token."""
        token = self._take_token(check_id(notification_id))
        if token is not None:
            self._execute("release", notification_id, self._sql.release, (self.mchid, notification_id, token))

    def mark_processed(self, notification_id: str) -> None:
        token = self._take_token(check_id(notification_id))
        params = (self.mchid, notification_id, token or secrets.token_hex(16), self.ttl)
        try:
            self._execute("mark_processed", notification_id, self._sql.mark, params)
        except NotificationStoreError:
            if token is not None:
                self._keep_token(notification_id, token)  # the claim is still ours to release
            raise

    def forget(self, notification_id: str) -> None:
        """Delete the id's row (to force a notification to be handled again)."""
        self._take_token(check_id(notification_id))
        self._execute("forget", notification_id, self._sql.forget, (self.mchid, notification_id))

    def purge_expired(self) -> int:
        """Delete this merchant's expired rows; the number deleted."""
        return int(self._execute("purge_expired", None, self._sql.purge, (self.mchid,)))


class AsyncSQLNotificationStore(_SQLBase):
    """The async twin of :class:`SQLNotificationStore` for PostgreSQL: a ``psycopg.AsyncConnection``
    or a ``psycopg_pool.AsyncConnectionPool`` (an :class:`AsyncNotificationStore`, used by
    ``aparse``/``ahandle``). Same table, statements and semantics. (For SQLite in async code, pass
    the sync :class:`SQLNotificationStore`: ``ahandle`` runs its calls in a worker thread.)"""

    dialect = "postgres"

    def __init__(
        self,
        connection: psycopg.AsyncConnection[Any] | psycopg_pool.AsyncConnectionPool[Any],
        *,
        mchid: str,
        table: str = DEFAULT_TABLE,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        purge_every: int = _DEFAULT_PURGE_EVERY,
    ) -> None:
        module = type(connection).__module__
        self._pool = module.startswith("psycopg_pool") and callable(getattr(connection, "connection", None))
        is_async_connection = module.startswith("psycopg") and asyncio.iscoroutinefunction(
            getattr(connection, "execute", None)
        )
        if not (self._pool and "Async" in type(connection).__name__) and not is_async_connection:
            raise ConfigurationError(
                "connection must be a psycopg.AsyncConnection or a psycopg_pool.AsyncConnectionPool "
                "(for a sync connection or SQLite use SQLNotificationStore)"
            )
        super().__init__(mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl, purge_every=purge_every)
        self._connection: Any = connection
        self._lock = asyncio.Lock()
        self._reconnect: Any = None

    @classmethod
    async def postgres(
        cls,
        conninfo: str,
        *,
        mchid: str,
        table: str = DEFAULT_TABLE,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        connect_timeout: int = 5,
    ) -> AsyncSQLNotificationStore:
        """A store with its own autocommit ``psycopg.AsyncConnection``, reopened when it broke."""
        import psycopg

        async def connect() -> psycopg.AsyncConnection[Any]:
            return await psycopg.AsyncConnection.connect(conninfo, autocommit=True, connect_timeout=connect_timeout)

        try:
            connection = await connect()
        except (psycopg.Error, OSError) as exc:
            raise NotificationStoreError.wrap(
                exc, operation="connect", notification_id=None, store=cls.__name__
            ) from exc
        try:
            store = cls(connection, mchid=mchid, table=table, ttl=ttl, claim_ttl=claim_ttl)
        except BaseException:
            await connection.close()  # a bad setting: no connection left open
            raise
        store._reconnect = connect
        return store

    async def aclose(self) -> None:
        """Close the connection or pool."""
        await self._connection.close()

    async def _execute(self, operation: str, notification_id: str | None, sql: str, params: tuple[Any, ...]) -> Any:
        try:
            if self._pool:
                async with self._connection.connection() as connection:
                    return await self._run(connection, sql, params)
            async with self._lock:
                if self._reconnect is not None and self._connection.closed:
                    self._connection = await self._reconnect()
                return await self._run(self._connection, sql, params)
        except self._errors as exc:
            raise self._failed(exc, operation, notification_id) from exc

    @staticmethod
    async def _run(connection: Any, sql: str, params: tuple[Any, ...]) -> Any:
        async with _one_statement(connection), connection.cursor() as cursor:
            await cursor.execute(sql, params)
            if sql.startswith("SELECT"):
                return await cursor.fetchone() is not None
            return cursor.rowcount

    async def create_schema(self) -> None:
        """Create the table and its expiry index if they do not exist (idempotent)."""
        for statement in self._sql.schema:
            await self._execute("create_schema", None, statement, ())

    async def ais_processed(self, notification_id: str) -> bool:
        key = (self.mchid, check_id(notification_id))
        return bool(await self._execute("is_processed", notification_id, self._sql.is_processed, key))

    async def aclaim(self, notification_id: str) -> bool:
        token = self._reserve(check_id(notification_id))
        if token is None:  # a delivery of the id is in flight in this process (_store_common)
            return False
        params = (self.mchid, notification_id, token, self.claim_ttl)
        try:
            won: bool = await self._execute("claim", notification_id, self._sql.claim, params) == 1
        except NotificationStoreError:
            self._unreserve(notification_id, token)
            raise
        if not won:
            self._unreserve(notification_id, token)
        if self._purge_due():
            try:
                await self.purge_expired()
            except NotificationStoreError as exc:
                self._purge_failed(exc)
        return won

    async def arelease(self, notification_id: str) -> None:
        token = self._take_token(check_id(notification_id))
        if token is not None:
            await self._execute("release", notification_id, self._sql.release, (self.mchid, notification_id, token))

    async def amark_processed(self, notification_id: str) -> None:
        token = self._take_token(check_id(notification_id))
        params = (self.mchid, notification_id, token or secrets.token_hex(16), self.ttl)
        try:
            await self._execute("mark_processed", notification_id, self._sql.mark, params)
        except NotificationStoreError:
            if token is not None:
                self._keep_token(notification_id, token)
            raise

    async def aforget(self, notification_id: str) -> None:
        """Delete the id's row (to force a notification to be handled again)."""
        self._take_token(check_id(notification_id))
        await self._execute("forget", notification_id, self._sql.forget, (self.mchid, notification_id))

    async def purge_expired(self) -> int:
        """Delete this merchant's expired rows; the number deleted."""
        return int(await self._execute("purge_expired", None, self._sql.purge, (self.mchid,)))
