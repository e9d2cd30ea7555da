"""``create_client``: the generated ``wechatpay_client.Client`` wired to :class:`WeChatPayAuth`."""

from __future__ import annotations

import asyncio
import importlib
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from ._auth import USE_GENERATED_METADATA, OperationLookup, WeChatPayAuth
from ._client_checks import SyncOnlyTransport, async_transport_for, check_base_url, refuse_sync_only
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    DEFAULT_MAX_RESPONSE_BYTES,
    HEADER_ACCEPT,
    HEADER_ACCEPT_ENCODING,
    HEADER_USER_AGENT,
)
from ._errors import ConfigurationError
from ._keys import PemSource
from ._options import DEFAULT_RETRY_POLICY, DEFAULT_TIMEOUT, RetryPolicy, check_deadline, coerce_timeout
from ._request_cache import RequestCache
from ._retry import NO_RETRY_SETTINGS, RetrySettings, default_failover_origin, send_async, send_sync
from ._signing import user_agent

if TYPE_CHECKING:
    from wechatpay_client import Client  # type: ignore[import-not-found,unused-ignore]

__all__ = ["create_client", "get_auth"]


_CLOSED_MESSAGE = (
    "this client has been closed (close(), or the end of its with block; a copy made by with_headers/"
    "with_cookies/with_timeout/with_options ends with its original): make a new one. Nothing was sent"
)


def _refuse_closed(client: httpx.Client | httpx.AsyncClient) -> None:
    """A call on a closed client (or on a copy of one) is a ConfigurationError, nothing sent."""
    origin = getattr(client, "wechatpay_origin", None)
    if client.is_closed or (origin is not None and origin.is_closed):
        raise ConfigurationError(_CLOSED_MESSAGE)


class _BorrowedTransport(httpx.BaseTransport):
    """Another client's transport, used but not closed (the copies of with_headers/with_timeout)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass  # the original client closes it


class _BorrowedAsyncTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`_BorrowedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass  # the original client closes it


def _borrowed(transport: httpx.BaseTransport | None) -> httpx.BaseTransport | None:
    return None if transport is None else _BorrowedTransport(transport)


def _borrowed_async(transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncBaseTransport | None:
    # A SyncOnlyTransport stays itself: nothing to close, and the async send refuses it up front.
    if transport is None or isinstance(transport, SyncOnlyTransport):
        return transport
    return _BorrowedAsyncTransport(transport)


class _UseDefault:
    def __repr__(self) -> str:
        return "<default>"


_DEFAULT: Any = _UseDefault()


def _lookup_for(auth: httpx.Auth | None) -> Any:
    return auth.lookup_operation if isinstance(auth, WeChatPayAuth) else None


def _refuse_redirects(client: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> None:
    """A signed call never follows a redirect: every hop would carry the first hop's signature
    (httpx keeps ``Authorization`` on a same-origin redirect). Refused before anything is sent."""
    follow = kwargs.get("follow_redirects", httpx.USE_CLIENT_DEFAULT)
    follows = client.follow_redirects if follow is httpx.USE_CLIENT_DEFAULT else bool(follow)
    if not follows:
        return
    auth = kwargs.get("auth", httpx.USE_CLIENT_DEFAULT)
    if isinstance(client.auth if auth is httpx.USE_CLIENT_DEFAULT else auth, WeChatPayAuth):
        raise ConfigurationError(
            "signed calls never follow redirects (every hop would carry the first request's signature): "
            "call without follow_redirects=True; a 3xx answer is then an APIError with the Location header "
            "in its headers. Nothing was sent"
        )


T = TypeVar("T")


class _LoopEntry(Generic[T]):
    __slots__ = ("abandoned", "closer", "value")

    def __init__(self, value: T) -> None:
        self.value = value
        self.closer: AsyncIterator[None] | None = None
        self.abandoned = False


class PerLoop(Generic[T]):
    """One ``T`` per running asyncio event loop: made by ``make`` on first use in that loop and
    closed by ``close`` inside the loop when it shuts down (``asyncio.run``, ``asyncio.Runner``
    and every loop that runs ``loop.shutdown_asyncgens()``, through an async generator the loop
    finalises). A loop closed without that leaves its object behind; it is dropped (not closed:
    its loop cannot run any more) when the next loop asks. Thread-safe: loops in several threads
    each get their own. Outside asyncio (trio) there is one shared object.
    """

    def __init__(self, make: Callable[[], T], close: Callable[[T], Awaitable[None]]) -> None:
        self._make = make
        self._close = close
        self._lock = threading.Lock()
        self._entries: dict[asyncio.AbstractEventLoop | None, _LoopEntry[T]] = {}

    @staticmethod
    def _loop() -> asyncio.AbstractEventLoop | None:
        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            return None

    def __len__(self) -> int:
        """How many loops hold an object now."""
        with self._lock:
            return len(self._entries)

    def _drop_closed(self) -> list[_LoopEntry[T]]:
        """Remove the entries of closed loops (under the lock); returns them for abandoning."""
        gone = [loop for loop in self._entries if loop is not None and loop.is_closed()]
        return [self._entries.pop(loop) for loop in gone]

    @staticmethod
    def _abandon(entry: _LoopEntry[T]) -> None:
        """Finish an entry's closer generator without awaiting anything (its loop is gone or the
        object was closed already), so that no loop is asked to finalise it later."""
        entry.abandoned = True
        closer, entry.closer = entry.closer, None
        if closer is None:
            return
        step = closer.__anext__()
        try:
            step.send(None)  # type: ignore[attr-defined]
        except (StopIteration, StopAsyncIteration):
            pass
        else:  # pragma: no cover - the closer never waits once abandoned
            step.close()  # type: ignore[attr-defined]

    async def _closer(self, loop: asyncio.AbstractEventLoop, entry: _LoopEntry[T]) -> AsyncIterator[None]:
        try:
            yield
        finally:
            with self._lock:
                if self._entries.get(loop) is entry:
                    del self._entries[loop]
            if not entry.abandoned:
                entry.abandoned = True
                await self._close(entry.value)

    def _lookup(self, loop: asyncio.AbstractEventLoop | None) -> _LoopEntry[T]:
        with self._lock:
            stale = self._drop_closed()
            entry = self._entries.get(loop)
            if entry is None:
                entry = self._entries[loop] = _LoopEntry(self._make())
        for old in stale:
            self._abandon(old)
        return entry

    def current(self) -> T:
        """The running loop's object (made now if needed; prefer :meth:`get`, which also arranges
        for it to be closed with the loop)."""
        return self._lookup(self._loop()).value

    async def get(self) -> T:
        """The running loop's object, made and registered for closing on first use."""
        loop = self._loop()
        entry = self._lookup(loop)
        if entry.closer is None and loop is not None and not entry.abandoned:
            closer = self._closer(loop, entry)
            entry.closer = closer
            # Runs up to the generator's first yield at once (no suspension), which makes the loop
            # track it: shutdown_asyncgens() later resumes it into its finally clause.
            await closer.__anext__()
        return entry.value

    async def close_current(self) -> None:
        """Close the running loop's object now (``aclose()`` of the owner)."""
        loop = self._loop()
        with self._lock:
            entry = self._entries.pop(loop, None)
        if entry is None or entry.abandoned:
            return
        self._abandon(entry)
        await self._close(entry.value)


class _UnusedTransport(httpx.AsyncBaseTransport):
    """Placeholder for ``httpx.AsyncClient(transport=...)``: the per-loop clients do the work."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:  # pragma: no cover
        raise RuntimeError("internal error: the per-loop transport was bypassed")


async def _aclose_client(client: httpx.AsyncClient) -> None:
    await client.aclose()


class _HTTPClient(RequestCache, httpx.Client):
    """httpx.Client that retries (re-signing every attempt), fails over, and reports network
    failures as APIConnectionError / APITimeoutError naming the operation and the attempts.

    Built without ``wechatpay_retry`` it makes exactly one attempt.
    """

    def __init__(self, *args: Any, wechatpay_retry: RetrySettings = NO_RETRY_SETTINGS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wechatpay_retry = wechatpay_retry
        #: The client this one is a copy of (with_headers/with_cookies/with_timeout), or None.
        self.wechatpay_origin: httpx.Client | None = None

    def send(self, request: httpx.Request, *args: Any, **kwargs: Any) -> httpx.Response:
        _refuse_closed(self)
        _refuse_redirects(self, kwargs)
        parent = super().send
        auth = kwargs.get("auth")
        auth = auth if isinstance(auth, httpx.Auth) else self.auth
        plan = self._plan(request, self.wechatpay_retry, auth, _lookup_for(auth))
        return send_sync(lambda attempt: parent(attempt, *args, **kwargs), request, plan)


class _AsyncHTTPClient(RequestCache, httpx.AsyncClient):
    """Async twin of :class:`_HTTPClient`, usable from any number of event loops.

    An httpx connection pool belongs to the event loop that opened its connections: reused from
    another loop (a second ``asyncio.run()``, Django's or Celery's per-task loops) it fails with
    ``RuntimeError: Event loop is closed``. Without a caller's transport this client therefore
    keeps one plain ``httpx.AsyncClient`` per running loop (same proxy and TLS defaults), made on
    the loop's first request and closed when the loop shuts down; ``aclose()`` closes the running
    loop's. A caller's ``transport`` is used as given (it must cope with several loops itself, as
    :class:`AiohttpTransport` does).
    """

    def __init__(
        self,
        *args: Any,
        wechatpay_retry: RetrySettings = NO_RETRY_SETTINGS,
        per_loop_transport: bool = False,
        **kwargs: Any,
    ) -> None:
        self._loop_clients: PerLoop[httpx.AsyncClient] | None = None
        if per_loop_transport and kwargs.get("transport") is None:
            trust_env = bool(kwargs.get("trust_env", True))
            kwargs["transport"] = _UnusedTransport()
            self._loop_clients = PerLoop(lambda: httpx.AsyncClient(trust_env=trust_env), _aclose_client)
        super().__init__(*args, **kwargs)
        self.wechatpay_retry = wechatpay_retry
        #: The client this one is a copy of (with_headers/with_cookies/with_timeout), or None.
        self.wechatpay_origin: httpx.AsyncClient | None = None

    def loop_count(self) -> int:
        """How many event loops hold open connections of this client (0 without per-loop pools)."""
        return len(self._loop_clients) if self._loop_clients is not None else 0

    def _transport_for_url(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        if self._loop_clients is None:
            return super()._transport_for_url(url)
        return self._loop_clients.current()._transport_for_url(url)

    async def aclose(self) -> None:
        await super().aclose()
        if self._loop_clients is not None:
            await self._loop_clients.close_current()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await super().__aexit__(exc_type, exc_value, traceback)
        if self._loop_clients is not None:
            await self._loop_clients.close_current()

    async def send(self, request: httpx.Request, *args: Any, **kwargs: Any) -> httpx.Response:
        _refuse_closed(self)
        refuse_sync_only(self)
        _refuse_redirects(self, kwargs)
        if self._loop_clients is not None:
            await self._loop_clients.get()
        parent = super().send
        auth = kwargs.get("auth")
        auth = auth if isinstance(auth, httpx.Auth) else self.auth
        plan = self._plan(request, self.wechatpay_retry, auth, _lookup_for(auth))
        return await send_async(lambda attempt: parent(attempt, *args, **kwargs), request, plan)


def create_client(
    mchid: str,
    *,
    merchant_serial_no: str,
    merchant_private_key: PemSource | RSAPrivateKey,
    wechatpay_public_key_id: str | None = None,
    wechatpay_public_key: PemSource | RSAPublicKey | None = None,
    apiv3_key: str | bytes | None = None,
    merchant_certificate: PemSource | None = None,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    raise_on_unexpected_status: bool = False,
    headers: dict[str, str] | None = None,
    certificate_refresh_interval: float = DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    operations: OperationLookup | None = USE_GENERATED_METADATA,
    retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    failover: bool = True,
    failover_base_url: str | None = _DEFAULT,
    validate_requests: bool = True,
    deadline: float | None = None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Client:
    """Build a ``wechatpay_client.Client`` whose sync and async httpx clients both sign and verify.

    Configuration is validated first: any mistake raises :class:`ConfigurationError` here, not at
    the first request. Public-key mode needs ``wechatpay_public_key_id`` + ``wechatpay_public_key``;
    ``apiv3_key`` enables platform-certificate mode; both together is the migration mode.

    Every call through the client is signed and verified, including raw calls such as
    ``client.get_httpx_client().get("/v3/any/path")`` (the escape hatch for endpoints not in the
    spec; they get no field encryption, see :meth:`WeChatPayAuth.encrypt_sensitive`). Network
    failures raise :class:`APIConnectionError` / :class:`APITimeoutError` with the httpx error as
    ``__cause__``. ``transport`` / ``async_transport`` (e.g. ``httpx.MockTransport``) are used by
    the client and by the certificate downloader; without them the client uses
    :class:`HTTPClientTransport` (sync) and :class:`AiohttpTransport` (async, when aiohttp is
    installed), or httpx's own when the environment configures a proxy (docs/PERFORMANCE.md 8).
    Use :func:`get_auth` to reach the auth object.

    Resilience (auth_plugin/README.md, "Retries, timeouts, failover and request validation"):

    - ``timeout``: httpx's limits per phase of one attempt, not a total: connecting (default 5 s),
      each single read and write, and waiting for a pooled connection (default 10 s each); a
      number sets all four. An answer that keeps trickling in never trips it. A timeout raises
      :class:`APITimeoutError` with ``operation_id`` and ``attempts``.
    - ``deadline``: seconds for a whole call: every attempt, backoff wait and the reading of the
      answer (default None: no total limit). Each attempt's timeouts are cut to the time left, no
      retry starts that would end after it, and the body is read only until then
      (:class:`APITimeoutError` saying the deadline has passed).
    - ``max_response_bytes``: the most bytes of an answer's body (2xx or error) read into memory
      (default 16 MiB); a larger one is a :class:`ResponseTooLargeError`, read no further.
      Streamed downloads (``download_bill``) are not capped by it.
    - ``retry``: a :class:`RetryPolicy` (default: 2 retries, 0.5 s doubling to at most 8 s, with
      jitter, Retry-After honoured); ``None`` or ``RetryPolicy(max_retries=0)`` switches retries
      off. Operations the spec marks unsafe (``x-wechatpay-retry: unsafe``) are only resent when
      nothing can have been executed; otherwise the error's ``reconcile_with`` names the query.
    - ``failover``/``failover_base_url``: after a connection failure the call moves to the backup
      origin: ``failover_base_url`` if given (``None``: no backup), else ``https://api2.wechatpay.cn``
      when ``base_url`` is the default domain and none otherwise.
    - ``validate_requests``: check JSON bodies against the spec before signing
      (:class:`RequestValidationError` names the JSON path; nothing is sent).

    Each of these can be overridden per call with :func:`request_options`.

    Signed calls never follow redirects: ``follow_redirects=True`` (per call or on the client) is a
    :class:`ConfigurationError`, nothing sent. Request event hooks (``event_hooks={"request": ...}``)
    run after the auth flow: they see each attempt signed, and must not change it. The async
    client works from any event loop (one connection pool per running loop, closed with it).

    ``client.with_headers()`` / ``with_cookies()`` / ``with_timeout()`` return a copy with the same
    auth, transports (connections), retries, failover and network-error mapping; the original is
    left as it was, and closing it ends the copy too. Per call: :func:`request_options`;
    ``wechatpay_typed.WeChatPay(...).with_options(...)`` makes such copies of the client object.

    ``base_url`` must be an absolute ``http(s)://host[:port]`` URL. A client given only a sync
    ``transport=`` refuses async calls (:class:`ConfigurationError`, nothing sent) until
    ``async_transport=`` is given too, so a mocked client never reaches the network.
    """
    check_base_url(base_url)
    async_transport = async_transport_for(transport, async_transport)
    auth = WeChatPayAuth(
        mchid,
        merchant_serial_no=merchant_serial_no,
        merchant_private_key=merchant_private_key,
        wechatpay_public_key_id=wechatpay_public_key_id,
        wechatpay_public_key=wechatpay_public_key,
        apiv3_key=apiv3_key,
        merchant_certificate=merchant_certificate,
        base_url=base_url,
        timeout=timeout,
        transport=transport,
        async_transport=async_transport,
        certificate_refresh_interval=certificate_refresh_interval,
        operations=operations,
        validate_requests=validate_requests,
        max_response_bytes=max_response_bytes,
    )
    total = check_deadline(deadline)
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
    if failover_base_url is _DEFAULT:
        failover_base_url = default_failover_origin(base_url)
    elif failover_base_url is not None:
        check_base_url(failover_base_url, "failover_base_url")
    try:
        retry_settings = RetrySettings.build(
            policy=retry if retry is not None else RetryPolicy(max_retries=0),
            failover=failover,
            failover_base_url=failover_base_url,
            deadline=total,
        )
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None
    try:
        client_module = importlib.import_module("wechatpay_client")
    except ImportError as exc:
        raise ConfigurationError(
            "the generated package wechatpay_client is not installed (pip install -e . in the repository)"
        ) from exc
    httpx_timeout = coerce_timeout(timeout)
    # Defaults (docs/PERFORMANCE.md): the http.client transport for sync calls, aiohttp for async
    # ones when installed; httpx's own transports when a proxy is configured in the environment.
    if transport is None:
        from ._stdlib_transport import default_sync_transport

        transport = default_sync_transport()
    if async_transport is None:
        from ._aiohttp import default_async_transport

        async_transport = default_async_transport()

    def build(
        extra_headers: dict[str, str],
        cookies: dict[str, str],
        copy_timeout: httpx.Timeout | None,
        sync_transport: httpx.BaseTransport | None,
        async_transport_: httpx.AsyncBaseTransport | None,
    ) -> tuple[_HTTPClient, _AsyncHTTPClient]:
        """The sync and async httpx clients: the same auth, retries, failover and error mapping."""
        common: dict[str, Any] = {
            "base_url": base_url,
            "timeout": copy_timeout,
            # The headers the signer would otherwise set on every request (cheaper as client defaults).
            "headers": {
                HEADER_ACCEPT: "application/json",
                HEADER_ACCEPT_ENCODING: "identity",
                HEADER_USER_AGENT: user_agent(),
                **extra_headers,
            },
            "cookies": cookies,
            "auth": auth,
            "follow_redirects": False,
        }
        return (
            _HTTPClient(transport=sync_transport, wechatpay_retry=retry_settings, **common),
            _AsyncHTTPClient(
                transport=async_transport_,
                wechatpay_retry=retry_settings,
                per_loop_transport=async_transport_ is None,
                **common,
            ),
        )

    original = build(dict(headers or {}), {}, httpx_timeout, transport, async_transport)

    def on_copy(copy: Any, extra_headers: dict[str, str], cookies: dict[str, str], copy_timeout: Any) -> None:
        """A copy from with_headers/with_cookies/with_timeout borrows the original's transports
        (closing the copy leaves them open; closing the original ends the copy too)."""
        sync_client, async_client = build(
            extra_headers, cookies, copy_timeout, _borrowed(transport), _borrowed_async(async_transport)
        )
        sync_client.wechatpay_origin, async_client.wechatpay_origin = original
        copy.set_httpx_client(sync_client)
        copy.set_async_httpx_client(async_client)

    client: Any = client_module.Client(
        base_url=base_url,
        timeout=httpx_timeout,
        headers=dict(headers or {}),
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"auth": auth},
        on_copy=on_copy,
    )
    client.set_httpx_client(original[0])
    client.set_async_httpx_client(original[1])
    return client  # type: ignore[no-any-return,unused-ignore]


def get_auth(client: Any) -> WeChatPayAuth:
    """The :class:`WeChatPayAuth` of a client made by :func:`create_client` (or of an httpx client)."""
    http = client if isinstance(client, httpx.Client | httpx.AsyncClient) else client.get_httpx_client()
    auth = http.auth
    if not isinstance(auth, WeChatPayAuth):
        raise ConfigurationError("this client is not configured with WeChatPayAuth (use create_client)")
    return auth
