"""``WeChatPayAuth``: the httpx auth that signs requests, encrypts fields and verifies responses."""

from __future__ import annotations

import base64
import importlib
import logging
import re
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, Protocol, TypeAlias

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from ._cipher import rsa_oaep_decrypt_b64, rsa_oaep_encrypt
from ._constants import (
    DEADLINE_EXTENSION,
    DEFAULT_BASE_URL,
    DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT_SECONDS,
    HEADER_CONTENT_LENGTH,
    HEADER_REQUEST_ID,
    HEADER_SERIAL,
    LOGGER_NAME,
    MAX_CERTIFICATE_REFRESH_INTERVAL,
    METADATA_MODULE,
    MIN_CERTIFICATE_REFRESH_INTERVAL,
    OPERATION_ID_EXTENSION,
    RETRY_SAFE,
    WECHATPAY_API_HOSTS,
)
from ._errors import (
    ConfigurationError,
    DecryptionError,
    RequestValidationError,
    ResponseTooLargeError,
    SignatureVerificationError,
    WeChatPayError,
    api_error_from_response,
)
from ._keys import (
    AsyncCertificateManager,
    CertificateManager,
    CertificateStore,
    PemSource,
    PlatformKeys,
    WeChatPayPublicKey,
    load_certificate,
    load_merchant_private_key,
    load_public_key,
    validate_apiv3_key,
    validate_mchid,
    validate_merchant_serial,
    validate_public_key_id,
)
from ._multipart import check_upload, multipart_boundary, parse_upload
from ._options import Deadline, check_max_response_bytes, current_request_options
from ._sensitive import _UNPARSED, decrypt_json_fields, encrypt_json_fields, sensitive_plaintext
from ._signing import (
    MerchantSigner,
    SignatureHeaders,
    generate_nonce,
    parse_signature_headers,
    redacted_message,
    sign_request,
    verify_parsed,
)
from ._validation import request_schemas

__all__ = ["OperationInfo", "OperationLookup", "WeChatPayAuth"]

logger = logging.getLogger(LOGGER_NAME)


class OperationInfo(Protocol):
    """What the plugin reads from ``wechatpay_client._metadata.OperationMetadata`` (docs/CONTRACTS.md)."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def sensitive_request_fields(self) -> tuple[tuple[str, ...], ...]: ...
    @property
    def signed_response(self) -> bool: ...
    @property
    def reconcile_with(self) -> str | None: ...


OperationLookup: TypeAlias = Callable[[str], OperationInfo | None]


class _UseGeneratedMetadata:
    def __repr__(self) -> str:
        return "<generated metadata>"


#: Default for ``operations=``: import ``wechatpay_client._metadata.get_operation`` on first use.
USE_GENERATED_METADATA: Any = _UseGeneratedMetadata()

_PATH_PARAM_RE = re.compile(r"\{[^/{}]+\}")


def _path_pattern(template: str) -> re.Pattern[str]:
    parts = _PATH_PARAM_RE.split(template)
    body = "[^/?#]+".join(re.escape(part) for part in parts)
    # An optional prefix allows a base_url with a path (e.g. behind a gateway).
    return re.compile(r"(?:/[^?#]*)?" + body)


def _rebuilt(
    request: httpx.Request, *, headers: httpx.Headers, url: httpx.URL | None = None, content: bytes | None = None
) -> httpx.Request:
    """A copy of ``request`` with new headers (and URL or body), its body already read."""
    # stream= skips httpx's content encoding (a third of the cost of a new Request).
    body = request.content if content is None else content
    rebuilt = httpx.Request(
        request.method,
        request.url if url is None else url,
        headers=headers,
        stream=httpx.ByteStream(body),
        extensions=request.extensions,
    )
    rebuilt.read()
    return rebuilt


def _check_caller_serial(caller_serial: str | None, key_id: str, what: str) -> None:
    """A ``Wechatpay-Serial`` the caller set must name the key the SDK encrypts ``what`` with."""
    if caller_serial is not None and caller_serial != key_id:
        raise RequestValidationError(
            f"header {HEADER_SERIAL} is {caller_serial!r} but the {what} are encrypted with "
            f"WeChat Pay key {key_id!r}; leave the header out or set it to {key_id!r}",
            path=HEADER_SERIAL,
        )


def _coerce_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(DEFAULT_TIMEOUT_SECONDS if timeout is None else timeout)


class WeChatPayAuth(httpx.Auth):
    """httpx authentication for WeChat Pay APIv3: sign, encrypt, verify.

    Use it with any ``httpx.Client`` or ``httpx.AsyncClient`` (``create_client`` does this for the
    generated client)::

        auth = WeChatPayAuth("1230000109", merchant_serial_no=..., merchant_private_key="apiclient_key.pem",
                             wechatpay_public_key_id="PUB_KEY_ID_...", wechatpay_public_key="pub_key.pem")
        with httpx.Client(base_url="https://api.mch.weixin.qq.com", auth=auth) as http:
            http.get("/v3/papay/insurance-sign/contracts/plan-id/1/out-contract-code/x")

    For every attempt (so retries are re-signed):

    0. **Validation.** A request that names an operation has its JSON body checked against the
       spec's request schema (``validate_requests``): a missing field, a wrong type, an enum or
       date violation or an over-long sensitive plaintext raises :class:`RequestValidationError`
       naming the JSON path, before any key is used or a byte is sent.
    1. **Sensitive fields.** If the request's ``wechatpay_operation_id`` extension names an
       operation whose metadata lists sensitive JSON paths, their plaintext values are encrypted
       (RSA-OAEP) with the WeChat Pay public key, or in certificate mode with the newest currently
       valid platform certificate, and a NEW request with the new body and ``Content-Length`` is
       sent. ``Wechatpay-Serial`` is set to that key's ID; a caller-supplied value that disagrees
       raises :class:`RequestValidationError` (nothing is sent). Requests without the extension
       (raw calls) are not changed. Otherwise ``Wechatpay-Serial`` defaults to the same key ID so
       that WeChat Pay signs its answer with that key.
    2. **Signing.** ``Authorization: WECHATPAY2-SHA256-RSA2048 ...`` over method, ``raw_path``
       (path and query as sent), a fresh timestamp, a fresh 32-character nonce and the exact body
       bytes; ``Accept: application/json``, ``Accept-Encoding: identity`` (the bytes verified must
       be the bytes WeChat Pay signed, so no transparent decompression) and a ``User-Agent``.
       A ``multipart/form-data`` upload is signed over its first part, the JSON ``meta``, exactly
       as sent (protocol.md 7); a multipart body without it is a :class:`RequestValidationError`.
    3. **Verification.** Every 2xx response (204 and empty bodies included) must carry valid
       ``Wechatpay-Timestamp/-Nonce/-Signature/-Serial`` over its raw body, the timestamp within
       300 s of now (300 passes, 301 fails). Otherwise :class:`SignatureVerificationError` is
       raised and the response closed: the call's outcome is then unknown. Operations whose
       metadata says ``signed_response=False`` (file downloads) skip this, and their 2xx body is
       left unread so that it can be streamed (check it: ``download_bill``); a raw request cannot.
    4. **Errors.** A non-2xx status raises the matching :class:`APIError` subclass built from the
       ``{code, message, detail}`` body and the ``Request-ID`` header. Error bodies are not signed
       by WeChat Pay: they are unauthenticated, treat them as hints.
    5. **Limits.** At most ``max_response_bytes`` of an answer's body (2xx or error) are read into
       memory: a larger one (by ``Content-Length`` or while reading) is refused with
       :class:`ResponseTooLargeError` (unsigned downloads stream and are not capped). A call's
       deadline (``wechatpay_deadline`` extension, set by the ``create_client`` clients) is checked
       between the chunks of the body. An answer that arrived through a redirect is refused
       (:class:`ConfigurationError`): every hop would carry the first hop's signature; create own
       httpx clients with ``follow_redirects=False`` (the default).

    httpx runs a client's ``request`` event hooks after the auth flow, so they see each attempt
    signed (``Authorization`` set, sensitive fields encrypted); a hook must not change the method,
    URL or body (the signature covers them).

    Keys, the APIv3 key, signatures and plaintext never appear in logs, exceptions or the repr.
    Connection failures surface as httpx errors here; the client from ``create_client`` turns
    them into :class:`APIConnectionError` / :class:`APITimeoutError`.
    """

    requires_request_body = True
    requires_response_body = True

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
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT_SECONDS,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        certificate_refresh_interval: float = DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
        operations: OperationLookup | None = USE_GENERATED_METADATA,
        clock: Callable[[], float] = time.time,
        nonce_factory: Callable[[], str] = generate_nonce,
        validate_requests: bool = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        """Validate the configuration and load the keys; raises :class:`ConfigurationError`.

        Args:
            mchid: merchant ID (digits).
            merchant_serial_no: serial of the merchant API certificate (hex).
            merchant_private_key: ``apiclient_key.pem`` as PEM text, PEM bytes or a path.
            wechatpay_public_key_id: ``PUB_KEY_ID_...`` (public-key mode, with ``wechatpay_public_key``).
            wechatpay_public_key: the WeChat Pay public key, PEM text/bytes/path.
            apiv3_key: the 32-byte APIv3 key; enables platform-certificate mode. With the public
                key as well this is the migration mode: either serial verifies, the public key encrypts,
                and certificates are only downloaded when a certificate serial shows up.
            merchant_certificate: optional ``apiclient_cert.pem``; checked against the serial and key.
            base_url, timeout, transport, async_transport: used by the certificate downloader.
            certificate_refresh_interval: seconds between scheduled certificate downloads (60 s to 12 h).
            operations: operation-metadata lookup; default: the generated ``wechatpay_client._metadata``;
                None: no metadata (raw use only).
            clock, nonce_factory: injectable for tests.
            validate_requests: check the JSON body of every request that names an operation against
                the spec's request schema before encrypting and signing (:class:`RequestValidationError`,
                nothing sent); ``request_options(validate=...)`` overrides it per call.
            max_response_bytes: the most bytes of an answer's body read into memory (default
                16 MiB); ``request_options(max_response_bytes=...)`` overrides it per call.
        """
        self._mchid = validate_mchid(mchid)
        serial = validate_merchant_serial(merchant_serial_no)
        private_key = load_merchant_private_key(merchant_private_key)
        if merchant_certificate is not None:
            certificate = load_certificate(merchant_certificate)
            if certificate.serial_number != int(serial, 16):
                raise ConfigurationError(
                    f"merchant_serial_no {serial} does not match merchant_certificate, whose serial is "
                    f"{certificate.serial_number:X}"
                )
            cert_key = certificate.public_key()
            if (
                not isinstance(cert_key, RSAPublicKey)
                or cert_key.public_numbers() != private_key.public_key().public_numbers()
            ):
                raise ConfigurationError("merchant_private_key does not belong to merchant_certificate")
        self._signer = MerchantSigner(self._mchid, serial, private_key)

        public_key: WeChatPayPublicKey | None = None
        if wechatpay_public_key_id is not None or wechatpay_public_key is not None:
            if wechatpay_public_key_id is None:
                raise ConfigurationError(
                    "wechatpay_public_key is set but wechatpay_public_key_id is missing: pass both "
                    "(the ID is shown next to the key in the merchant portal, 'PUB_KEY_ID_...')"
                )
            if wechatpay_public_key is None:
                raise ConfigurationError(
                    "wechatpay_public_key_id is set but wechatpay_public_key is missing: pass the WeChat Pay "
                    "public key (pub_key.pem) as PEM text, bytes or a path"
                )
            key_id = validate_public_key_id(wechatpay_public_key_id)
            loaded = load_public_key(wechatpay_public_key)
            if loaded.public_numbers() == private_key.public_key().public_numbers():
                raise ConfigurationError(
                    "wechatpay_public_key is the merchant's own public key; pass the WeChat Pay public key"
                )
            public_key = WeChatPayPublicKey(key_id, loaded)

        apiv3 = validate_apiv3_key(apiv3_key) if apiv3_key is not None else None
        if public_key is None and apiv3 is None:
            raise ConfigurationError(
                "no way to verify WeChat Pay: pass wechatpay_public_key_id and wechatpay_public_key "
                "(public-key mode, required for merchants registered since about 2024-09) or apiv3_key "
                "(platform-certificate mode)"
            )
        if not MIN_CERTIFICATE_REFRESH_INTERVAL <= certificate_refresh_interval <= MAX_CERTIFICATE_REFRESH_INTERVAL:
            raise ConfigurationError(
                f"certificate_refresh_interval must be between {MIN_CERTIFICATE_REFRESH_INTERVAL:.0f} s "
                f"and {MAX_CERTIFICATE_REFRESH_INTERVAL:.0f} s (12 h), got {certificate_refresh_interval}"
            )

        store = CertificateStore(refresh_interval=certificate_refresh_interval) if apiv3 is not None else None
        self._keys = PlatformKeys(public_key, store)
        self._clock = clock
        self._nonce_factory = nonce_factory
        self._validate_requests = bool(validate_requests)
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._operations_arg = operations
        self._operations: OperationLookup | None = None if operations is USE_GENERATED_METADATA else operations
        self._operations_loaded = operations is not USE_GENERATED_METADATA
        self._path_patterns: dict[str, re.Pattern[str]] = {}
        self._origins: dict[str, httpx.URL] = {}
        self._certificates: CertificateManager | None = None
        self._async_certificates: AsyncCertificateManager | None = None
        if apiv3 is not None:
            common: dict[str, Any] = {
                "signer": self._signer,
                "apiv3_key": apiv3,
                "base_url": base_url,
                "timeout": _coerce_timeout(timeout),
                "clock": clock,
                "nonce_factory": nonce_factory,
                "operation_lookup": self.lookup_operation,
            }
            self._certificates = CertificateManager(self._keys, transport=transport, **common)
            self._async_certificates = AsyncCertificateManager(self._keys, transport=async_transport, **common)

    # ------------------------------------------------------------------ introspection

    def __repr__(self) -> str:
        key = self._keys.public_key
        return (
            f"WeChatPayAuth(mchid={self._mchid!r}, merchant_serial_no={self._signer.serial_no!r}, "
            f"wechatpay_public_key_id={key.key_id if key else None!r}, "
            f"certificate_mode={self._certificates is not None})"
        )

    @property
    def mchid(self) -> str:
        return self._mchid

    @property
    def merchant_serial_no(self) -> str:
        return self._signer.serial_no

    @property
    def signer(self) -> MerchantSigner:
        """The request signer (reusable, e.g. by the notification parser or for pay-sign)."""
        return self._signer

    @property
    def keys(self) -> PlatformKeys:
        """The WeChat Pay keys this merchant trusts (shared with notification verification)."""
        return self._keys

    @property
    def certificate_manager(self) -> CertificateManager | None:
        return self._certificates

    @property
    def async_certificate_manager(self) -> AsyncCertificateManager | None:
        return self._async_certificates

    def close(self) -> None:
        """Close the certificate downloader's connection pool (if any)."""
        if self._certificates is not None:
            self._certificates.close()

    # ------------------------------------------------------------------ key resolution (sync/async)

    def resolve_key(self, serial: str) -> RSAPublicKey | None:
        """The WeChat Pay key for a ``Wechatpay-Serial``, downloading certificates if needed (sync)."""
        if self._certificates is None:
            return self._keys.lookup(serial, now=self._clock())
        return self._certificates.resolve(serial)

    async def aresolve_key(self, serial: str) -> RSAPublicKey | None:
        """Async twin of :meth:`resolve_key`."""
        if self._async_certificates is None:
            return self._keys.lookup(serial, now=self._clock())
        return await self._async_certificates.resolve(serial)

    def _ensure_keys(self) -> None:
        if self._certificates is not None:
            self._certificates.ensure_ready(required=self._keys.certificate_mode_only)

    async def _aensure_keys(self) -> None:
        if self._async_certificates is not None:
            await self._async_certificates.ensure_ready(required=self._keys.certificate_mode_only)

    # ------------------------------------------------------------------ sensitive values for raw calls

    def _encryption_key(self) -> tuple[str, RSAPublicKey]:
        key = self._keys.encryption_key(now=self._clock())
        if key is None:
            raise ConfigurationError("no currently valid WeChat Pay platform certificate to encrypt with")
        return key

    def _encrypt_value(self, plaintext: str) -> tuple[str, str]:
        key_id, public_key = self._encryption_key()
        if plaintext == "":
            return "", key_id
        raw = sensitive_plaintext(plaintext, "plaintext", public_key)
        return base64.b64encode(rsa_oaep_encrypt(public_key, raw)).decode("ascii"), key_id

    def encrypt_sensitive(self, plaintext: str) -> tuple[str, str]:
        """Encrypt one sensitive value for an untyped call: returns ``(ciphertext_base64, serial)``.

        Put the ciphertext in the JSON body and send ``Wechatpay-Serial: <serial>`` with the
        request. Uses the same key the typed client would (public key, else newest platform
        certificate, downloading certificates if needed). ``""`` is returned unencrypted.
        """
        self._ensure_keys()
        return self._encrypt_value(plaintext)

    async def aencrypt_sensitive(self, plaintext: str) -> tuple[str, str]:
        """Async twin of :meth:`encrypt_sensitive`."""
        await self._aensure_keys()
        return self._encrypt_value(plaintext)

    def decrypt_sensitive(self, ciphertext: str) -> str:
        """Decrypt a sensitive response field WeChat Pay encrypted with the merchant certificate."""
        if ciphertext == "":
            return ""
        return rsa_oaep_decrypt_b64(self._signer.private_key, ciphertext)

    # ------------------------------------------------------------------ operation metadata

    def _lookup_operations(self) -> OperationLookup | None:
        if not self._operations_loaded:
            try:
                module = importlib.import_module(METADATA_MODULE)
                self._operations = getattr(module, "get_operation", None)
            except ImportError:
                self._operations = None
            self._operations_loaded = True
        return self._operations

    def lookup_operation(self, operation_id: str) -> OperationInfo | None:
        """The metadata of ``operation_id`` (None if unknown or no metadata is installed)."""
        lookup = self._lookup_operations()
        return lookup(operation_id) if lookup is not None else None

    def _validation_enabled(self) -> bool:
        enabled = current_request_options().validate
        return self._validate_requests if enabled is None else enabled

    def _multipart_meta(self, request: httpx.Request, operation: OperationInfo | None) -> bytes | None:
        """For a ``multipart/form-data`` request: the ``meta`` part's bytes, which the signature covers.

        None for any other request. A multipart body whose first part is not a JSON ``meta`` part
        is a :class:`RequestValidationError` (always, validation switched off or not); with
        validation on, ``meta.sha256`` is checked against the ``file`` part and the media
        endpoints' type and size limits are applied (protocol.md 7). Runs before any key is used.
        """
        boundary = multipart_boundary(request.headers.get("Content-Type"))
        if boundary is None:
            return None
        operation_id = operation.operation_id if operation is not None else None
        if operation is not None and operation.sensitive_request_fields:
            # Field encryption works on JSON bodies only; never send such a field in plaintext.
            raise ConfigurationError(
                f"operation {operation_id!r} is multipart but lists sensitive request fields; "
                "this SDK cannot encrypt fields of a multipart body"
            )
        try:
            upload = parse_upload(request.content, boundary)
            if self._validation_enabled():
                check_upload(upload, path=request.url.raw_path.decode("ascii").split("?", 1)[0])
        except RequestValidationError as exc:
            exc.operation_id = operation_id
            raise
        return upload.meta

    def _validate(self, request: httpx.Request, operation: OperationInfo | None) -> Any:
        """Check path/query parameters and the JSON body against the spec (before any key use or I/O).

        Returns the parsed body when it was checked (reused for field encryption), else ``_UNPARSED``.
        """
        if operation is None or not self._validation_enabled():
            return _UNPARSED
        schemas = request_schemas()
        if operation.operation_id not in schemas:
            # Metadata from a custom lookup (tests, a newer spec): nothing to check against.
            return _UNPARSED
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        schemas.validate_parameters(operation.operation_id, raw_path, raw_query)
        document = schemas.validate_content(operation.operation_id, request.content)
        return _UNPARSED if document is None else document

    def _operation_for(self, request: httpx.Request) -> OperationInfo | None:
        operation_id = request.extensions.get(OPERATION_ID_EXTENSION)
        if operation_id is None:
            return None
        if not isinstance(operation_id, str):
            raise ConfigurationError(f"request extension {OPERATION_ID_EXTENSION!r} must be a string")
        lookup = self._lookup_operations()
        if lookup is None:
            raise ConfigurationError(
                f"the request names operation {operation_id!r} but the operation metadata ({METADATA_MODULE}) "
                "is not available; install the generated client together with wechatpay_auth"
            )
        operation = lookup(operation_id)
        if operation is None:
            raise ConfigurationError(
                f"unknown operation {operation_id!r}: the generated client and its metadata are out of sync "
                "(regenerate the client)"
            )
        pattern = self._path_patterns.get(operation_id)
        if pattern is None:
            pattern = self._path_patterns.setdefault(operation_id, _path_pattern(operation.path))
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        if request.method.upper() != operation.method.upper() or not pattern.fullmatch(raw_path):
            raise ConfigurationError(
                f"request {request.method} {request.url.path} does not match operation {operation_id!r} "
                f"({operation.method} {operation.path})"
            )
        return operation

    # ------------------------------------------------------------------ the flow steps (no I/O)

    def _prepare(
        self,
        request: httpx.Request,
        operation: OperationInfo | None,
        document: Any = _UNPARSED,
        *,
        signed_body: bytes | None = None,
    ) -> httpx.Request:
        """Encrypt sensitive fields, set ``Wechatpay-Serial``, sign.

        ``signed_body``: what the signature covers when it is not the body (an upload's ``meta``).
        """
        serial_values = request.headers.get_list(HEADER_SERIAL)
        if len(serial_values) > 1:
            raise RequestValidationError(
                f"header {HEADER_SERIAL} is given {len(serial_values)} times", path=HEADER_SERIAL
            )
        caller_serial = serial_values[0].strip() if serial_values and serial_values[0].strip() else None
        now = self._clock()
        outgoing = request
        if signed_body is None and operation is not None and operation.sensitive_request_fields:
            key_id, public_key = self._encryption_key()
            new_body = encrypt_json_fields(
                request.content, operation.sensitive_request_fields, public_key=public_key, document=document
            )
            if new_body is not None:
                _check_caller_serial(caller_serial, key_id, "sensitive fields")
                headers = request.headers.copy()
                headers[HEADER_CONTENT_LENGTH] = str(len(new_body))
                headers[HEADER_SERIAL] = key_id
                caller_serial = key_id
                outgoing = _rebuilt(request, headers=headers, content=new_body)
        sensitive_query: tuple[str, ...] = getattr(operation, "sensitive_query_parameters", ())
        if signed_body is None and sensitive_query:
            outgoing, caller_serial = self._encrypt_query(outgoing, sensitive_query, caller_serial)
        if caller_serial is None:
            default = self._keys.encryption_key(now=now)
            if default is not None:
                outgoing.headers[HEADER_SERIAL] = default[0]
        timestamp = int(now)
        nonce = self._nonce_factory()
        sign_request(outgoing, self._signer, timestamp=timestamp, nonce=nonce, body=signed_body)
        if logger.isEnabledFor(logging.DEBUG):
            body = outgoing.content if signed_body is None else signed_body
            logger.debug(
                "request %s %s string-to-sign: %s",
                outgoing.method,
                outgoing.url.path,
                redacted_message([outgoing.method, outgoing.url.raw_path, str(timestamp), nonce], body),
            )
        return outgoing

    def _encrypt_query(
        self, request: httpx.Request, names: tuple[str, ...], caller_serial: str | None
    ) -> tuple[httpx.Request, str | None]:
        """Encrypt the named query parameters (plaintext from the caller) before the URL is signed."""
        params = request.url.params
        present = [name for name in names if params.get(name)]
        if not present:
            return request, caller_serial
        key_id, public_key = self._encryption_key()
        _check_caller_serial(caller_serial, key_id, "sensitive query parameters")
        items: list[tuple[str, str]] = []
        for name, value in params.multi_items():
            if name in present:
                plaintext = sensitive_plaintext(value, f"{name} (query parameter)", public_key)
                value = base64.b64encode(rsa_oaep_encrypt(public_key, plaintext)).decode("ascii")
            items.append((name, value))
        headers = request.headers.copy()
        headers[HEADER_SERIAL] = key_id
        return _rebuilt(request, url=request.url.copy_with(params=items), headers=headers), key_id

    def _route(self, request: httpx.Request, operation: OperationInfo | None) -> httpx.Request:
        """Send an operation that WeChat Pay serves from another origin (cross-border) there.

        Only requests addressed to WeChat Pay's own domains are moved: a client pointed at the
        sandbox or a proxy keeps its ``base_url``. The host is not part of the signature, so the
        request is signed the same way. The backup domain is no alternative for such an operation:
        failover to it is routed back to the operation's own origin (none other is documented).
        """
        server: str | None = getattr(operation, "server", None)
        if not server or request.url.host not in WECHATPAY_API_HOSTS:
            return request
        origin = self._origins.get(server)
        if origin is None:
            origin = self._origins.setdefault(server, httpx.URL(server))
        if request.url.host == origin.host and request.url.scheme == origin.scheme:
            return request
        url = request.url.copy_with(scheme=origin.scheme, host=origin.host, port=origin.port)
        headers = request.headers.copy()
        headers["Host"] = origin.netloc.decode("ascii")
        return _rebuilt(request, url=url, headers=headers)

    def _annotate(self, error: SignatureVerificationError, operation: OperationInfo | None) -> None:
        if operation is not None:
            error.operation_id = operation.operation_id
            error.reconcile_with = operation.reconcile_with

    def _inspect_response(
        self, request: httpx.Request, response: httpx.Response, operation: OperationInfo | None
    ) -> SignatureHeaders | None:
        """Raise APIError for non-2xx; for a signed 2xx return its checked headers (key not yet chosen)."""
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s %s -> %d Request-ID=%s",
                request.method,
                request.url.path,
                status,
                response.headers.get(HEADER_REQUEST_ID),
            )
        if not 200 <= status < 300:
            raise api_error_from_response(
                status, response.headers, response.content, operation_id=operation.operation_id if operation else None
            )
        if operation is not None and not operation.signed_response:
            return None
        try:
            return parse_signature_headers(response.headers, now=int(self._clock()), status_code=status)
        except SignatureVerificationError as exc:
            self._annotate(exc, operation)
            raise

    def _refresh_failed(
        self, parsed: SignatureHeaders, status: int, operation: OperationInfo | None, exc: WeChatPayError
    ) -> SignatureVerificationError:
        error = SignatureVerificationError(
            f"signature verification failed: unknown serial {parsed.serial!r}, and downloading platform "
            f"certificates failed ({type(exc).__name__}: {exc})",
            reason="unknown_serial",
            request_id=parsed.request_id,
            status_code=status,
            serial=parsed.serial,
        )
        self._annotate(error, operation)
        return error

    def _finish(
        self,
        parsed: SignatureHeaders,
        response: httpx.Response,
        key: RSAPublicKey | None,
        operation: OperationInfo | None,
    ) -> None:
        try:
            verify_parsed(parsed, response.content, key, status_code=response.status_code)
        except SignatureVerificationError as exc:
            self._annotate(exc, operation)
            raise

    def _decrypt_answer(self, response: httpx.Response, operation: OperationInfo | None) -> None:
        """Decrypt the sensitive fields of a VERIFIED answer in place (the model then holds plaintext).

        Runs only after the signature check, on the bytes that were verified. A failure raises
        :class:`DecryptionError` naming the field; for an unsafe operation the call was executed,
        so the error names the query to reconcile with.
        """
        paths: tuple[tuple[str, ...], ...] = getattr(operation, "sensitive_response_fields", ())
        if not paths or not 200 <= response.status_code < 300:
            return
        try:
            new_body = decrypt_json_fields(response.content, paths, decrypt=self.decrypt_sensitive)
        except DecryptionError as exc:
            reconcile = getattr(operation, "reconcile_with", None)
            hint = f"; the call was executed: reconcile with {reconcile}" if reconcile else ""
            raise DecryptionError(f"{exc}{hint}") from None
        if new_body is not None:
            # The generated parser reads response.content / .json(); give it the decrypted bytes.
            response._content = new_body  # httpx keeps the read body here

    def _unsigned_success(
        self, request: httpx.Request, response: httpx.Response, operation: OperationInfo | None
    ) -> bool:
        """True for a 2xx answer to an operation whose metadata says ``signed_response=False``.

        Only a request that names such an operation AND whose method and path matched it
        (``_operation_for``) gets here; a raw request cannot opt out of verification (P5).
        The body is not read, so that a download can be streamed; its integrity must come from
        elsewhere (a bill: the signed apply answer's hash, see ``download_bill``).
        """
        if operation is None or operation.signed_response or not 200 <= response.status_code < 300:
            return False
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s %s -> %d Request-ID=%s (unsigned download of %s, not verified here)",
                request.method,
                request.url.path,
                response.status_code,
                response.headers.get(HEADER_REQUEST_ID),
                operation.operation_id,
            )
        return True

    # ------------------------------------------------------------------ reading an answer (bounded)

    def _response_limit(self) -> int:
        limit = current_request_options().max_response_bytes
        return self._max_response_bytes if limit is None else limit

    def _too_large(
        self,
        request: httpx.Request,
        response: httpx.Response,
        operation: OperationInfo | None,
        limit: int,
        declared: int | None,
    ) -> ResponseTooLargeError:
        status = response.status_code
        target = operation.operation_id if operation is not None else f"{request.method} {request.url.path}"
        length = f" (Content-Length {declared})" if declared is not None else ""
        # WeChat Pay may have executed an unsafe call that got a 2xx, 429 or 5xx: name the query.
        executed = 200 <= status < 300 or status == 429 or status >= 500
        executed = executed and getattr(operation, "retry", None) != RETRY_SAFE
        return ResponseTooLargeError(
            f"the answer to {target} (HTTP {status}) is larger than max_response_bytes={limit} bytes{length}; "
            "it was not read further and nothing in it was parsed or verified",
            limit=limit,
            status_code=status,
            request_id=response.headers.get(HEADER_REQUEST_ID),
            declared=declared,
            operation_id=operation.operation_id if operation is not None else None,
            reconcile_with=operation.reconcile_with if operation is not None and executed else None,
        )

    def _declared_length(
        self, request: httpx.Request, response: httpx.Response, operation: OperationInfo | None, limit: int
    ) -> None:
        """Refuse an answer whose ``Content-Length`` is above the limit before reading a byte of it."""
        values = response.headers.get_list(HEADER_CONTENT_LENGTH)
        if len(values) == 1 and values[0].strip().isdigit() and values[0].strip().isascii():
            declared = int(values[0].strip())
            if declared > limit:
                raise self._too_large(request, response, operation, limit, declared)

    @staticmethod
    def _deadline_check(request: httpx.Request) -> None:
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        if isinstance(deadline, Deadline) and deadline.expired():
            raise httpx.ReadTimeout(f"{deadline.describe()} passed while the answer was being read", request=request)

    def _read_bounded(self, request: httpx.Request, response: httpx.Response, operation: OperationInfo | None) -> None:
        """``response.read()`` with the size cap and the call's deadline (checked per chunk)."""
        limit = self._response_limit()
        self._declared_length(request, response, operation, limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise self._too_large(request, response, operation, limit, None)
            chunks.append(chunk)
            self._deadline_check(request)
        response._content = b"".join(chunks)  # what response.read() would have kept

    async def _aread_bounded(
        self, request: httpx.Request, response: httpx.Response, operation: OperationInfo | None
    ) -> None:
        """Async twin of :meth:`_read_bounded`."""
        limit = self._response_limit()
        self._declared_length(request, response, operation, limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise self._too_large(request, response, operation, limit, None)
            chunks.append(chunk)
            self._deadline_check(request)
        response._content = b"".join(chunks)

    @staticmethod
    def _refuse_redirect(request: httpx.Request, response: httpx.Response) -> None:
        """An answer that came through a redirect (an own httpx client with ``follow_redirects``)."""
        if response.history:
            raise ConfigurationError(
                f"the answer to {request.method} {request.url.path} came through a redirect "
                f"(HTTP {response.history[0].status_code}): signed calls never follow redirects, since every hop "
                "would carry the first request's signature; use an httpx client with follow_redirects=False "
                "(the default) and handle the 3xx answer (an APIError) yourself"
            )

    def _log_failure(self, request: httpx.Request, exc: BaseException) -> None:
        if isinstance(exc, SignatureVerificationError):
            logger.warning("%s %s: %s", request.method, request.url.path, exc)

    # ------------------------------------------------------------------ httpx entry points

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("WeChatPayAuth must be used through httpx.Client or httpx.AsyncClient")
        yield request  # pragma: no cover - makes this a generator

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        operation = self._operation_for(request)
        signed_body = self._multipart_meta(request, operation)
        document = self._validate(request, operation) if signed_body is None else _UNPARSED
        self._ensure_keys()
        outgoing = self._prepare(self._route(request, operation), operation, document, signed_body=signed_body)
        response = yield outgoing
        if response.history:
            response.close()
            self._refuse_redirect(outgoing, response)
        if self._unsigned_success(outgoing, response, operation):
            return  # an unsigned file download: its body is left for the caller to stream
        try:
            self._read_bounded(outgoing, response, operation)
            parsed = self._inspect_response(outgoing, response, operation)
            if parsed is not None:
                try:
                    key = self.resolve_key(parsed.serial)
                except WeChatPayError as exc:
                    raise self._refresh_failed(parsed, response.status_code, operation, exc) from exc
                self._finish(parsed, response, key, operation)
                self._decrypt_answer(response, operation)
        except BaseException as exc:
            self._log_failure(outgoing, exc)
            response.close()
            raise

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        operation = self._operation_for(request)
        signed_body = self._multipart_meta(request, operation)
        document = self._validate(request, operation) if signed_body is None else _UNPARSED
        await self._aensure_keys()
        outgoing = self._prepare(self._route(request, operation), operation, document, signed_body=signed_body)
        response = yield outgoing
        if response.history:
            await response.aclose()
            self._refuse_redirect(outgoing, response)
        if self._unsigned_success(outgoing, response, operation):
            return  # an unsigned file download: its body is left for the caller to stream
        try:
            await self._aread_bounded(outgoing, response, operation)
            parsed = self._inspect_response(outgoing, response, operation)
            if parsed is not None:
                try:
                    key = await self.aresolve_key(parsed.serial)
                except WeChatPayError as exc:
                    raise self._refresh_failed(parsed, response.status_code, operation, exc) from exc
                self._finish(parsed, response, key, operation)
                self._decrypt_answer(response, operation)
        except BaseException as exc:
            self._log_failure(outgoing, exc)
            await response.aclose()
            raise
