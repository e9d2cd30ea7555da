"""``WeChatPay`` / ``AsyncWeChatPay``: one object with every operation of the spec.

The classes here are hand-written and small: they build the signed, verified client with
:func:`wechatpay_auth.create_client` (same arguments) and inherit one attribute per spec tag from
the GENERATED bases in ``wechatpay_client.resources`` (``python -m generator`` writes them from
the spec). A tag's resource class is imported on first access, an operation's module on its
first call, so construction costs the same whatever the size of the spec.

Every call goes through an invoker that passes ``client=`` and this object's options
(:meth:`WeChatPay.with_options`) to the generated operation function, inside
:func:`wechatpay_auth.request_options`: a copy made by ``with_options`` shares the connection
pool, the keys and the platform certificates, and keeps retries, failover and the mapping of
network errors to :class:`~wechatpay_auth.APIConnectionError`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from wechatpay_auth import RetryPolicy, create_client, request_options
from wechatpay_auth._auth import USE_GENERATED_METADATA, OperationLookup
from wechatpay_auth._client import _DEFAULT
from wechatpay_auth._constants import DEFAULT_BASE_URL, DEFAULT_CERTIFICATE_REFRESH_INTERVAL, DEFAULT_MAX_RESPONSE_BYTES
from wechatpay_auth._errors import ConfigurationError
from wechatpay_auth._keys import PemSource
from wechatpay_auth._options import DEFAULT_RETRY_POLICY, DEFAULT_TIMEOUT
from wechatpay_client import Client
from wechatpay_client.resources import (
    AsyncWeChatPayResources,
    AsyncWeChatPayResourcesWithRawResponse,
    WeChatPayResources,
    WeChatPayResourcesWithRawResponse,
)

__all__ = ["AsyncWeChatPay", "AsyncWeChatPayWithRawResponse", "WeChatPay", "WeChatPayWithRawResponse"]

T = TypeVar("T")

#: The keyword arguments of :func:`wechatpay_auth.request_options` that ``with_options`` takes.
_OPTION_NAMES = ("timeout", "max_retries", "retry", "failover", "validate", "deadline", "max_response_bytes")


def _merged_options(current: dict[str, Any] | None, **changes: Any) -> dict[str, Any] | None:
    options = dict(current or {})
    options.update({name: value for name, value in changes.items() if value is not None})
    if "retry" in changes and changes["retry"] is not None and changes.get("max_retries") is None:
        options.pop("max_retries", None)  # a new policy replaces an earlier max_retries
    with request_options(**options):  # checks every value now (ConfigurationError), not at the first call
        pass
    return options or None


class _SyncInvoker:
    """Calls a generated operation function with ``client=`` and this client's options."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: Client, options: dict[str, Any] | None) -> None:
        self._client = client
        self._options = options

    def call(self, operation: Callable[..., T], /, **arguments: Any) -> T:
        if self._options is None:
            return operation(client=self._client, **arguments)
        with request_options(**self._options):
            return operation(client=self._client, **arguments)


class _AsyncInvoker:
    """Async twin of :class:`_SyncInvoker`."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: Client, options: dict[str, Any] | None) -> None:
        self._client = client
        self._options = options

    async def call(self, operation: Callable[..., Awaitable[T]], /, **arguments: Any) -> T:
        if self._options is None:
            return await operation(client=self._client, **arguments)
        with request_options(**self._options):
            return await operation(client=self._client, **arguments)


class WeChatPayWithRawResponse(WeChatPayResourcesWithRawResponse):
    """``wxpay.with_raw_response``: the same operations, each returning the whole ``Response``
    (``status_code``, ``headers``, ``request_id``, ``content`` and the typed ``parsed``)."""


class AsyncWeChatPayWithRawResponse(AsyncWeChatPayResourcesWithRawResponse):
    """``wxpay.with_raw_response`` of :class:`AsyncWeChatPay`."""


class _BaseWeChatPay:
    """What the sync and async clients share: construction, options, the underlying client."""

    _client: Client
    _options: dict[str, Any] | None

    def __init__(
        self,
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
    ) -> None:
        client = create_client(
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
            raise_on_unexpected_status=raise_on_unexpected_status,
            headers=headers,
            certificate_refresh_interval=certificate_refresh_interval,
            operations=operations,
            retry=retry,
            failover=failover,
            failover_base_url=failover_base_url,
            validate_requests=validate_requests,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        self._setup(client, None)

    def _setup(self, client: Client, options: dict[str, Any] | None) -> None:
        raise NotImplementedError

    @classmethod
    def from_client(cls, client: Client) -> Self:
        """Wrap a client made by :func:`wechatpay_auth.create_client` (shared, not copied)."""
        if not isinstance(client, Client):
            raise ConfigurationError(f"from_client needs a client made by create_client, got {type(client).__name__}")
        wxpay = cls.__new__(cls)
        wxpay._setup(client, None)
        return wxpay

    @property
    def client(self) -> Client:
        """The underlying ``wechatpay_client.Client``, for the operation functions (``api.<tag>.<op>.sync(client=...)``)."""
        return self._client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        failover: bool | None = None,
        validate: bool | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A copy whose calls use these settings (``None``: keep this client's); see :func:`request_options`.

        The copy shares this client's connections, keys and platform certificates (closing either
        closes both) and keeps retries, failover and the error mapping: a network failure is an
        :class:`~wechatpay_auth.APIConnectionError`. ``timeout`` applies per attempt and phase,
        ``deadline`` to the whole call; ``max_retries=0`` switches retries off.
        """
        options = _merged_options(
            self._options,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            failover=failover,
            validate=validate,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        copy = type(self).__new__(type(self))
        copy._setup(self._client, options)
        return copy


class WeChatPay(_BaseWeChatPay, WeChatPayResources):
    """The WeChat Pay APIv3 client: ``wxpay.<tag>.<operation>(...)`` returns the typed result.

    Takes the arguments of :func:`wechatpay_auth.create_client` (keys, ``base_url``,
    ``transport``, timeouts, retries, ...). Every call is signed, its sensitive fields encrypted,
    its answer verified; failures raise :class:`~wechatpay_auth.WeChatPayError` subclasses.
    One attribute per spec tag (``wxpay.insurance_sign``, ``wxpay.pay``, ``wxpay.refunds`` ...),
    one method per operation, named by its operationId, with the keyword arguments of the
    operation function ``wechatpay_client.api.<tag>.<operation>.sync``; ``body=`` also takes a
    dict in the JSON form. Thread-safe; close it with :meth:`close` or ``with WeChatPay(...)``.
    """

    def _setup(self, client: Client, options: dict[str, Any] | None) -> None:
        self._client = client
        self._options = options
        WeChatPayResources.__init__(self, _SyncInvoker(client, options))

    @property
    def with_raw_response(self) -> WeChatPayWithRawResponse:
        """The same operations returning the whole ``Response`` (status, headers, ``request_id``, ``parsed``)."""
        return WeChatPayWithRawResponse(_SyncInvoker(self._client, self._options))

    def close(self) -> None:
        """Close the connection pool (shared with copies from :meth:`with_options`)."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self._client.get_httpx_client().base_url)!r}>"


class AsyncWeChatPay(_BaseWeChatPay, AsyncWeChatPayResources):
    """Async twin of :class:`WeChatPay`: ``await wxpay.<tag>.<operation>(...)``.

    Same arguments as :class:`WeChatPay` and :func:`wechatpay_auth.create_client`; the calls use
    ``async_transport`` (a client given only a sync ``transport=`` refuses async calls with
    :class:`~wechatpay_auth.ConfigurationError`). Usable from any event loop; close it with
    ``await wxpay.close()`` or ``async with AsyncWeChatPay(...) as wxpay``.
    """

    def _setup(self, client: Client, options: dict[str, Any] | None) -> None:
        self._client = client
        self._options = options
        AsyncWeChatPayResources.__init__(self, _AsyncInvoker(client, options))

    @property
    def with_raw_response(self) -> AsyncWeChatPayWithRawResponse:
        """The same operations returning the whole ``Response`` (status, headers, ``request_id``, ``parsed``)."""
        return AsyncWeChatPayWithRawResponse(_AsyncInvoker(self._client, self._options))

    async def close(self) -> None:
        """Close the running event loop's connections (shared with copies from :meth:`with_options`)."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self._client.get_async_httpx_client().base_url)!r}>"
