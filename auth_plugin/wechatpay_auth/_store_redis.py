"""Redis-backed notification stores shared by every worker (optional extra ``redis``: redis-py).

:class:`RedisNotificationStore` takes a ``redis.Redis`` client, :class:`AsyncRedisNotificationStore`
a ``redis.asyncio.Redis`` one. Both keep two keys per notification id, under a prefix per merchant::

    <prefix>:<mchid>:{<id>}:claim   a delivery is handling the id; value: a random token; PX claim_ttl
    <prefix>:<mchid>:{<id>}:done    the id was handled successfully; PX ttl (25 h by default)

(``{<id>}`` is a Redis Cluster hash tag: both keys of an id live in one slot, so the scripts below
may touch both.) Every step is one round trip and atomic on the server:

* claim: a script that answers 0 when ``done`` exists, else ``SET claim <token> NX PX claim_ttl``;
* release: compare-and-delete, the claim is deleted only if it still holds this caller's token
  (a claim that lapsed and was taken by another worker is left alone);
* mark_processed: ``SET done 1 PX ttl`` and the same compare-and-delete of the claim;
* is_processed: ``EXISTS done``.

No ``KEYS``/``SCAN``: expiry is Redis's own (``PX``), nothing needs sweeping. Redis errors and
socket errors become :class:`NotificationStoreError` (the redis-py exception is ``__cause__``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ._errors import ConfigurationError
from ._notifications import DEFAULT_CLAIM_TTL, DEFAULT_DUPLICATE_TTL
from ._store_common import ClaimTokens, check_id, check_mchid

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["DEFAULT_REDIS_PREFIX", "AsyncRedisNotificationStore", "RedisNotificationStore"]

#: Keys start with ``<prefix>:<mchid>:``.
DEFAULT_REDIS_PREFIX = "wechatpay:notification"

_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_MARK = """
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
if ARGV[2] ~= '' and redis.call('GET', KEYS[2]) == ARGV[2] then redis.call('DEL', KEYS[2]) end
return 1
"""
_PREFIX_RE = re.compile(r"[A-Za-z0-9_.:-]{1,64}")


def _redis_errors() -> tuple[type[BaseException], ...]:
    try:
        from redis.exceptions import RedisError
    except ImportError as exc:  # pragma: no cover - a client was passed in, so redis is installed
        raise ConfigurationError("the Redis stores need redis-py: pip install 'wechatpay-typed[redis]'") from exc
    return (RedisError, OSError)


def _milliseconds(seconds: float, name: str) -> int:
    if not seconds > 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds")
    return max(1, round(seconds * 1000))


class _RedisKeys(ClaimTokens):
    """The settings and key names both twins share."""

    def __init__(self, *, mchid: str, prefix: str, ttl: float, claim_ttl: float) -> None:
        super().__init__()
        check_mchid(mchid)
        if not isinstance(prefix, str) or _PREFIX_RE.fullmatch(prefix) is None:
            raise ConfigurationError("prefix must be 1-64 characters of letters, digits and '_.:-'")
        self.mchid = mchid
        self.prefix = prefix
        self.ttl = float(ttl)
        self.claim_ttl = float(claim_ttl)
        self._ttl_ms = _milliseconds(ttl, "ttl")
        self._claim_ttl_ms = _milliseconds(claim_ttl, "claim_ttl")
        self._errors = _redis_errors()

    def _keys(self, notification_id: str) -> tuple[str, str]:
        base = f"{self.prefix}:{self.mchid}:{{{check_id(notification_id)}}}"
        return f"{base}:done", f"{base}:claim"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(mchid={self.mchid!r}, prefix={self.prefix!r}, ttl={self.ttl!r})"


class RedisNotificationStore(_RedisKeys):
    """A :class:`ClaimingNotificationStore` in Redis, shared by every worker and host (sync client).

    ``client``: a ``redis.Redis`` (give it ``socket_timeout`` / ``socket_connect_timeout`` so a
    hung server fails fast; :meth:`from_url` does). ``mchid``: the merchant id, part of every key
    so that several merchants can share one Redis. ``ttl``: how long a handled id is remembered
    (default 25 h, longer than WeChat Pay's 24 h 4 min of retries); ``claim_ttl``: how long a claim
    lasts if its worker dies before releasing it (default 600 s; longer than your slowest handler).
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        mchid: str,
        prefix: str = DEFAULT_REDIS_PREFIX,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
    ) -> None:
        super().__init__(mchid=mchid, prefix=prefix, ttl=ttl, claim_ttl=claim_ttl)
        if not callable(getattr(client, "register_script", None)) or _is_async_client(client):
            raise ConfigurationError(
                "RedisNotificationStore needs a redis.Redis client (for redis.asyncio.Redis use "
                "AsyncRedisNotificationStore)"
            )
        self.client = client
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)
        self._mark = client.register_script(_MARK)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        mchid: str,
        prefix: str = DEFAULT_REDIS_PREFIX,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        socket_timeout: float = 5.0,
        **client_options: Any,
    ) -> RedisNotificationStore:
        """A store with its own client for ``url`` (``redis://host:6379/0``), 5 s socket timeouts."""
        import redis

        client = redis.Redis.from_url(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout, **client_options
        )
        return cls(client, mchid=mchid, prefix=prefix, ttl=ttl, claim_ttl=claim_ttl)

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def is_processed(self, notification_id: str) -> bool:
        done, _ = self._keys(notification_id)
        try:
            return bool(self.client.exists(done))
        except self._errors as exc:
            raise self._failed(exc, "is_processed", notification_id) from exc

    def claim(self, notification_id: str) -> bool:
        """True for exactly one caller while the id is neither handled nor claimed (one script)."""
        done, claim = self._keys(notification_id)
        token = self._reserve(notification_id)
        if token is None:  # a delivery of the id is in flight in this process (module docstring)
            return False
        try:
            won = self._claim(keys=[done, claim], args=[token, self._claim_ttl_ms])
        except self._errors as exc:
            self._unreserve(notification_id, token)
            raise self._failed(exc, "claim", notification_id) from exc
        if won != 1:
            self._unreserve(notification_id, token)
        return bool(won == 1)

    def release(self, notification_id: str) -> None:
        """Delete this instance's claim on the id, if it still holds it (compare-and-delete)."""
        _, claim = self._keys(notification_id)
        token = self._take_token(notification_id)
        if token is None:
            return
        try:
            self._release(keys=[claim], args=[token])
        except self._errors as exc:
            raise self._failed(exc, "release", notification_id) from exc

    def mark_processed(self, notification_id: str) -> None:
        done, claim = self._keys(notification_id)
        token = self._take_token(notification_id) or ""
        try:
            self._mark(keys=[done, claim], args=[self._ttl_ms, token])
        except self._errors as exc:
            if token:
                self._keep_token(notification_id, token)  # the claim is still ours to release
            raise self._failed(exc, "mark_processed", notification_id) from exc

    def forget(self, notification_id: str) -> None:
        """Drop the id's record and claim (to force a notification to be handled again)."""
        done, claim = self._keys(notification_id)
        self._take_token(notification_id)
        try:
            self.client.delete(done, claim)
        except self._errors as exc:
            raise self._failed(exc, "forget", notification_id) from exc


class AsyncRedisNotificationStore(_RedisKeys):
    """The async twin of :class:`RedisNotificationStore` for a ``redis.asyncio.Redis`` client
    (an :class:`AsyncNotificationStore`: use the parser's ``aparse``/``ahandle``, e.g. the Starlette
    adapter or an async Django view). Same keys, scripts and semantics."""

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        mchid: str,
        prefix: str = DEFAULT_REDIS_PREFIX,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
    ) -> None:
        super().__init__(mchid=mchid, prefix=prefix, ttl=ttl, claim_ttl=claim_ttl)
        if not callable(getattr(client, "register_script", None)) or not _is_async_client(client):
            raise ConfigurationError(
                "AsyncRedisNotificationStore needs a redis.asyncio.Redis client (for redis.Redis use "
                "RedisNotificationStore)"
            )
        self.client = client
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)
        self._mark = client.register_script(_MARK)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        mchid: str,
        prefix: str = DEFAULT_REDIS_PREFIX,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        socket_timeout: float = 5.0,
        **client_options: Any,
    ) -> AsyncRedisNotificationStore:
        """A store with its own ``redis.asyncio`` client for ``url``, 5 s socket timeouts."""
        import redis.asyncio

        client = redis.asyncio.Redis.from_url(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout, **client_options
        )
        return cls(client, mchid=mchid, prefix=prefix, ttl=ttl, claim_ttl=claim_ttl)

    async def aclose(self) -> None:
        """Close the client's connections."""
        await self.client.aclose()

    async def ais_processed(self, notification_id: str) -> bool:
        done, _ = self._keys(notification_id)
        try:
            return bool(await self.client.exists(done))
        except self._errors as exc:
            raise self._failed(exc, "is_processed", notification_id) from exc

    async def aclaim(self, notification_id: str) -> bool:
        done, claim = self._keys(notification_id)
        token = self._reserve(notification_id)
        if token is None:  # a delivery of the id is in flight in this process (module docstring)
            return False
        try:
            won = await self._claim(keys=[done, claim], args=[token, self._claim_ttl_ms])
        except self._errors as exc:
            self._unreserve(notification_id, token)
            raise self._failed(exc, "claim", notification_id) from exc
        if won != 1:
            self._unreserve(notification_id, token)
        return bool(won == 1)

    async def arelease(self, notification_id: str) -> None:
        _, claim = self._keys(notification_id)
        token = self._take_token(notification_id)
        if token is None:
            return
        try:
            await self._release(keys=[claim], args=[token])
        except self._errors as exc:
            raise self._failed(exc, "release", notification_id) from exc

    async def amark_processed(self, notification_id: str) -> None:
        done, claim = self._keys(notification_id)
        token = self._take_token(notification_id) or ""
        try:
            await self._mark(keys=[done, claim], args=[self._ttl_ms, token])
        except self._errors as exc:
            if token:
                self._keep_token(notification_id, token)
            raise self._failed(exc, "mark_processed", notification_id) from exc

    async def aforget(self, notification_id: str) -> None:
        """Drop the id's record and claim (to force a notification to be handled again)."""
        done, claim = self._keys(notification_id)
        self._take_token(notification_id)
        try:
            await self.client.delete(done, claim)
        except self._errors as exc:
            raise self._failed(exc, "forget", notification_id) from exc


def _is_async_client(client: object) -> bool:
    return type(client).__module__.startswith("redis.asyncio") or callable(getattr(client, "aclose", None))
