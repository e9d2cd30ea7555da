"""An aiohttp-backed ``httpx`` async transport (optional: ``pip install aiohttp``).

httpx's own async stack costs several times the CPU of its sync one under concurrency
(docs/PERFORMANCE.md: about 3.5 ms against 1.3 ms per call with 32 calls in flight here).
Plugging aiohttp in below httpx keeps everything above it (signing, verification, retries)
unchanged::

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
``sock_connect`` and ``sock_read``); ``write`` and ``pool`` are not. Bodies are read whole
(WeChat Pay answers are small JSON). One transport belongs to one event loop: its
``aiohttp.ClientSession`` is made on first use.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import httpx

from ._errors import ConfigurationError

__all__ = ["AiohttpTransport"]


def _import_aiohttp() -> Any:
    try:
        import aiohttp  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigurationError("AiohttpTransport needs aiohttp: pip install aiohttp") from exc
    return aiohttp


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` on an ``aiohttp.ClientSession`` (HTTP/1.1, keep-alive).

    ``limit``: most connections at once (aiohttp's ``TCPConnector(limit=)``);
    ``keepalive_expiry``: seconds an idle connection is kept; ``verify``: an ``ssl.SSLContext``
    or ``True`` (system trust store) / ``False`` (no verification, tests only).
    """

    def __init__(
        self, *, limit: int = 100, keepalive_expiry: float = 5.0, verify: ssl.SSLContext | bool = True
    ) -> None:
        self._aiohttp = _import_aiohttp()
        self._limit = limit
        self._keepalive_expiry = keepalive_expiry
        self._ssl = verify
        self._session: Any = None

    def _get_session(self) -> Any:
        if self._session is None or self._session.closed:
            aiohttp = self._aiohttp
            connector = aiohttp.TCPConnector(limit=self._limit, keepalive_timeout=self._keepalive_expiry, ssl=self._ssl)
            session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
            # aiohttp silently resends an idempotent request once when a reused connection turns
            # out closed (a private switch, no public option): the retry layer above decides and
            # counts attempts, each signed afresh.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            self._session = session
        return self._session

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
        content = await request.aread()
        session = self._get_session()
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),  # the path exactly as signed
                headers=list(request.headers.multi_items()),
                data=content or None,
                allow_redirects=False,
                compress=None,
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=timeout.get("connect"), sock_read=timeout.get("read")
                ),
            ) as answer:
                body = await answer.read()
                status, raw_headers, reason = answer.status, answer.raw_headers, answer.reason
        except Exception as exc:
            mapped = self._map(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if reason:
            extensions["reason_phrase"] = reason.encode("latin-1", "replace")
        return httpx.Response(status, headers=list(raw_headers), content=body, request=request, extensions=extensions)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
