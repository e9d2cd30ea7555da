"""``create_client``: the generated ``wechatpay_client.Client`` wired to :class:`WeChatPayAuth`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from ._auth import USE_GENERATED_METADATA, OperationLookup, WeChatPayAuth
from ._constants import DEFAULT_BASE_URL, DEFAULT_CERTIFICATE_REFRESH_INTERVAL, DEFAULT_TIMEOUT_SECONDS
from ._errors import APIConnectionError, APITimeoutError, ConfigurationError
from ._keys import PemSource

if TYPE_CHECKING:
    from wechatpay_client import Client  # type: ignore[import-not-found,unused-ignore]

__all__ = ["create_client", "get_auth"]


def _map_transport_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    where = f"{request.method} {request.url.host}{request.url.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__}); the outcome is unknown")
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {exc}")


class _HTTPClient(httpx.Client):
    """httpx.Client that reports network failures as APIConnectionError / APITimeoutError."""

    def send(self, request: httpx.Request, *args: Any, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(request, *args, **kwargs)
        except httpx.RequestError as exc:
            raise _map_transport_error(request, exc) from exc


class _AsyncHTTPClient(httpx.AsyncClient):
    """httpx.AsyncClient that reports network failures as APIConnectionError / APITimeoutError."""

    async def send(self, request: httpx.Request, *args: Any, **kwargs: Any) -> httpx.Response:
        try:
            return await super().send(request, *args, **kwargs)
        except httpx.RequestError as exc:
            raise _map_transport_error(request, exc) from exc


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
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    raise_on_unexpected_status: bool = False,
    headers: dict[str, str] | None = None,
    certificate_refresh_interval: float = DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    operations: OperationLookup | None = USE_GENERATED_METADATA,
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

    Note: ``client.with_headers()`` / ``with_cookies()`` / ``with_timeout()`` return a copy whose
    httpx clients are rebuilt from ``httpx_args``: still signed and verified, but without the
    custom transport and without the network-error mapping.
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
    )
    try:
        client_module = importlib.import_module("wechatpay_client")
    except ImportError as exc:
        raise ConfigurationError(
            "the generated package wechatpay_client is not installed (pip install -e . in the repository)"
        ) from exc
    httpx_timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    client: Any = client_module.Client(
        base_url=base_url,
        timeout=httpx_timeout,
        headers=dict(headers or {}),
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"auth": auth},
    )
    common: dict[str, Any] = {
        "base_url": base_url,
        "timeout": httpx_timeout,
        "headers": dict(headers or {}),
        "auth": auth,
        "follow_redirects": False,
    }
    client.set_httpx_client(_HTTPClient(transport=transport, **common))
    client.set_async_httpx_client(_AsyncHTTPClient(transport=async_transport, **common))
    return client  # type: ignore[no-any-return,unused-ignore]


def get_auth(client: Any) -> WeChatPayAuth:
    """The :class:`WeChatPayAuth` of a client made by :func:`create_client` (or of an httpx client)."""
    http = client if isinstance(client, httpx.Client | httpx.AsyncClient) else client.get_httpx_client()
    auth = http.auth
    if not isinstance(auth, WeChatPayAuth):
        raise ConfigurationError("this client is not configured with WeChatPayAuth (use create_client)")
    return auth
