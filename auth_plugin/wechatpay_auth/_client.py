"""``create_client``: the generated ``wechatpay_client.Client`` wired to :class:`WeChatPayAuth`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from ._auth import USE_GENERATED_METADATA, OperationLookup, WeChatPayAuth
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    HEADER_ACCEPT,
    HEADER_ACCEPT_ENCODING,
    HEADER_USER_AGENT,
)
from ._errors import ConfigurationError
from ._keys import PemSource
from ._options import DEFAULT_RETRY_POLICY, DEFAULT_TIMEOUT, RetryPolicy, coerce_timeout
from ._retry import NO_RETRY_SETTINGS, RetrySettings, default_failover_origin, plan_call, send_async, send_sync
from ._signing import user_agent

if TYPE_CHECKING:
    from wechatpay_client import Client  # type: ignore[import-not-found,unused-ignore]

__all__ = ["create_client", "get_auth"]


class _UseDefault:
    def __repr__(self) -> str:
        return "<default>"


_DEFAULT: Any = _UseDefault()


def _lookup_for(auth: httpx.Auth | None) -> Any:
    return auth.lookup_operation if isinstance(auth, WeChatPayAuth) else None


class _HTTPClient(httpx.Client):
    """httpx.Client that retries (re-signing every attempt), fails over, and reports network
    failures as APIConnectionError / APITimeoutError naming the operation and the attempts.

    Built without ``wechatpay_retry`` it makes exactly one attempt.
    """

    def __init__(self, *args: Any, wechatpay_retry: RetrySettings = NO_RETRY_SETTINGS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wechatpay_retry = wechatpay_retry

    def send(self, request: httpx.Request, *args: Any, **kwargs: Any) -> httpx.Response:
        parent = super().send
        auth = kwargs.get("auth")
        plan = plan_call(
            request, self.wechatpay_retry, _lookup_for(auth if isinstance(auth, httpx.Auth) else self.auth)
        )
        return send_sync(lambda attempt: parent(attempt, *args, **kwargs), request, plan)


class _AsyncHTTPClient(httpx.AsyncClient):
    """Async twin of :class:`_HTTPClient`."""

    def __init__(self, *args: Any, wechatpay_retry: RetrySettings = NO_RETRY_SETTINGS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wechatpay_retry = wechatpay_retry

    async def send(self, request: httpx.Request, *args: Any, **kwargs: Any) -> httpx.Response:
        parent = super().send
        auth = kwargs.get("auth")
        plan = plan_call(
            request, self.wechatpay_retry, _lookup_for(auth if isinstance(auth, httpx.Auth) else self.auth)
        )
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
    the client and by the certificate downloader. Use :func:`get_auth` to reach the auth object.

    Resilience (auth_plugin/README.md, "Retries, timeouts, failover and request validation"):

    - ``timeout``: default connect 5 s, read/write/pool 10 s; a number sets all four. A timeout
      raises :class:`APITimeoutError` with ``operation_id`` and ``attempts``.
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

    Note: ``client.with_headers()`` / ``with_cookies()`` / ``with_timeout()`` return a copy whose
    httpx clients are rebuilt from ``httpx_args``: still signed, verified and validated, but without
    the custom transport, retries, failover and the network-error mapping. Use
    :func:`request_options` for per-call timeouts instead of ``with_timeout()``.
    """
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
    )
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
    if failover_base_url is _DEFAULT:
        failover_base_url = default_failover_origin(base_url)
    try:
        retry_settings = RetrySettings.build(
            policy=retry if retry is not None else RetryPolicy(max_retries=0),
            failover=failover,
            failover_base_url=failover_base_url,
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
    client: Any = client_module.Client(
        base_url=base_url,
        timeout=httpx_timeout,
        headers=dict(headers or {}),
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"auth": auth},
    )
    # The headers the signer would otherwise set on every request (cheaper as client defaults).
    default_headers = {
        HEADER_ACCEPT: "application/json",
        HEADER_ACCEPT_ENCODING: "identity",
        HEADER_USER_AGENT: user_agent(),
        **(headers or {}),
    }
    common: dict[str, Any] = {
        "base_url": base_url,
        "timeout": httpx_timeout,
        "headers": default_headers,
        "auth": auth,
        "follow_redirects": False,
    }
    client.set_httpx_client(_HTTPClient(transport=transport, wechatpay_retry=retry_settings, **common))
    client.set_async_httpx_client(_AsyncHTTPClient(transport=async_transport, wechatpay_retry=retry_settings, **common))
    return client  # type: ignore[no-any-return,unused-ignore]


def get_auth(client: Any) -> WeChatPayAuth:
    """The :class:`WeChatPayAuth` of a client made by :func:`create_client` (or of an httpx client)."""
    http = client if isinstance(client, httpx.Client | httpx.AsyncClient) else client.get_httpx_client()
    auth = http.auth
    if not isinstance(auth, WeChatPayAuth):
        raise ConfigurationError("this client is not configured with WeChatPayAuth (use create_client)")
    return auth
