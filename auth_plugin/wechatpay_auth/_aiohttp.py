"""An aiohttp-backed ``httpx`` async transport (optional: the ``aiohttp`` extra).

httpx's own async stack costs several times the CPU of its sync one under concurrency
(docs/PERFORMANCE.md: about 2.3 ms against 0.9 ms per call with 32 calls in flight here).
Plugging aiohttp in below httpx keeps everything above it (signing, verification, retries)
unchanged. ``create_client`` uses it by default when aiohttp is installed and no proxy is
configured in the environment (:func:`default_async_transport`); explicitly::

    client = create_client(..., async_transport=AiohttpTransport())

Why not ``httpx-aiohttp`` directly (the package openai-python offers): it maps every
``aiohttp.ClientConnectionError`` (a server that drops the connection after reading the request,
a read timeout) to ``httpx.ConnectTimeout``, which says "nothing was sent", so a retry layer
would resend a non-idempotent POST; and it passes the URL to aiohttp as text, which re-quotes the
path, while the signature covers the path exactly as sent. This transport keeps the raw path
(``encoded=True``) and maps failures by what they mean: ``ConnectError``/``ConnectTimeout`` only
when the connection was never made.

aiohttp's own silent resend of an idempotent request on a reused connection is switched off.

Timeouts: ``connect`` and ``read`` of the request's ``httpx.Timeout`` are honoured (aiohttp's
``sock_connect`` and ``sock_read``); ``write`` and ``pool`` are not. A call's deadline (the
``wechatpay_deadline`` extension of the ``create_client`` clients) becomes aiohttp's ``total``.
Bodies are streamed to httpx (the auth flow caps what it reads, ``max_response_bytes``; bill
downloads stream through). One transport serves any number of event loops: each running loop
gets its own ``aiohttp.ClientSession``, made on its first request and closed when the loop shuts
down (``asyncio.run``); ``aclose()`` closes the running loop's.
"""

from __future__ import annotations

import asyncio
import importlib.util
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from ._client import PerLoop
from ._constants import DEADLINE_EXTENSION
from ._errors import ConfigurationError
from ._options import Deadline

__all__ = ["AiohttpTransport", "default_async_transport"]


def _import_aiohttp() -> Any:
    try:
        import aiohttp  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigurationError("AiohttpTransport needs aiohttp: pip install aiohttp") from exc
    return aiohttp


def default_async_transport(*, trust_env: bool = True) -> AiohttpTransport | None:
    """The async transport ``create_client`` uses when none is given: an :class:`AiohttpTransport`
    with httpx's CA handling when aiohttp is installed (the ``aiohttp`` extra) and no proxy is
    configured in the environment; None otherwise (httpx's own transport, per event loop)."""
    from ._stdlib_transport import environment_proxies

    if trust_env and environment_proxies():
        return None
    if importlib.util.find_spec("aiohttp") is None:
        return None
    # aiohttp is imported, and httpx's CA context made, when the first async call opens a session:
    # a client that only makes sync calls pays for neither.
    transport = AiohttpTransport(_lazy=True)
    transport._ssl_factory = lambda: httpx.create_ssl_context(trust_env=trust_env)
    return transport


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` on an ``aiohttp.ClientSession`` (HTTP/1.1, keep-alive).

    ``limit``: most connections at once (aiohttp's ``TCPConnector(limit=)``);
    ``keepalive_expiry``: seconds an idle connection is kept; ``verify``: an ``ssl.SSLContext``
    or ``True`` (system trust store) / ``False`` (no verification, tests only).
    """

    def __init__(
        self,
        *,
        limit: int = 100,
        keepalive_expiry: float = 5.0,
        verify: ssl.SSLContext | bool = True,
        _lazy: bool = False,
    ) -> None:
        self._aiohttp_module: Any = None if _lazy else _import_aiohttp()
        self._limit = limit
        self._keepalive_expiry = keepalive_expiry
        self._ssl: ssl.SSLContext | bool = verify
        #: Makes ``_ssl`` at the first session (``default_async_transport``: httpx's CA context).
        self._ssl_factory: Callable[[], ssl.SSLContext] | None = None
        self._sessions: PerLoop[Any] = PerLoop(self._new_session, self._close_session)

    @property
    def _aiohttp(self) -> Any:
        if self._aiohttp_module is None:
            self._aiohttp_module = _import_aiohttp()
        return self._aiohttp_module

    def _new_session(self) -> Any:
        aiohttp = self._aiohttp
        if self._ssl_factory is not None:
            self._ssl, self._ssl_factory = self._ssl_factory(), None
        connector = aiohttp.TCPConnector(limit=self._limit, keepalive_timeout=self._keepalive_expiry, ssl=self._ssl)
        session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        # aiohttp silently resends an idempotent request once when a reused connection turns
        # out closed (a private switch, no public option): the retry layer above decides and
        # counts attempts, each signed afresh.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    @staticmethod
    async def _close_session(session: Any) -> None:
        await session.close()

    async def _get_session(self) -> Any:
        session = await self._sessions.get()
        if session.closed:  # closed behind our back: start afresh in this loop
            await self._sessions.close_current()
            session = await self._sessions.get()
        return session

    def loop_count(self) -> int:
        """How many event loops hold an open session of this transport."""
        return len(self._sessions)

    def _map(self, exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
        a = self._aiohttp
        mapped: type[httpx.TransportError]
        # Order matters: the connect-phase classes derive from the general ones.
        if isinstance(exc, getattr(a, "ConnectionTimeoutError", ())):
            mapped = httpx.ConnectTimeout
        elif isinstance(exc, a.ClientConnectorError):
            mapped = httpx.ConnectError
        elif isinstance(exc, a.ServerTimeoutError | asyncio.TimeoutError):
            mapped = httpx.ReadTimeout
        elif isinstance(exc, a.ServerDisconnectedError | a.ClientPayloadError):
            mapped = httpx.RemoteProtocolError
        elif isinstance(exc, a.ClientOSError):
            mapped = httpx.ReadError
        elif isinstance(exc, a.ClientError):
            mapped = httpx.RemoteProtocolError
        else:
            return None
        return mapped(f"{type(exc).__name__}: {exc}", request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        aiohttp = self._aiohttp
        from yarl import URL  # type: ignore[import-not-found,unused-ignore]

        timeout = request.extensions.get("timeout") or {}
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        total = max(deadline.remaining(), 0.001) if isinstance(deadline, Deadline) else None
        content = await request.aread()
        session = await self._get_session()
        try:
            answer = await session.request(
                request.method,
                URL(str(request.url), encoded=True),  # the path exactly as signed
                headers=list(request.headers.multi_items()),
                data=content or None,
                allow_redirects=False,
                compress=None,
                timeout=aiohttp.ClientTimeout(
                    total=total, sock_connect=timeout.get("connect"), sock_read=timeout.get("read")
                ),
            )
        except Exception as exc:
            mapped = self._map(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if answer.reason:
            extensions["reason_phrase"] = answer.reason.encode("latin-1", "replace")
        return httpx.Response(
            answer.status,
            headers=list(answer.raw_headers),
            stream=_AnswerStream(self, answer, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        await self._sessions.close_current()


class _AnswerStream(httpx.AsyncByteStream):
    """An aiohttp answer's body as an httpx stream: read as the caller iterates, failures mapped."""

    def __init__(self, transport: AiohttpTransport, answer: Any, request: httpx.Request) -> None:
        self._transport = transport
        self._answer = answer
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._answer.content.iter_chunked(65536):
                yield chunk
        except Exception as exc:
            mapped = self._transport._map(exc, self._request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        answer = self._answer
        if answer.content.at_eof():
            answer.release()  # read to the end: the connection goes back to the pool
        else:
            answer.close()  # abandoned half way (a size cap, a deadline): drop the connection
