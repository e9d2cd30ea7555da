"""Verified bill downloads (protocol.md section 2.6): :func:`download_bill` / :func:`adownload_bill`.

A bill is fetched in two steps. ``apply_trade_bill`` (or ``apply_fund_flow_bill``,
``apply_profitsharing_bill``) answers a **signed** ``{hash_type, hash_value, download_url}``;
``GET download_url`` is a signed request whose answer carries **no** signature. The only
integrity check of the file is therefore the hash of the signed apply answer, and these helpers
make it impossible to forget:

* the download is sent through the client's :class:`WeChatPayAuth` as operation
  ``download_bill``, so the request is signed and verification is skipped for this one
  operation and path only (its metadata says ``signed_response=False``; a caller cannot switch
  verification off for anything else, pitfall P5);
* ``download_url`` must point at the client's own API origin (scheme, host and port of
  ``base_url``) and at the bill download path: a signed request is never sent elsewhere;
* the body is streamed (never held twice; optionally written straight to a file), gunzipped
  when the apply asked for ``tar_type=GZIP`` (the URL's ``tartype=GZIP``) or the answer says
  ``application/x-gzip``, hashed on the fly, and compared case-insensitively with
  ``hash_value``; a mismatch raises :class:`BillIntegrityError`.

**What is hashed.** WeChat Pay does not say whether ``hash_value`` covers the gzip bytes or
the decompressed CSV (protocol.md 11). The official Java SDK hashes the decompressed data
(``DigestBillEntity``), and so does the sandbox; so do these helpers: the digest is always
computed over the *decompressed* content, also when ``gunzip=False`` keeps the gzip bytes as
the output.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol, TypeAlias, overload

import httpx

from ._auth import WeChatPayAuth
from ._constants import HEADER_REQUEST_ID, LOGGER_NAME, OPERATION_ID_EXTENSION
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    BillIntegrityError,
    ConfigurationError,
    RequestValidationError,
)
from ._signing import redact_url

__all__ = [
    "BillApply",
    "BillApplyLike",
    "BinaryWriter",
    "adownload_bill",
    "adownload_verified_file",
    "download_bill",
    "download_verified_file",
]

logger = logging.getLogger(LOGGER_NAME)


class _RedactDownloadTokens(logging.Filter):
    """Redacts the download ``token`` in the request lines httpx logs at INFO.

    httpx logs ``HTTP Request: GET <full URL> "HTTP/1.1 200 OK"`` on the ``httpx`` logger, query
    included, and the SDK cannot change that line; the ``token`` of a bill or transfer-receipt
    download URL is a credential for the file. This filter, installed on the ``httpx`` logger when
    ``wechatpay_auth`` is imported, rewrites URL arguments of that logger's records with
    :func:`redact_url` (``token=<redacted>``) before any handler sees them. It applies to every
    httpx client in the process (the SDK's and the caller's own) and changes nothing else.
    """

    wechatpay_redaction = True

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and args:
            try:
                shown = tuple(
                    redact_url(arg) if isinstance(arg, httpx.URL) or (isinstance(arg, str) and "?" in arg) else arg
                    for arg in args
                )
            except Exception:  # noqa: BLE001 - a log filter must never break the request that logs
                return True
            if any(new is not old for new, old in zip(shown, args, strict=True)):
                record.args = shown
        return True


def install_httpx_log_redaction() -> None:
    """Add the token-redacting filter to the ``httpx`` logger (idempotent; done on import)."""
    httpx_logger = logging.getLogger("httpx")
    if not any(getattr(existing, "wechatpay_redaction", False) for existing in httpx_logger.filters):
        httpx_logger.addFilter(_RedactDownloadTokens())


install_httpx_log_redaction()

#: The generated operation the download is sent as (``x-wechatpay-signed-response: false``).
BILL_DOWNLOAD_OPERATION: Final = "download_bill"
#: Hash types WeChat Pay may name (``SHA1`` is the documented one) -> hashlib names.
_HASHES: Final[Mapping[str, str]] = {
    "SHA1": "sha1",
    "SHA-1": "sha1",
    "SHA256": "sha256",
    "SHA-256": "sha256",
    "SM3": "sm3",  # transfer receipts; needs an OpenSSL with SM3 (refused as unsupported otherwise)
}
_GZIP_TYPES: Final = frozenset({"application/x-gzip", "application/gzip"})
_GZIP_WBITS: Final = zlib.MAX_WBITS | 16
#: At most this many decompressed bytes per inflate call (bounds memory on a hostile stream).
_INFLATE_STEP: Final = 1 << 20


class BillApply(Protocol):
    """What the helpers read from the apply answer (``wechatpay_client.models.BillApplyResponse``)."""

    @property
    def hash_type(self) -> str: ...
    @property
    def hash_value(self) -> str: ...
    @property
    def download_url(self) -> str: ...


#: The typed apply answer, or its JSON as a mapping.
BillApplyLike: TypeAlias = BillApply | Mapping[str, Any]


class BinaryWriter(Protocol):
    """A binary file-like target (``open(path, "wb")``, ``io.BytesIO()``...)."""

    def write(self, data: bytes, /) -> Any: ...


@dataclass(frozen=True, slots=True)
class _Plan:
    url: httpx.URL
    hash_type: str
    hash_name: str
    expected: str
    url_says_gzip: bool


def _apply_fields(apply_response: BillApplyLike) -> tuple[str, str, str]:
    values: list[str] = []
    for name in ("hash_type", "hash_value", "download_url"):
        if isinstance(apply_response, Mapping):
            value = apply_response.get(name)
        else:
            value = getattr(apply_response, name, None)
        if not isinstance(value, str) or not value:
            raise RequestValidationError(
                f"the bill apply answer has no {name}; pass the answer of apply_trade_bill / apply_fund_flow_bill",
                path=name,
            )
        values.append(value)
    return values[0], values[1], values[2]


def _effective_port(url: httpx.URL) -> int | None:
    if url.port is not None:
        return url.port
    return {"http": 80, "https": 443}.get(url.scheme)


def _plan(
    http: httpx.Client | httpx.AsyncClient,
    auth: WeChatPayAuth,
    apply_response: BillApplyLike,
    operation_id: str = BILL_DOWNLOAD_OPERATION,
) -> _Plan:
    """Check the apply answer and the URL before anything is sent."""
    hash_type, hash_value, download_url = _apply_fields(apply_response)
    hash_name = _HASHES.get(hash_type.strip().upper())
    if hash_name is not None:
        try:
            hashlib.new(hash_name)
        except ValueError:  # e.g. SM3 on an OpenSSL without it
            hash_name = None
    if hash_name is None:
        raise BillIntegrityError(
            f"cannot verify the file: unsupported hash_type {hash_type!r} (known: SHA1, SHA256, SM3); nothing was sent",
            reason="unsupported_hash_type",
            hash_type=hash_type,
        )
    try:
        url = httpx.URL(download_url)
    except (httpx.InvalidURL, TypeError):
        raise RequestValidationError("download_url is not a valid URL; nothing was sent", path="download_url") from None
    base = http.base_url
    if url.scheme not in ("http", "https") or not url.host or url.userinfo or url.fragment:
        raise RequestValidationError(
            "download_url must be an absolute http(s) URL without credentials or fragment; nothing was sent",
            path="download_url",
        )
    if (url.scheme, url.host, _effective_port(url)) != (base.scheme, base.host, _effective_port(base)):
        raise RequestValidationError(
            f"download_url points at {url.scheme}://{url.host}, not at this client's API origin "
            f"{base.scheme}://{base.host}: refusing to send a signed request there; nothing was sent",
            path="download_url",
        )
    operation = auth.lookup_operation(operation_id)
    if operation is None:
        raise ConfigurationError(
            f"the operation metadata has no {operation_id!r}; install the generated client "
            "(wechatpay_client) that matches wechatpay_auth"
        )
    if operation.signed_response or operation.method.upper() != "GET":
        raise ConfigurationError(f"{operation_id!r} is not an unsigned file download (x-wechatpay-signed-response)")
    expected_path = base.path.rstrip("/") + operation.path
    path = url.raw_path.decode("ascii").split("?", 1)[0]
    if url.path != expected_path or path != expected_path:
        raise RequestValidationError(
            f"download_url must point at {expected_path} ({operation_id}), not at another path; nothing was sent",
            path="download_url",
        )
    url_says_gzip = any(value.strip().upper() == "GZIP" for value in url.params.get_list("tartype"))
    return _Plan(url, hash_type, hash_name, hash_value.strip().lower(), url_says_gzip)


def _auth_of(http: httpx.Client | httpx.AsyncClient) -> WeChatPayAuth:
    auth = http.auth
    if not isinstance(auth, WeChatPayAuth):
        raise ConfigurationError("this client is not configured with WeChatPayAuth (use create_client)")
    return auth


def _sync_http(client: Any) -> httpx.Client:
    if isinstance(client, httpx.AsyncClient):
        raise ConfigurationError("download_bill needs a sync client; use adownload_bill with an httpx.AsyncClient")
    http = client if isinstance(client, httpx.Client) else client.get_httpx_client()
    if not isinstance(http, httpx.Client):
        raise ConfigurationError("download_bill needs the client from create_client or an httpx.Client")
    return http


def _async_http(client: Any) -> httpx.AsyncClient:
    if isinstance(client, httpx.Client):
        raise ConfigurationError("adownload_bill needs an async client; use download_bill with an httpx.Client")
    http = client if isinstance(client, httpx.AsyncClient) else client.get_async_httpx_client()
    if not isinstance(http, httpx.AsyncClient):
        raise ConfigurationError("adownload_bill needs the client from create_client or an httpx.AsyncClient")
    return http


def _interrupted(exc: httpx.RequestError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(
        f"the bill download was interrupted ({type(exc).__name__}); apply for the bill again "
        "(the download_url is valid for 30 s)",
        operation_id=BILL_DOWNLOAD_OPERATION,
    )


class _BillReader:
    """Hash (over the decompressed content) and write one streamed bill body."""

    def __init__(
        self,
        plan: _Plan,
        response: httpx.Response,
        *,
        gunzip: bool | None,
        target: BinaryWriter | None,
        max_bytes: int | None,
    ) -> None:
        media_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        compressed = gunzip is True or plan.url_says_gzip or media_type in _GZIP_TYPES
        self._plan = plan
        self._request_id = response.headers.get(HEADER_REQUEST_ID)
        self._hash = hashlib.new(plan.hash_name)
        self._inflater: Any = zlib.decompressobj(_GZIP_WBITS) if compressed else None
        self._keep_compressed = gunzip is False
        self._buffer: io.BytesIO | None = None
        self._target: BinaryWriter
        if target is None:
            self._buffer = self._target = io.BytesIO()
        else:
            self._target = target
        self._max_bytes = max_bytes
        self._members = 0
        self._pending = False  # a gzip member has started and not ended
        self.content_size = 0
        self.written = 0

    def _error(self, message: str, reason: str, actual: str | None = None) -> BillIntegrityError:
        return BillIntegrityError(
            message,
            reason=reason,
            hash_type=self._plan.hash_type,
            expected=self._plan.expected,
            actual=actual,
            request_id=self._request_id,
        )

    def _write(self, data: bytes) -> None:
        if data:
            self._target.write(data)
            self.written += len(data)

    def _content(self, data: bytes) -> None:
        if not data:
            return
        self.content_size += len(data)
        if self._max_bytes is not None and self.content_size > self._max_bytes:
            raise self._error(f"the bill is larger than max_bytes={self._max_bytes}; download stopped", "too_large")
        self._hash.update(data)

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        if self._inflater is None:
            self._content(chunk)
            self._write(chunk)
            return
        if self._keep_compressed:
            self._write(chunk)
        self._inflate(chunk)

    def _inflate(self, data: bytes) -> None:
        while True:
            inflater = self._inflater
            self._pending = True
            try:
                out = inflater.decompress(data, _INFLATE_STEP)
            except zlib.error:
                raise self._error("the bill is not valid gzip data", "malformed_gzip") from None
            self._content(out)
            if not self._keep_compressed:
                self._write(out)
            if inflater.eof:  # end of one gzip member; another may follow
                self._members += 1
                self._pending = False
                data = inflater.unused_data
                self._inflater = zlib.decompressobj(_GZIP_WBITS)
                if not data:
                    return
                continue
            data = inflater.unconsumed_tail
            if not data and len(out) < _INFLATE_STEP:
                return

    def finish(self) -> None:
        """Raise :class:`BillIntegrityError` unless the content's digest equals ``hash_value``."""
        if self._inflater is not None and (self._pending or self._members == 0):
            raise self._error("the gzip bill is truncated or empty", "malformed_gzip")
        actual = self._hash.hexdigest()
        if not hmac.compare_digest(actual, self._plan.expected):
            raise self._error(
                f"the downloaded bill failed its integrity check: {self._plan.hash_type} of the "
                f"{'decompressed ' if self._inflater is not None else ''}content is {actual}, the signed apply "
                f"answer says {self._plan.expected}. Discard the file and apply for the bill again",
                "hash_mismatch",
                actual,
            )
        logger.debug(
            "bill download verified: %d bytes of content, %s %s", self.content_size, self._plan.hash_type, actual
        )

    def result(self) -> bytes:
        assert self._buffer is not None
        return self._buffer.getvalue()  # no copy: BytesIO hands over its buffer


def _check_max_bytes(max_bytes: int | None) -> None:
    if max_bytes is not None and (not isinstance(max_bytes, int) or max_bytes < 0):
        raise RequestValidationError("max_bytes must be a non-negative int or None", path="max_bytes")


@overload
def download_bill(
    client: Any,
    apply_response: BillApplyLike,
    *,
    gunzip: bool | None = None,
    target: None = None,
    max_bytes: int | None = None,
) -> bytes: ...
@overload
def download_bill(
    client: Any,
    apply_response: BillApplyLike,
    *,
    gunzip: bool | None = None,
    target: BinaryWriter,
    max_bytes: int | None = None,
) -> int: ...
def download_bill(
    client: Any,
    apply_response: BillApplyLike,
    *,
    gunzip: bool | None = None,
    target: BinaryWriter | None = None,
    max_bytes: int | None = None,
) -> bytes | int:
    """Download the bill of a signed apply answer and check it against ``hash_value`` (sync).

    Args:
        client: the client from :func:`create_client` (or an ``httpx.Client`` with
            :class:`WeChatPayAuth`). ``download_url`` must be on its ``base_url`` origin.
        apply_response: the ``BillApplyResponse`` of ``apply_trade_bill`` /
            ``apply_fund_flow_bill`` / ``apply_profitsharing_bill`` (or its JSON as a dict).
        gunzip: None (default): decompress when the apply asked for GZIP (``tartype=GZIP`` in
            ``download_url``) or the answer is ``application/x-gzip``; True: the body is gzip,
            decompress it; False: return the bytes as received (the digest is still computed over
            the decompressed content).
        target: a binary file-like object to stream the output into instead of returning it.
        max_bytes: stop with :class:`BillIntegrityError` (``too_large``) beyond this many bytes of
            (decompressed) content.

    Returns:
        The bill (CSV bytes, or the gzip bytes with ``gunzip=False``); with ``target``, the number
        of bytes written to it.

    Raises:
        BillIntegrityError: the digest differs from ``hash_value`` (the sandbox fault
            ``corrupt_download``), broken gzip, an unsupported ``hash_type``, ``max_bytes``
            exceeded. Whatever was written to ``target`` must then be discarded.
        RequestValidationError: ``download_url`` is not on the client's origin or not the bill
            download path (nothing is sent).
        APIError: WeChat Pay answered an error status (e.g. an expired ``download_url``).
        APIConnectionError: the network failed, also in the middle of the body.
    """
    return _download_sync(client, apply_response, BILL_DOWNLOAD_OPERATION, gunzip, target, max_bytes)


def _download_sync(
    client: Any,
    apply_response: BillApplyLike,
    operation_id: str,
    gunzip: bool | None,
    target: BinaryWriter | None,
    max_bytes: int | None,
) -> bytes | int:
    _check_max_bytes(max_bytes)
    http = _sync_http(client)
    plan = _plan(http, _auth_of(http), apply_response, operation_id)
    with http.stream("GET", plan.url, extensions={OPERATION_ID_EXTENSION: operation_id}) as response:
        reader = _BillReader(plan, response, gunzip=gunzip, target=target, max_bytes=max_bytes)
        try:
            for chunk in response.iter_bytes():
                reader.feed(chunk)
        except httpx.RequestError as exc:
            raise _interrupted(exc) from exc
    reader.finish()
    return reader.written if target is not None else reader.result()


@overload
async def adownload_bill(
    client: Any,
    apply_response: BillApplyLike,
    *,
    gunzip: bool | None = None,
    target: None = None,
    max_bytes: int | None = None,
) -> bytes: ...
@overload
async def adownload_bill(
    client: Any,
    apply_response: BillApplyLike,
    *,
    gunzip: bool | None = None,
    target: BinaryWriter,
    max_bytes: int | None = None,
) -> int: ...
async def adownload_bill(
    client: Any,
    apply_response: BillApplyLike,
    *,
    gunzip: bool | None = None,
    target: BinaryWriter | None = None,
    max_bytes: int | None = None,
) -> bytes | int:
    """Async twin of :func:`download_bill` (uses the client's async httpx client).

    ``target.write`` is called synchronously for each chunk (fine for files and buffers).
    """
    return await _download_async(client, apply_response, BILL_DOWNLOAD_OPERATION, gunzip, target, max_bytes)


async def _download_async(
    client: Any,
    apply_response: BillApplyLike,
    operation_id: str,
    gunzip: bool | None,
    target: BinaryWriter | None,
    max_bytes: int | None,
) -> bytes | int:
    _check_max_bytes(max_bytes)
    http = _async_http(client)
    plan = _plan(http, _auth_of(http), apply_response, operation_id)
    async with http.stream("GET", plan.url, extensions={OPERATION_ID_EXTENSION: operation_id}) as response:
        reader = _BillReader(plan, response, gunzip=gunzip, target=target, max_bytes=max_bytes)
        try:
            async for chunk in response.aiter_bytes():
                reader.feed(chunk)
        except httpx.RequestError as exc:
            raise _interrupted(exc) from exc
    reader.finish()
    return reader.written if target is not None else reader.result()


@overload
def download_verified_file(
    client: Any, answer: BillApplyLike, *, operation: str, target: None = None, max_bytes: int | None = None
) -> bytes: ...
@overload
def download_verified_file(
    client: Any, answer: BillApplyLike, *, operation: str, target: BinaryWriter, max_bytes: int | None = None
) -> int: ...
def download_verified_file(
    client: Any,
    answer: BillApplyLike,
    *,
    operation: str,
    target: BinaryWriter | None = None,
    max_bytes: int | None = None,
) -> bytes | int:
    """Download a file whose answer is unsigned and check it against a signed digest (sync).

    The same guarantees as :func:`download_bill`, for any unsigned download operation of the spec
    (``x-wechatpay-signed-response: false``) whose signed query answer names ``hash_type``,
    ``hash_value`` and ``download_url``: e.g. a transfer receipt
    (``operation="download_transfer_bill_receipt"`` with the answer of
    ``query_transfer_bill_receipt_by_out_bill_no``; ``SHA256`` or ``SM3``), or a batch-transfer
    receipt (``"download_transfer_receipt"``). The request is signed and sent as that operation,
    only to the client's own origin and the operation's path; the body is streamed, hashed on the
    fly and refused with :class:`BillIntegrityError` when the digest differs.
    """
    return _download_sync(client, answer, operation, None, target, max_bytes)


@overload
async def adownload_verified_file(
    client: Any, answer: BillApplyLike, *, operation: str, target: None = None, max_bytes: int | None = None
) -> bytes: ...
@overload
async def adownload_verified_file(
    client: Any, answer: BillApplyLike, *, operation: str, target: BinaryWriter, max_bytes: int | None = None
) -> int: ...
async def adownload_verified_file(
    client: Any,
    answer: BillApplyLike,
    *,
    operation: str,
    target: BinaryWriter | None = None,
    max_bytes: int | None = None,
) -> bytes | int:
    """Async twin of :func:`download_verified_file`."""
    return await _download_async(client, answer, operation, None, target, max_bytes)
