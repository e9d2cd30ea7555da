"""Exception hierarchy of the SDK.

Every exception raised on purpose by this package derives from :class:`WeChatPayError`.
No exception text ever contains a key, a signature, the APIv3 key or the plaintext of a
sensitive field: messages name fields and JSON paths, never values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._constants import HEADER_REQUEST_ID

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BillIntegrityError",
    "CertificateDownloadError",
    "ConfigurationError",
    "DecryptionError",
    "InternalServerError",
    "NotFoundError",
    "NotificationStoreError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SignatureVerificationError",
    "WeChatPayError",
    "api_error_from_response",
]


class WeChatPayError(Exception):
    """Root of every error raised by the WeChat Pay SDK."""


class ConfigurationError(WeChatPayError):
    """The SDK was configured wrongly (keys, serials, mode). The message says what to fix."""


class RequestValidationError(WeChatPayError):
    """A request cannot be sent as built; nothing was signed or sent.

    ``path`` names the offending JSON path (``$.real_identity.real_name``) or header;
    ``operation_id`` the operation whose request schema was violated, when known. The message
    names the path and the rule, never the value.
    """

    def __init__(self, message: str, *, path: str, operation_id: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.operation_id = operation_id


class SignatureVerificationError(WeChatPayError):
    """A response (or callback) failed signature verification.

    For a 2xx API response this means the outcome of the call is UNKNOWN: the server may have
    executed it. Do not resend a non-idempotent call blindly; reconcile with the matching query
    operation (``reconcile_with``, when known).

    ``reason`` is a stable machine-readable word: ``missing_header``, ``duplicate_header``,
    ``invalid_timestamp``, ``timestamp_out_of_range``, ``unsupported_signature_type``,
    ``unknown_serial``, ``probe_signature``, ``bad_signature``.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        request_id: str | None = None,
        status_code: int | None = None,
        serial: str | None = None,
        operation_id: str | None = None,
        reconcile_with: str | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.request_id = request_id
        self.status_code = status_code
        self.serial = serial
        self.operation_id = operation_id
        self.reconcile_with = reconcile_with

    def __str__(self) -> str:
        text = super().__str__()
        if self.status_code is not None:
            text += f" (HTTP {self.status_code})"
        if self.request_id:
            text += f" [Request-ID: {self.request_id}]"
        if self.reconcile_with:
            text += f"; the call may have been executed: reconcile with {self.reconcile_with}"
        return text


class BillIntegrityError(WeChatPayError):
    """A downloaded bill does not match the hash of the signed apply answer (protocol.md 2.6).

    The download itself is unsigned; its only integrity check is ``hash_value`` from the signed
    ``apply_*_bill`` answer. Discard whatever was received (also what was already written to a
    ``target``) and apply for the bill again: the ``download_url`` is valid for 30 s only.

    ``reason`` is one of ``hash_mismatch``, ``unsupported_hash_type``, ``malformed_gzip``,
    ``too_large``. ``expected`` / ``actual`` are lowercase hex digests (``actual`` is None when
    no digest could be computed). No token or bill content appears in the message.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        hash_type: str | None = None,
        expected: str | None = None,
        actual: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.hash_type = hash_type
        self.expected = expected
        self.actual = actual
        self.request_id = request_id

    def __str__(self) -> str:
        text = super().__str__()
        if self.request_id:
            text += f" [Request-ID: {self.request_id}]"
        return text


class NotificationStoreError(WeChatPayError):
    """The notification store (the record of claimed and handled callback ids) failed.

    Raised for a store that cannot be reached or answers with an error (Redis or database down,
    timeout, refused connection). :meth:`NotificationParser.handle` answers such a callback 503
    ``{"code":"FAIL","message":"notification store unavailable"}`` so WeChat Pay retries it, and
    marks nothing. ``operation`` is the store call that failed (``is_processed``, ``claim``,
    ``release``, ``mark_processed``), ``notification_id`` the id it was for, ``store`` the store's
    class name. The message names the underlying exception type only; the exception itself is
    ``__cause__`` (connection strings and server messages stay out of the text).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        notification_id: str | None = None,
        store: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.notification_id = notification_id
        self.store = store

    @classmethod
    def wrap(
        cls, error: BaseException, *, operation: str, notification_id: str | None, store: object
    ) -> NotificationStoreError:
        """The error for ``error`` raised by ``store`` during ``operation`` (chain it with ``from``)."""
        if isinstance(error, NotificationStoreError):
            return error
        name = store if isinstance(store, str) else type(store).__name__
        target = f" for notification {notification_id}" if notification_id else ""
        return cls(
            f"notification store {name} failed: {operation}{target} raised {type(error).__name__}",
            operation=operation,
            notification_id=notification_id,
            store=name,
        )


class DecryptionError(WeChatPayError):
    """AES-256-GCM or RSA-OAEP decryption failed (wrong key, tampered data, bad encoding)."""


def _printable(text: str) -> str:
    """``text`` with every non-printable character (newline, escape, ...) replaced by ``?``."""
    return "".join(c if c.isprintable() else "?" for c in text)


def _outcome_hint(reconcile_with: str | None) -> str:
    if reconcile_with:
        return f"; the outcome is unknown: reconcile with {reconcile_with} before resending"
    return "; the outcome is unknown: check before resending"


class APIConnectionError(WeChatPayError):
    """The request could not be completed on the network; the httpx error is ``__cause__``.

    ``operation_id`` names the operation (None for raw calls), ``attempts`` how many requests were
    made (retries and failover included). ``outcome_unknown`` is False only when the last attempt
    failed before anything was sent (connection refused, connect timeout); otherwise WeChat Pay may
    have executed the call, and ``reconcile_with`` names the query that tells (from the spec's
    ``x-wechatpay-reconcile-with``; None when the spec names none).
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        attempts: int = 1,
        outcome_unknown: bool = True,
        reconcile_with: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.attempts = attempts
        self.outcome_unknown = outcome_unknown
        self.reconcile_with = reconcile_with


class APITimeoutError(APIConnectionError):
    """The request timed out; the httpx timeout error is ``__cause__``.

    Carries ``operation_id`` and ``attempts`` like :class:`APIConnectionError`.
    """


class APIError(WeChatPayError):
    """WeChat Pay answered with a non-2xx status.

    ``code``, ``message`` and ``detail`` come from the error body ``{code, message, detail}``,
    parsed leniently (all three may be ``None``). Error bodies are NOT signed by WeChat Pay, so
    they are unauthenticated: do not base security decisions on them. ``request_id`` is the
    ``Request-ID`` header, which WeChat Pay support asks for.
    """

    status_code: int

    def __init__(
        self,
        *,
        status_code: int,
        code: str | None,
        message: str | None,
        detail: Any,
        request_id: str | None,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        operation_id: str | None = None,
        attempts: int = 1,
        reconcile_with: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.detail = detail
        self.request_id = request_id
        self.body = body
        self.headers: Mapping[str, str] = dict(headers or {})
        self.operation_id = operation_id
        #: How many requests were made for this call (set by the retrying client).
        self.attempts = attempts
        #: For a 5xx on an operation that must not be resent blindly: the query that tells
        #: whether WeChat Pay executed it (spec ``x-wechatpay-reconcile-with``).
        self.reconcile_with = reconcile_with
        super().__init__(self._summary())

    @property
    def retryable(self) -> bool:
        """True for 429 and 5xx, which the docs allow to resend with the same parameters."""
        return self.status_code == 429 or self.status_code >= 500

    @property
    def outcome_unknown(self) -> bool:
        """True when WeChat Pay may have executed the call: a 5xx, or a 429 of an unsafe operation
        (its ``reconcile_with`` is set: query before resending)."""
        return self.status_code >= 500 or (self.status_code == 429 and self.reconcile_with is not None)

    def _summary(self) -> str:
        # code and message come from an unauthenticated error body: control characters are
        # replaced so that logging str(error) cannot forge log lines.
        text = f"HTTP {self.status_code}"
        if self.code:
            text += f" {_printable(self.code[:64])}"
        if self.message:
            message = self.message if len(self.message) <= 200 else self.message[:200] + "..."
            text += f": {_printable(message)}"
        text += f" [Request-ID: {self.request_id or 'none'}]"
        if self.operation_id:
            text += f" ({self.operation_id}"
            text += f", {self.attempts} attempts)" if self.attempts > 1 else ")"
        if self.reconcile_with:
            text += _outcome_hint(self.reconcile_with)
        return text

    def __str__(self) -> str:
        return self._summary()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"request_id={self.request_id!r}, operation_id={self.operation_id!r}, attempts={self.attempts!r})"
        )


class BadRequestError(APIError):
    """HTTP 400: bad protocol or parameters (``PARAM_ERROR``, ``INVALID_REQUEST``)."""


class AuthenticationError(APIError):
    """HTTP 401: WeChat Pay rejected our signature (``SIGN_ERROR``): check key, serial, clock."""


class PermissionDeniedError(APIError):
    """HTTP 403: no permission (``NO_AUTH``)."""


class NotFoundError(APIError):
    """HTTP 404: resource not found (``ORDER_NOT_EXIST``, ``RESOURCE_NOT_EXISTS``)."""


class RateLimitError(APIError):
    """HTTP 429: rate limited; retry more slowly (for refunds, query first)."""


class InternalServerError(APIError):
    """HTTP 5xx: system error or overload; may be retried with the same parameters."""


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def _error_class(status_code: int) -> type[APIError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIError)


def api_error_from_response(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    operation_id: str | None = None,
) -> APIError:
    """Build the :class:`APIError` subclass for a non-2xx response.

    The body ``{code, message, detail}`` is parsed leniently: a non-JSON body, a JSON value that
    is not an object, a body nested deeper than :data:`MAX_JSON_DEPTH` levels, or fields of the
    wrong type still give an APIError (with ``None`` fields; the raw bytes stay in ``body``).
    """
    code: str | None = None
    message: str | None = None
    detail: Any = None
    parsed = _parse_json_body(body)
    if isinstance(parsed, dict):
        raw_code = parsed.get("code")
        raw_message = parsed.get("message")
        code = raw_code if isinstance(raw_code, str) else None
        message = raw_message if isinstance(raw_message, str) else None
        detail = parsed.get("detail")
    request_id = _header(headers, HEADER_REQUEST_ID)
    return _error_class(status_code)(
        status_code=status_code,
        code=code,
        message=message,
        detail=detail,
        request_id=request_id,
        body=body,
        headers=headers,
        operation_id=operation_id,
    )


#: Deepest nesting accepted in an unauthenticated JSON body (error bodies, the certificate list).
#: Real ones are at most 4 levels deep; anything deeper is treated as unreadable, so that neither
#: the parser nor a later ``repr()`` of ``detail`` can hit the recursion limit.
MAX_JSON_DEPTH = 32


def _too_deep(value: Any, limit: int) -> bool:
    """True if ``value`` nests lists/objects more than ``limit`` levels (iterative, no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _parse_json_body(body: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``body`` as JSON, or None when it is empty, not UTF-8 JSON, or nested deeper than ``max_depth``.

    For bodies nobody has authenticated yet: never raises (``RecursionError`` from deeply nested
    input and ``ValueError`` from a huge integer included).
    """
    if not body:
        return None
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if isinstance(parsed, dict | list) and _too_deep(parsed, max_depth):
        return None
    return parsed


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, candidate in headers.items():
        if key.lower() == lowered:
            return candidate
    return None


class CertificateDownloadError(APIConnectionError):
    """Certificate mode: the platform certificates a request needed could not be downloaded, so
    the request was NOT sent (``outcome_unknown`` is False, ``reconcile_with`` None): sending the
    same call again later is safe.

    ``__cause__`` is what went wrong with ``GET /v3/certificates`` (the httpx error, an
    :class:`APIError`, a :class:`SignatureVerificationError`, a :class:`DecryptionError`).
    Callers share one download attempt: requests that waited for a failed attempt, or that come
    within its backoff (1 s after the first failure, doubling to at most 60 s), get this error
    without a new download (``shared`` True). ``retry_after``: seconds until the next download
    may be tried. ``reason``: ``network``, ``timeout``, ``http_status``, ``malformed``,
    ``verification``, ``decryption`` or ``other``; ``status_code`` and ``request_id`` are those of
    the certificate answer, when there was one. The retry layer does not retry it.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        status_code: int | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        shared: bool = False,
        operation_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(
            message, operation_id=operation_id, attempts=attempts, outcome_unknown=False, reconcile_with=None
        )
        self.reason = reason
        self.status_code = status_code
        self.request_id = request_id
        self.retry_after = retry_after
        self.shared = shared


class ResponseValidationError(WeChatPayError):
    """A 2xx answer could not be decoded into the operation's typed model.

    Raised by the generated operations (through ``wechatpay_auth._decode``) AFTER the transport
    accepted the answer: through :class:`WeChatPayAuth` (every ``create_client`` client) a signed
    answer's signature was verified first (``verified`` is True), so WeChatPay did answer with a
    success status and THE CALL WAS EXECUTED; only its answer is unreadable (garbled or empty JSON,
    ``null`` or an array instead of an object, a missing required field, a value of the wrong JSON
    type or an unparsable date, a non-UTF-8 body, too deep nesting, a number too long), or the
    success status is one the operation does not declare (a 201 or 202 where the spec says 200).
    Never resend an unsafe operation because of this error: look its outcome up with
    ``reconcile_with`` (the spec's ``x-wechatpay-reconcile-with``), set for unsafe operations.

    ``reason`` is one of ``undeclared_status``, ``not_utf8``, ``not_json``, ``too_deep``,
    ``not_an_object``, ``missing_field``, ``wrong_type``, ``invalid_value``. ``path`` is the JSON
    path that failed (``$.amount.refund``; attribute names of the typed model) when it is known.
    ``body`` holds the answer as received (for an operation whose answer carries fields encrypted
    for the merchant, with those fields already decrypted): it is never part of ``str()`` or
    ``repr()``; treat it like the typed model, and do not log it.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        operation_id: str | None,
        status_code: int,
        request_id: str | None,
        body: bytes,
        path: str | None = None,
        model: str | None = None,
        verified: bool = False,
        reconcile_with: str | None = None,
        unsafe: bool = False,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.operation_id = operation_id
        self.status_code = status_code
        self.request_id = request_id
        self.body = body
        self.path = path
        self.model = model
        self.verified = verified
        self.reconcile_with = reconcile_with
        #: True when the operation must not be resent blindly (``x-wechatpay-retry: unsafe``).
        self.unsafe = unsafe

    def __str__(self) -> str:
        text = super().__str__()
        text += f" (HTTP {self.status_code}, {len(self.body)} bytes) [Request-ID: {self.request_id or 'none'}]"
        if self.reconcile_with:
            text += f"; the call was executed: reconcile with {self.reconcile_with} before resending"
        elif self.unsafe:
            text += "; the call was executed: check its outcome before resending"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(reason={self.reason!r}, operation_id={self.operation_id!r}, "
            f"status_code={self.status_code!r}, path={self.path!r}, request_id={self.request_id!r})"
        )


class ResponseTooLargeError(WeChatPayError):
    """An answer's body is larger than ``max_response_bytes`` (a ``create_client`` option, or
    ``request_options(max_response_bytes=...)``): reading stopped at the limit (or before the
    first byte, when ``Content-Length`` already said so), nothing was parsed or verified.

    ``limit`` is the cap in bytes, ``status_code`` and ``request_id`` those of the answer,
    ``declared`` its ``Content-Length`` when it sent one. For a 2xx, 429 or 5xx answer to an
    operation that must not be resent blindly, WeChat Pay may have executed the call:
    ``reconcile_with`` names the query that tells. Not retried. Streamed downloads
    (``download_bill``) are not subject to this cap. The platform-certificate download has its
    own fixed cap, ``CERTIFICATES_MAX_BYTES`` (1 MiB).
    """

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        status_code: int,
        request_id: str | None = None,
        declared: int | None = None,
        operation_id: str | None = None,
        reconcile_with: str | None = None,
    ) -> None:
        super().__init__(message)
        self.limit = limit
        self.status_code = status_code
        self.request_id = request_id
        self.declared = declared
        self.operation_id = operation_id
        self.reconcile_with = reconcile_with

    def __str__(self) -> str:
        text = super().__str__()
        text += f" [Request-ID: {self.request_id or 'none'}]"
        if self.reconcile_with:
            text += f"; the call may have been executed: reconcile with {self.reconcile_with} before resending"
        return text
