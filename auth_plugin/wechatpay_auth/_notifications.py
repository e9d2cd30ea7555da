"""Callback notifications: verify, decrypt, type, de-duplicate and answer (protocol.md section 4).

The split follows stripe-python's ``_webhook.py``: :meth:`NotificationParser.verify` checks the
``Wechatpay-*`` headers against the raw body; only then is the verified body turned into a typed
:class:`NotificationEvent`. :meth:`NotificationParser.parse` does both::

    parser = NotificationParser(apiv3_key=..., wechatpay_public_key_id="PUB_KEY_ID_...",
                                wechatpay_public_key="pub_key.pem")
    event = parser.parse(request_headers, raw_body_bytes)

Order of checks (each failure raises a :class:`NotificationError`, never KeyError/TypeError):

1. the four signature headers exist exactly once, ``Wechatpay-Signature-Type`` (if sent) is
   ``WECHATPAY2-SHA256-RSA2048``, the timestamp is digits within 300 s of ``clock()``
   (300 passes, 301 fails, both directions; ``tolerance=`` widens it explicitly, for replaying
   recorded callbacks in tests); no key lookup and no download before this;
2. the key is chosen by exact ``Wechatpay-Serial`` (public key ID or platform certificate serial;
   an unknown hex serial downloads certificates at most once a minute, in certificate mode only);
3. RSA-SHA256 over ``TS\\nNONCE\\nBODY\\n`` with the raw bytes (the probe ``WECHATPAY/SIGNTEST/``
   fails here like any bad signature);
4. only now is the body read as JSON, the envelope checked, ``resource`` decrypted with the
   APIv3 key (AES-256-GCM, ``associated_data`` absent = ``""``) and the plaintext parsed into the
   typed model of its ``event_type``.

Nothing decrypted is ever logged, put into an exception or shown in a repr.
"""

from __future__ import annotations

import asyncio
import binascii
import copy
import datetime as _dt
import functools
import inspect
import json
import logging
import re
import threading
import time
import traceback
import typing
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar, runtime_checkable

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ._auth import WeChatPayAuth
from ._cipher import aes_256_gcm_decrypt
from ._constants import (
    AEAD_AES_256_GCM,
    DEFAULT_BASE_URL,
    DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    DEFAULT_TIMEOUT_SECONDS,
    GCM_TAG_LENGTH,
    HEADER_NONCE,
    HEADER_REQUEST_ID,
    HEADER_SERIAL,
    HEADER_SIGNATURE,
    HEADER_SIGNATURE_TYPE,
    HEADER_TIMESTAMP,
    LOGGER_NAME,
    MAX_CLOCK_SKEW_SECONDS,
    REQUIRED_SIGNATURE_HEADERS,
    SIGNATURE_TYPE_RSA,
)
from ._decode import model_mismatch
from ._errors import (
    ConfigurationError,
    DecryptionError,
    NotificationStoreError,
    SignatureVerificationError,
    WeChatPayError,
)
from ._keys import (
    AsyncCertificateManager,
    CertificateManager,
    PemSource,
    PlatformKeys,
    WeChatPayPublicKey,
    load_public_key,
    validate_apiv3_key,
    validate_public_key_id,
)
from ._sensitive import decrypt_fields_in
from ._signing import SignatureHeaders, parse_signature_headers, verify_parsed

if TYPE_CHECKING:
    from wechatpay_client.models import (  # type: ignore[import-not-found,unused-ignore]
        InsuranceEntrustNotificationResource,
        InsuranceTransactionNotificationResource,
    )

__all__ = [
    "DEFAULT_CLAIM_TTL",
    "DEFAULT_DUPLICATE_TTL",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_TOLERANCE",
    "ENTRUST_EVENT_TYPES",
    "INSURANCE_ENTRUST_EVENT_TYPES",
    "MAX_TOLERANCE",
    "REFUND_EVENT_TYPES",
    "TRANSACTION_EVENT_TYPES",
    "AsyncNotificationStore",
    "ClaimingNotificationStore",
    "InMemoryNotificationStore",
    "InvalidNotificationError",
    "NotificationDecryptionError",
    "NotificationError",
    "NotificationEvent",
    "NotificationHandler",
    "NotificationParser",
    "NotificationReply",
    "NotificationSignatureError",
    "NotificationStore",
    "NotificationStoreError",
    "ResourceModel",
    "ResourceTypeError",
]

logger = logging.getLogger(LOGGER_NAME)
#: Attribute set on the log record of a rejected notification (``wechatpay notification parse``
#: prints the error itself and filters that record out).
REJECTION_LOG_TAG: typing.Final = "wechatpay_notification_rejected"

T = TypeVar("T")

#: WeChat Pay resends a notification that was not answered 2xx at 15s/15s/30s/3m/10m/20m/30m/30m/
#: 30m/60m/3h/3h/3h/6h/6h, 24 h 4 min in all (the 支付结果通知 pages, e.g.
#: pay.weixin.qq.com/docs/merchant/apis/jsapi-payment/payment-notice.html); remember processed ids
#: a little longer than that.
DEFAULT_DUPLICATE_TTL: typing.Final = 25 * 3600.0
#: A claim on a notification id (a handler running) lapses after this many seconds if the handler
#: never returns, so a hung worker does not block the id for the whole ``ttl``.
DEFAULT_CLAIM_TTL: typing.Final = 600.0
#: Upper bound on the body the framework adapters read (real notifications are a few KiB).
DEFAULT_MAX_BODY_SIZE: typing.Final = 1024 * 1024
#: How far (seconds, either direction) ``Wechatpay-Timestamp`` may be from now: WeChat Pay's 5 minutes.
DEFAULT_TOLERANCE: typing.Final = MAX_CLOCK_SKEW_SECONDS
#: The widest ``tolerance=`` a parser accepts (366 days), for replaying recorded callbacks in tests.
#: Older recordings are verified with ``clock=`` set to when they were recorded.
MAX_TOLERANCE: typing.Final = 366 * 24 * 3600

INSURANCE_ENTRUST_EVENT_TYPES: typing.Final = (
    "INSURANCE_ENTRUST.SIGN",
    "INSURANCE_ENTRUST.TERMINATE",
    "INSURANCE_ENTRUST.RENEW",
)
TRANSACTION_EVENT_TYPES: typing.Final = ("TRANSACTION.SUCCESS", "TRANSACTION.FAIL")
REFUND_EVENT_TYPES: typing.Final = ("REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED")
ENTRUST_EVENT_TYPES: typing.Final = ("ENTRUST.SIGN", "ENTRUST.TERMINATE")

_MODELS_MODULE = "wechatpay_client.models"
_METADATA_MODULE = "wechatpay_client._metadata"
# Compact form seen in old samples ("20180225112233"), read as Beijing time.
_COMPACT_TIME_FORMAT = "%Y%m%d%H%M%S"
_BEIJING = _dt.timezone(_dt.timedelta(hours=8), "Asia/Shanghai")
_REPLY_MESSAGE_LIMIT = 64


# --------------------------------------------------------------------------- errors


class NotificationError(WeChatPayError):
    """Root of every error :class:`NotificationParser` raises for a notification it rejects.

    ``except NotificationError`` catches all of them: malformed input
    (:class:`InvalidNotificationError`), signature failures (:class:`NotificationSignatureError`,
    which is also a :class:`SignatureVerificationError`) and decryption failures
    (:class:`NotificationDecryptionError`, also a :class:`DecryptionError`).
    :meth:`NotificationReply.for_error` turns any of them into the reply WeChat Pay expects.

    ``reason`` is a stable machine-readable word; ``request_id`` is the ``Request-ID`` header and
    ``notification_id`` the envelope ``id`` once known. Messages never contain keys, signatures or
    decrypted data.
    """

    reason: str
    request_id: str | None
    notification_id: str | None

    def __init__(
        self,
        message: str,
        *,
        reason: str = "invalid_notification",
        request_id: str | None = None,
        notification_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.request_id = request_id
        self.notification_id = notification_id

    def __str__(self) -> str:
        text = super().__str__()
        if self.notification_id:
            text += f" [notification {self.notification_id}]"
        # SignatureVerificationError.__str__ adds the Request-ID itself.
        if self.request_id and not isinstance(self, SignatureVerificationError):
            text += f" [Request-ID: {self.request_id}]"
        return text


class InvalidNotificationError(NotificationError):
    """The notification is malformed: bad JSON, missing envelope fields, an unsupported
    ``resource.algorithm``, ciphertext that is not Base64, a plaintext that is not a JSON object,
    or a resource that does not fit the typed model of its ``event_type``.

    ``reason``: ``invalid_headers``, ``invalid_body``, ``invalid_json``, ``invalid_envelope``,
    ``unsupported_algorithm``, ``invalid_ciphertext``, ``invalid_resource``, ``resource_mismatch``,
    ``undecryptable_field`` (a field encrypted for the merchant that its private key cannot decrypt).
    """


class ResourceTypeError(InvalidNotificationError):
    """:meth:`NotificationEvent.resource_as` was asked for a model the resource is not.

    The notification itself verified and decrypted; the handler expected another event type's
    model (or a model for an event type the spec gives none). Raised from a handler it answers
    500, so WeChat Pay retries: fix the handler's dispatch.
    """


class NotificationSignatureError(SignatureVerificationError, NotificationError):
    """A notification failed signature verification (also a :class:`SignatureVerificationError`).

    ``reason`` as for :class:`SignatureVerificationError`: ``missing_header``, ``duplicate_header``,
    ``invalid_timestamp``, ``timestamp_out_of_range``, ``unsupported_signature_type``,
    ``unknown_serial``, ``probe_signature``, ``bad_signature``.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        request_id: str | None = None,
        serial: str | None = None,
    ) -> None:
        SignatureVerificationError.__init__(self, message, reason=reason, request_id=request_id, serial=serial)
        self.notification_id = None

    @classmethod
    def wrap(cls, error: SignatureVerificationError) -> NotificationSignatureError:
        if isinstance(error, NotificationSignatureError):
            return error
        message = str(error.args[0]) if error.args else "signature verification failed"
        return cls(message, reason=error.reason, request_id=error.request_id, serial=error.serial)


class NotificationDecryptionError(DecryptionError, NotificationError):
    """``resource`` could not be decrypted: the GCM tag did not match (wrong APIv3 key, or the
    nonce, associated_data or ciphertext were altered). Also a :class:`DecryptionError`."""


# --------------------------------------------------------------------------- replies


@dataclass(frozen=True, slots=True)
class NotificationReply:
    """What to answer WeChat Pay: ``status``, ``headers`` and ``body`` bytes.

    Success: HTTP 200 with ``{"code":"SUCCESS"}`` (or 204 with no body). Failure: 4xx/5xx with
    ``{"code":"FAIL","message":...}``; WeChat Pay then retries (15 s ... 6 h, for 24 h).
    """

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def ok(self) -> bool:
        """True for a success reply (2xx)."""
        return 200 <= self.status < 300

    @property
    def media_type(self) -> str | None:
        return self.headers.get("Content-Type")

    @classmethod
    def success(cls, *, status: int = 200) -> NotificationReply:
        """The success reply: 200 with ``{"code":"SUCCESS"}``, or 204 with an empty body."""
        if status == 204:
            return cls(204)
        if not 200 <= status < 300:
            raise ValueError("a success reply needs a 2xx status")
        return cls(status, b'{"code":"SUCCESS"}', {"Content-Type": "application/json"})

    @classmethod
    def failure(cls, message: str = "internal error", *, status: int = 500) -> NotificationReply:
        """A failure reply ``{"code":"FAIL","message":message}`` with a 4xx/5xx ``status``.

        ``message`` is cut to 64 characters. Pass a fixed text, never exception text or plaintext.
        """
        if not 400 <= status < 600:
            raise ValueError("a failure reply needs a 4xx or 5xx status")
        body = json.dumps(
            {"code": "FAIL", "message": message[:_REPLY_MESSAGE_LIMIT]}, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
        return cls(status, body, {"Content-Type": "application/json"})

    @classmethod
    def for_error(cls, error: BaseException) -> NotificationReply:
        """The failure reply for an exception raised while parsing or handling a notification.

        ====================================================  ======  ==============================
        exception                                             status  message
        ====================================================  ======  ==============================
        :class:`SignatureVerificationError` (probe included)  401     signature verification failed
        :class:`DecryptionError`                              400     decryption failed
        :class:`InvalidNotificationError`                     400     invalid notification
        :class:`NotificationStoreError` (store unreachable)   503     notification store unavailable
        anything else (handler errors, downloads)             500     internal error
        ====================================================  ======  ==============================

        Every one is a 4xx/5xx, so WeChat Pay retries. The message is fixed per row and never
        echoes the exception.
        """
        if isinstance(error, SignatureVerificationError):
            return cls.failure("signature verification failed", status=401)
        if isinstance(error, DecryptionError):
            return cls.failure("decryption failed", status=400)
        if isinstance(error, NotificationError):
            return cls.failure("invalid notification", status=400)
        if isinstance(error, NotificationStoreError):
            return cls.failure("notification store unavailable", status=503)
        return cls.failure("internal error", status=500)


# --------------------------------------------------------------------------- duplicate store


@runtime_checkable
class NotificationStore(Protocol):
    """Remembers the ids of notifications that were handled successfully.

    :meth:`NotificationParser.parse` asks :meth:`is_processed` to fill
    :attr:`NotificationEvent.is_duplicate`; call :meth:`mark_processed` (or
    :meth:`NotificationParser.mark_processed`) only AFTER the handler has succeeded, so a failed
    delivery is retried by WeChat Pay and handled again rather than skipped. Implementations
    must be thread-safe; to share it between processes use :class:`RedisNotificationStore` or
    :class:`SQLNotificationStore` (PostgreSQL, SQLite). A store that cannot do its job raises
    (ideally :class:`NotificationStoreError`; anything else is wrapped in one by the parser).

    A store that also has ``claim(id) -> bool`` and ``release(id)``
    (:class:`ClaimingNotificationStore`, as :class:`InMemoryNotificationStore` does) lets
    :meth:`NotificationParser.handle` run the handler once per id even when deliveries of one id
    arrive at the same time. Without them, concurrent deliveries may each run the handler.
    """

    def is_processed(self, notification_id: str) -> bool: ...

    def mark_processed(self, notification_id: str) -> None: ...


@runtime_checkable
class ClaimingNotificationStore(NotificationStore, Protocol):
    """A :class:`NotificationStore` that can claim an id atomically for one delivery.

    ``claim(id)`` returns True for exactly one caller while the id is neither processed nor
    claimed by another, checking both in one atomic step (Redis: a script doing ``EXISTS done``
    then ``SET claim NX PX``; a database: ``INSERT ... ON CONFLICT`` on a unique key);
    ``release(id)`` gives up this caller's own claim after a failed handler, so the id can be
    claimed again; :meth:`mark_processed` turns the claim into "processed". A claim must lapse by
    itself after a while (a worker that died while holding it).
    """

    def claim(self, notification_id: str) -> bool: ...

    def release(self, notification_id: str) -> None: ...


@runtime_checkable
class AsyncNotificationStore(Protocol):
    """The async twin of :class:`ClaimingNotificationStore`, used by :meth:`NotificationParser.aparse`
    and :meth:`NotificationParser.ahandle` so that a network store never blocks the event loop.

    Same semantics as the sync methods: ``aclaim`` is atomic, ``arelease`` gives up only this
    caller's claim, ``amark_processed`` records success. :class:`AsyncRedisNotificationStore` and
    :class:`AsyncSQLNotificationStore` implement it; :class:`InMemoryNotificationStore` has both
    sets. A sync-only store passed to a parser used with ``ahandle`` is called in a worker thread
    (``asyncio.to_thread``); an async-only store works with ``aparse``/``ahandle`` only.
    """

    async def ais_processed(self, notification_id: str) -> bool: ...

    async def amark_processed(self, notification_id: str) -> None: ...

    async def aclaim(self, notification_id: str) -> bool: ...

    async def arelease(self, notification_id: str) -> None: ...


class InMemoryNotificationStore:
    """Thread-safe in-process :class:`ClaimingNotificationStore` whose entries expire after ``ttl`` s.

    The default ``ttl`` (25 h) outlasts WeChat Pay's retry schedule (24 h 4 min). At most
    ``max_entries`` ids are kept (the oldest are dropped first). :meth:`claim` reserves an id for
    one delivery atomically (under the store's lock); the claim ends with :meth:`mark_processed`
    (success), :meth:`release` (failure) or, for a handler that never returns, after
    ``claim_ttl`` s (default 10 min). ``clock`` is injectable for tests. Per process only: with
    several workers, use a shared store.
    """

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_DUPLICATE_TTL,
        max_entries: int = 100_000,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        if claim_ttl <= 0:
            raise ValueError("claim_ttl must be positive")
        self.ttl = ttl
        self.max_entries = max_entries
        self.claim_ttl = claim_ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._expiry: OrderedDict[str, float] = OrderedDict()
        # Ids being handled right now -> when the claim lapses (insertion order = expiry order).
        self._claims: OrderedDict[str, float] = OrderedDict()

    def __repr__(self) -> str:
        return f"InMemoryNotificationStore(ttl={self.ttl!r}, entries={len(self)})"

    def __len__(self) -> int:
        with self._lock:
            self._purge(self._clock())
            return len(self._expiry)

    def _purge(self, now: float) -> None:
        # Entries are kept in order of expiry (constant ttl, re-marking moves to the end).
        while self._expiry:
            first_id, expires = next(iter(self._expiry.items()))
            if expires > now:
                break
            del self._expiry[first_id]
        while self._claims:
            first_id, lapses = next(iter(self._claims.items()))
            if lapses > now:
                break
            del self._claims[first_id]

    def is_processed(self, notification_id: str) -> bool:
        with self._lock:
            now = self._clock()
            self._purge(now)
            expires = self._expiry.get(notification_id)
            return expires is not None and expires > now

    def claim(self, notification_id: str) -> bool:
        """Reserve ``notification_id`` for this delivery: True for exactly one caller at a time.

        False if the id was already handled successfully (until it expires) or another delivery
        holds the claim (until it ends or lapses after ``claim_ttl``).
        """
        with self._lock:
            now = self._clock()
            self._purge(now)
            if notification_id in self._expiry or notification_id in self._claims:
                return False
            if len(self._claims) >= self.max_entries:
                return False  # that many handlers in flight: refuse (the reply makes WeChat Pay retry)
            self._claims[notification_id] = now + self.claim_ttl
            return True

    def release(self, notification_id: str) -> None:
        """End a claim without marking the id (the handler failed): it can be claimed again."""
        with self._lock:
            self._claims.pop(notification_id, None)

    def mark_processed(self, notification_id: str) -> None:
        with self._lock:
            now = self._clock()
            self._purge(now)
            self._claims.pop(notification_id, None)
            self._expiry.pop(notification_id, None)
            self._expiry[notification_id] = now + self.ttl
            while len(self._expiry) > self.max_entries:
                self._expiry.popitem(last=False)

    def forget(self, notification_id: str) -> None:
        """Drop one id (e.g. to force reprocessing of a notification that was handled wrongly)."""
        with self._lock:
            self._expiry.pop(notification_id, None)
            self._claims.pop(notification_id, None)

    def clear(self) -> None:
        with self._lock:
            self._expiry.clear()
            self._claims.clear()

    # The async twins: the work is a few dict operations under a lock, fine on the event loop.

    async def ais_processed(self, notification_id: str) -> bool:
        return self.is_processed(notification_id)

    async def aclaim(self, notification_id: str) -> bool:
        return self.claim(notification_id)

    async def arelease(self, notification_id: str) -> None:
        self.release(notification_id)

    async def amark_processed(self, notification_id: str) -> None:
        self.mark_processed(notification_id)


# --------------------------------------------------------------------------- the event


@dataclass(frozen=True, slots=True, repr=False)
class NotificationEvent:
    """A verified and decrypted notification.

    ``resource`` is the typed model of its event type: every event type a notification resource
    schema of the spec declares (``wechatpay_client._metadata.NOTIFICATION_RESOURCES``, e.g.
    ``InsuranceEntrustNotificationResource`` for ``INSURANCE_ENTRUST.*``, ``RefundNotificationResource``
    for ``REFUND.*``, ``TransferBillNotificationResource`` for ``MCHTRANSFER.BILL.FINISHED``), or what
    ``resource_models`` names; else the plain dict.
    ``raw_resource`` is the decrypted JSON object. ``create_time`` is an aware datetime when it
    parses (RFC 3339, or the old compact ``YYYYMMDDhhmmss`` form read as Beijing time), else the
    string as sent. ``is_duplicate`` is True when the store says this ``id`` was already handled
    successfully. ``envelope`` is the outer JSON as received (ciphertext, no plaintext).

    The repr shows no decrypted data.
    """

    id: str
    event_type: str
    create_time: _dt.datetime | str
    resource_type: str
    summary: str | None
    original_type: str | None
    resource: Any
    raw_resource: dict[str, Any]
    is_duplicate: bool
    serial: str
    timestamp: int
    request_id: str | None
    envelope: dict[str, Any]

    def __repr__(self) -> str:
        created = self.create_time.isoformat() if isinstance(self.create_time, _dt.datetime) else self.create_time
        return (
            f"NotificationEvent(id={self.id!r}, event_type={self.event_type!r}, create_time={created!r}, "
            f"resource={type(self.resource).__name__}, is_duplicate={self.is_duplicate!r})"
        )

    def resource_as(self, model: type[T]) -> T:
        """``resource`` as an instance of ``model``, typed for mypy: ``T`` in, ``T`` out.

        The typed accessor for a handler::

            if event.event_type in ("INSURANCE_ENTRUST.SIGN", "INSURANCE_ENTRUST.RENEW"):
                contract = event.resource_as(InsuranceEntrustNotificationResource)
                contract.contract_id  # str for mypy, and really a str: the parser checked every field

        The check is at run time too (``isinstance``), so the value is really a ``model`` whose
        fields have their declared types. Anything else raises :class:`ResourceTypeError` (a
        :class:`NotificationError`) naming the model(s) the spec declares for this event type
        (``wechatpay_client._metadata.NOTIFICATION_RESOURCES``). ``model`` must be a class;
        ``resource_as(dict)`` gives the decrypted object of an event type without a model.
        """
        if not isinstance(model, type):
            raise ConfigurationError(f"resource_as() needs a model class, got {type(model).__name__}")
        if isinstance(self.resource, model):
            return self.resource
        declared = _declared_model_names(self.event_type)
        expected = " or ".join(declared) if declared else "a dict (the spec declares no model for it)"
        raise ResourceTypeError(
            f"the {self.event_type} resource is {type(self.resource).__name__}, not {model.__name__}; "
            f"the spec declares {expected} for {self.event_type}",
            reason="resource_mismatch",
            request_id=self.request_id,
            notification_id=self.id,
        )


class ResourceModel(Protocol):
    """A model class with ``from_dict`` (every generated model has one)."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> Any: ...


#: ``handler(event)``; raise to make WeChat Pay retry. For :meth:`NotificationParser.ahandle`
#: the handler may also be ``async``.
NotificationHandler: TypeAlias = Callable[[NotificationEvent], object]
HeaderInput: TypeAlias = Mapping[Any, Any] | Iterable[tuple[Any, Any]]


# --------------------------------------------------------------------------- helpers


# Only these headers are read (lower-case). Every header is still checked for a readable name
# and value, but only these are kept, each under its lower-case name, in one pass.
_SIGNATURE_HEADER_NAMES: typing.Final = frozenset(
    name.lower() for name in (*REQUIRED_SIGNATURE_HEADERS, HEADER_SIGNATURE_TYPE, HEADER_REQUEST_ID)
)


class _Headers(Mapping[str, str]):
    """The signature headers (``Wechatpay-*``, ``Request-ID``) by lower-case name, duplicates kept.

    Built once per notification by :func:`_normalise_headers`; ``get_list`` (what
    ``parse_signature_headers`` calls) is one dict lookup instead of a scan of every header.
    """

    __slots__ = ("index",)

    def __init__(self, index: dict[str, list[str]]) -> None:
        self.index = index

    def get_list(self, name: str) -> list[str]:
        found = self.index.get(name.lower())
        return list(found) if found else []

    def __getitem__(self, name: str) -> str:
        found = self.index.get(name.lower())
        if not found:
            raise KeyError(name)
        return found[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


def _text(value: object, name: str | None) -> str:
    """A header name (``name`` None) or the value of header ``name`` as text."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("latin-1")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    what = "a header name" if name is None else f"header {name}"
    raise InvalidNotificationError(f"{what} has an unsupported type {type(value).__name__}", reason="invalid_headers")


# Header name as sent -> its lower-case form if it is a signature header, else "". Bounded, so
# that made-up names cannot grow it; past the bound names are simply lower-cased each time.
_header_keys: dict[str, str] = {}
_HEADER_KEYS_LIMIT: typing.Final = 512


def _header_key(name: str) -> str:
    key = name.lower()
    if key not in _SIGNATURE_HEADER_NAMES:
        key = ""
    if len(_header_keys) < _HEADER_KEYS_LIMIT:
        _header_keys[name] = key
    return key


def _add_header(index: dict[str, list[str]], name: object, values: object) -> None:
    """Check one header pair and keep it if it is a signature header (the general case)."""
    text_name = name if type(name) is str else _text(name, None)
    if isinstance(values, list | tuple):
        texts = [_text(value, text_name) for value in values]
    elif values is None:
        return
    else:
        texts = [_text(values, text_name)]
    key = text_name.lower()
    if texts and key in _SIGNATURE_HEADER_NAMES:
        index.setdefault(key, []).extend(texts)


def _normalise_headers(headers: object) -> _Headers:
    """Accept any mapping (dict, httpx/Starlette/Werkzeug/Django headers), multi-value mappings
    and iterables of ``(name, value)`` pairs (e.g. ASGI ``scope["headers"]``).

    Every pair is checked (a name or value that is not text, bytes or an int, or an item that is
    not a pair, is ``invalid_headers``); only the signature headers are kept.
    """
    if isinstance(headers, str | bytes | bytearray) or headers is None:
        raise InvalidNotificationError("headers must be a mapping or (name, value) pairs", reason="invalid_headers")
    index: dict[str, list[str]] = {}
    known = _header_keys.get
    try:
        if type(headers) is dict:
            # The usual case, a dict of text: one pass without the general checks.
            for name, value in headers.items():
                if type(name) is str and type(value) is str:
                    key = known(name)
                    if key is None:
                        key = _header_key(name)
                    if key:
                        found = index.get(key)
                        if found is None:
                            index[key] = [value]
                        else:
                            found.append(value)
                else:
                    _add_header(index, name, value)
            return _Headers(index)
        items: Iterable[Any]
        multi_items = getattr(headers, "multi_items", None)
        if callable(multi_items):
            items = multi_items()  # httpx.Headers: items() would merge duplicates
        elif isinstance(headers, Mapping):
            items = headers.items()
        elif isinstance(headers, Iterable):
            items = headers
        else:
            raise InvalidNotificationError("headers must be a mapping or (name, value) pairs", reason="invalid_headers")
        for item in items:
            if not isinstance(item, tuple | list) or len(item) != 2:
                raise InvalidNotificationError("headers must be (name, value) pairs", reason="invalid_headers")
            _add_header(index, item[0], item[1])
    except InvalidNotificationError:
        raise
    except Exception:  # noqa: BLE001 - a broken mapping must not leak TypeError & co.
        raise InvalidNotificationError("headers could not be read", reason="invalid_headers") from None
    return _Headers(index)


_TIMESTAMP_KEY: typing.Final = HEADER_TIMESTAMP.lower()
_NONCE_KEY: typing.Final = HEADER_NONCE.lower()
_SIGNATURE_KEY: typing.Final = HEADER_SIGNATURE.lower()
_SERIAL_KEY: typing.Final = HEADER_SERIAL.lower()
_SIGNATURE_TYPE_KEY: typing.Final = HEADER_SIGNATURE_TYPE.lower()
_REQUEST_ID_KEY: typing.Final = HEADER_REQUEST_ID.lower()
_TIMESTAMP_RE: typing.Final = re.compile(r"[0-9]{1,12}")
_SERIAL_RE: typing.Final = re.compile(r"[\x21-\x7e]+")


def _usual_signature_headers(
    index: dict[str, list[str]], now: int, tolerance: int = MAX_CLOCK_SKEW_SECONDS
) -> SignatureHeaders | None:
    """What ``parse_signature_headers`` returns, for headers that plainly pass all its checks.

    Each of the four signature headers exactly once and non-blank, the serial printable ASCII,
    ``Wechatpay-Signature-Type`` absent or ``WECHATPAY2-SHA256-RSA2048`` (once), the timestamp
    1-12 ASCII digits within ``tolerance`` (300) s of ``now`` either way. Anything else gives None, and
    ``parse_signature_headers`` then decides and raises its own error: this only skips its
    generic header lookups in the common case and never accepts more than it does
    (tests/notifications/test_notify_fast_paths.py compares the two).
    """
    try:
        (timestamp,) = index[_TIMESTAMP_KEY]
        (nonce,) = index[_NONCE_KEY]
        (signature,) = index[_SIGNATURE_KEY]
        (serial,) = index[_SERIAL_KEY]
    except (KeyError, ValueError):
        return None
    timestamp, nonce, signature, serial = timestamp.strip(), nonce.strip(), signature.strip(), serial.strip()
    if not nonce or not signature or _SERIAL_RE.fullmatch(serial) is None or _TIMESTAMP_RE.fullmatch(timestamp) is None:
        return None
    signature_type: str | None = None
    signature_types = index.get(_SIGNATURE_TYPE_KEY)
    if signature_types is not None:
        if len(signature_types) != 1:
            return None
        signature_type = signature_types[0].strip()
        if signature_type != SIGNATURE_TYPE_RSA:
            return None
    seconds = int(timestamp)
    if not -tolerance <= now - seconds <= tolerance:
        return None
    request_ids = index.get(_REQUEST_ID_KEY)
    return SignatureHeaders(
        timestamp=seconds,
        nonce=nonce,
        serial=serial,
        signature=signature,
        signature_type=signature_type,
        request_id=request_ids[0] if request_ids else None,
    )


def _body_bytes(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    raise InvalidNotificationError(
        f"the body must be the raw request bytes, got {type(body).__name__}", reason="invalid_body"
    )


def _parse_create_time(value: str) -> _dt.datetime | str:
    parsed: _dt.datetime | None = None
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        if len(value) == 14 and value.isascii() and value.isdigit():
            try:
                parsed = _dt.datetime.strptime(value, _COMPACT_TIME_FORMAT)
            except ValueError:
                parsed = None
    if parsed is None:
        return value
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_BEIJING)
    return parsed


#: Per event type, the candidate models: ``(key, model)`` pairs, keyed ones first; a keyed model
#: applies when the decrypted resource has that key, the ``None`` one otherwise.
_Candidates: TypeAlias = tuple[tuple[str | None, ResourceModel], ...]


def _default_resource_models() -> dict[str, _Candidates]:
    """The spec's callback table (``wechatpay_client._metadata.NOTIFICATION_RESOURCES``), models resolved.

    Data-driven: every event type a notification resource schema declares
    (``x-wechatpay-event-types``) is typed, so a new family's callbacks need no code here.
    ``TRANSACTION.*`` carries one resource shape for every single-order payment product (the
    insurance model is the generic direct-merchant transaction with the papay fields as optional
    extras, unknown keys kept); a combined order's ``TRANSACTION.SUCCESS`` is told apart by its
    ``combine_out_trade_no``.
    """
    import importlib

    try:
        models = importlib.import_module(_MODELS_MODULE)
        metadata = importlib.import_module(_METADATA_MODULE)
    except ImportError as exc:  # pragma: no cover - the package ships with the SDK
        raise ConfigurationError(
            "the generated package wechatpay_client is not installed (pip install -e . in the repository)"
        ) from exc
    table: dict[str, _Candidates] = {}
    for event_type, entries in getattr(metadata, "NOTIFICATION_RESOURCES", {}).items():
        table[event_type] = tuple((key, getattr(models, name)) for key, name in entries)
    return table


@functools.cache
def _notification_sensitive_fields() -> Mapping[str, tuple[tuple[str, ...], ...]]:
    import importlib

    try:
        metadata = importlib.import_module(_METADATA_MODULE)
    except ImportError:  # pragma: no cover - the package ships with the SDK
        return {}
    table: Mapping[str, tuple[tuple[str, ...], ...]] = getattr(metadata, "NOTIFICATION_SENSITIVE_FIELDS", {})
    return table


def _declared_model_names(event_type: str) -> tuple[str, ...]:
    """The model names ``NOTIFICATION_RESOURCES`` declares for ``event_type`` (no model imported)."""
    import importlib

    try:
        metadata = importlib.import_module(_METADATA_MODULE)
    except ImportError:  # pragma: no cover - the package ships with the SDK
        return ()
    entries = getattr(metadata, "NOTIFICATION_RESOURCES", {}).get(event_type, ())
    return tuple(dict.fromkeys(name for _key, name in entries))


def _choose_model(candidates: _Candidates, resource: Mapping[str, Any]) -> ResourceModel | None:
    for key, model in candidates:
        if key is None or key in resource:
            return model
    return None


def _validate_tolerance(tolerance: object) -> int:
    """``tolerance=``: whole seconds, 1 ... MAX_TOLERANCE (never silently wider or narrower)."""
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or not 1 <= tolerance <= MAX_TOLERANCE:
        raise ConfigurationError(
            f"tolerance must be a whole number of seconds from 1 to {MAX_TOLERANCE} (366 days), got {tolerance!r}; "
            f"the default {DEFAULT_TOLERANCE} is WeChat Pay's window, wider values are for replaying recorded "
            "callbacks in tests (or set clock= to when they were recorded)"
        )
    return tolerance


def _field_error(where: str, value: object, request_id: str | None, notification_id: str) -> InvalidNotificationError:
    state = "missing" if value is None else "not a non-empty string"
    return InvalidNotificationError(
        f"envelope field {where} is {state}",
        reason="invalid_envelope",
        request_id=request_id,
        notification_id=notification_id,
    )


def _resource_mismatch(
    envelope: _Envelope, model: object, request_id: str | None, detail: str
) -> InvalidNotificationError:
    name = getattr(model, "__name__", type(model).__name__)
    return InvalidNotificationError(
        f"the {envelope.event_type} resource does not fit {name}: {detail}",
        reason="resource_mismatch",
        request_id=request_id,
        notification_id=envelope.id,
    )


# --------------------------------------------------------------------------- the parser


@dataclass(slots=True)
class _Envelope:
    id: str
    create_time: str
    event_type: str
    resource_type: str
    summary: str | None
    algorithm: str
    nonce: str
    sealed: bytes  # the Base64-decoded ciphertext and tag
    associated_data: str
    original_type: str | None
    document: dict[str, Any]


class NotificationParser:
    """Verifies, decrypts and types WeChat Pay callback notifications.

    Key sources (pick one; the APIv3 key is always needed to decrypt ``resource``):

    * **Public-key mode**: ``wechatpay_public_key_id`` + ``wechatpay_public_key``. No network.
    * **Certificate mode**: ``mchid`` + ``merchant_serial_no`` + ``merchant_private_key``, exactly
      as :func:`create_client` takes them; platform certificates are downloaded with the APIv3
      key on the first certificate serial, refreshed hourly, and again on an unknown serial at
      most once a minute. Add the public key as well for the migration mode (either serial).
    * **Share a client's keys**: :meth:`from_client` / :meth:`from_auth` (or ``auth=``) reuse the
      :class:`WeChatPayAuth`'s keys and certificate manager: one download, one cache.
    * ``keys=``: a :class:`PlatformKeys` used as is, never downloading.

    In certificate mode :meth:`parse` may download (blocking, rate-limited); in async code use
    :meth:`aparse` / :meth:`ahandle`. In public-key mode both are pure computation.

    ``store`` (default: a fresh :class:`InMemoryNotificationStore`) answers ``is_duplicate``;
    ``resource_models`` maps more event types to model classes (``None`` removes one: the
    resource stays a dict); ``clock`` (default ``time.time``) lets tests verify recorded
    notifications. ``tolerance`` (whole seconds, default 300: WeChat Pay's window) is how far
    ``Wechatpay-Timestamp`` may be from ``clock()`` in either direction; widen it only to replay
    recorded callbacks in tests (at most :data:`MAX_TOLERANCE`, 366 days), never in production.
    """

    def __init__(
        self,
        *,
        apiv3_key: str | bytes,
        wechatpay_public_key_id: str | None = None,
        wechatpay_public_key: PemSource | RSAPublicKey | None = None,
        mchid: str | None = None,
        merchant_serial_no: str | None = None,
        merchant_private_key: PemSource | RSAPrivateKey | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        certificate_refresh_interval: float = DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
        auth: WeChatPayAuth | None = None,
        keys: PlatformKeys | None = None,
        store: NotificationStore | AsyncNotificationStore | None = None,
        resource_models: Mapping[str, ResourceModel | None] | None = None,
        clock: Callable[[], float] = time.time,
        tolerance: int = DEFAULT_TOLERANCE,
    ) -> None:
        self._tolerance = _validate_tolerance(tolerance)
        self._apiv3_key = validate_apiv3_key(apiv3_key)
        self._aead = AESGCM(self._apiv3_key)
        merchant_given = any(v is not None for v in (mchid, merchant_serial_no, merchant_private_key))
        public_given = wechatpay_public_key_id is not None or wechatpay_public_key is not None
        sources = sum((auth is not None, keys is not None, merchant_given or public_given))
        if sources > 1:
            raise ConfigurationError(
                "pass exactly one key source: auth=, keys=, or the key arguments (public key and/or merchant "
                "configuration for certificate mode)"
            )
        self._owned_auth: WeChatPayAuth | None = None
        if merchant_given:
            if mchid is None or merchant_serial_no is None or merchant_private_key is None:
                raise ConfigurationError(
                    "certificate mode needs mchid, merchant_serial_no and merchant_private_key (to download the "
                    "platform certificates); for public-key mode pass only wechatpay_public_key_id and "
                    "wechatpay_public_key"
                )
            auth = WeChatPayAuth(
                mchid,
                merchant_serial_no=merchant_serial_no,
                merchant_private_key=merchant_private_key,
                wechatpay_public_key_id=wechatpay_public_key_id,
                wechatpay_public_key=wechatpay_public_key,
                apiv3_key=self._apiv3_key,
                base_url=base_url,
                timeout=timeout,
                transport=transport,
                async_transport=async_transport,
                certificate_refresh_interval=certificate_refresh_interval,
                operations=None,
                clock=clock,
            )
            self._owned_auth = auth
        elif public_given:
            if wechatpay_public_key_id is None or wechatpay_public_key is None:
                raise ConfigurationError(
                    "public-key mode needs both wechatpay_public_key_id ('PUB_KEY_ID_...') and wechatpay_public_key"
                )
            key_id = validate_public_key_id(wechatpay_public_key_id)
            keys = PlatformKeys(WeChatPayPublicKey(key_id, load_public_key(wechatpay_public_key)), None)
        elif auth is None and keys is None:
            raise ConfigurationError(
                "no way to verify notifications: pass wechatpay_public_key_id and wechatpay_public_key "
                "(public-key mode), mchid + merchant_serial_no + merchant_private_key (certificate mode), "
                "or use NotificationParser.from_client(client, apiv3_key=...)"
            )
        if auth is not None:
            if not isinstance(auth, WeChatPayAuth):
                raise ConfigurationError("auth must be a WeChatPayAuth (see get_auth(client))")
            keys = auth.keys
        assert keys is not None
        if not isinstance(keys, PlatformKeys):
            raise ConfigurationError("keys must be a PlatformKeys (e.g. auth.keys)")
        self._keys: PlatformKeys = keys
        self._auth = auth
        self._manager: CertificateManager | None = auth.certificate_manager if auth is not None else None
        self._async_manager: AsyncCertificateManager | None = (
            auth.async_certificate_manager if auth is not None else None
        )
        if store is not None and not isinstance(store, NotificationStore | AsyncNotificationStore):
            raise ConfigurationError(
                "store must have is_processed(id) and mark_processed(id) (NotificationStore), or "
                "ais_processed, amark_processed, aclaim and arelease (AsyncNotificationStore)"
            )
        self._store: NotificationStore | AsyncNotificationStore = (
            store if store is not None else InMemoryNotificationStore()
        )
        self._async_store = isinstance(self._store, AsyncNotificationStore)
        self._extra_models = dict(resource_models or {})
        self._models: dict[str, _Candidates] | None = None
        self._clock = clock

    @classmethod
    def from_auth(
        cls,
        auth: WeChatPayAuth,
        *,
        apiv3_key: str | bytes,
        store: NotificationStore | AsyncNotificationStore | None = None,
        resource_models: Mapping[str, ResourceModel | None] | None = None,
        clock: Callable[[], float] = time.time,
        tolerance: int = DEFAULT_TOLERANCE,
    ) -> NotificationParser:
        """A parser that trusts exactly the keys of ``auth`` and shares its certificate manager."""
        return cls(
            apiv3_key=apiv3_key,
            auth=auth,
            store=store,
            resource_models=resource_models,
            clock=clock,
            tolerance=tolerance,
        )

    @classmethod
    def from_client(
        cls,
        client: Any,
        *,
        apiv3_key: str | bytes,
        store: NotificationStore | AsyncNotificationStore | None = None,
        resource_models: Mapping[str, ResourceModel | None] | None = None,
        clock: Callable[[], float] = time.time,
        tolerance: int = DEFAULT_TOLERANCE,
    ) -> NotificationParser:
        """A parser sharing the keys of a client from :func:`create_client` (or an httpx client)."""
        from ._client import get_auth

        return cls.from_auth(
            get_auth(client),
            apiv3_key=apiv3_key,
            store=store,
            resource_models=resource_models,
            clock=clock,
            tolerance=tolerance,
        )

    def __repr__(self) -> str:
        key = self._keys.public_key
        return (
            f"NotificationParser(wechatpay_public_key_id={key.key_id if key else None!r}, "
            f"certificate_mode={self._keys.certificates is not None}, tolerance={self._tolerance!r}, "
            f"store={self._store!r})"
        )

    @property
    def keys(self) -> PlatformKeys:
        return self._keys

    @property
    def tolerance(self) -> int:
        """Seconds ``Wechatpay-Timestamp`` may be from now, either way (300 unless set)."""
        return self._tolerance

    @property
    def store(self) -> NotificationStore | AsyncNotificationStore:
        return self._store

    def close(self) -> None:
        """Close the certificate downloader this parser created itself (not a shared one)."""
        if self._owned_auth is not None:
            self._owned_auth.close()

    # ------------------------------------------------------------------ verification

    def _check_headers(self, headers: _Headers) -> SignatureHeaders:
        now = int(self._clock())
        usual = _usual_signature_headers(headers.index, now, self._tolerance)
        if usual is not None:
            return usual
        try:
            return parse_signature_headers(headers, now=now, max_skew=self._tolerance)
        except SignatureVerificationError as exc:
            raise NotificationSignatureError.wrap(exc) from None

    def _download_failed(self, parsed: SignatureHeaders, exc: Exception) -> NotificationSignatureError:
        return NotificationSignatureError(
            f"signature verification failed: unknown serial {parsed.serial!r}, and downloading platform "
            f"certificates failed ({type(exc).__name__})",
            reason="unknown_serial",
            request_id=parsed.request_id,
            serial=parsed.serial,
        )

    def _finish_verify(self, parsed: SignatureHeaders, body: bytes, key: RSAPublicKey | None) -> SignatureHeaders:
        try:
            verify_parsed(parsed, body, key)
        except SignatureVerificationError as exc:
            raise NotificationSignatureError.wrap(exc) from None
        return parsed

    def _resolve(self, parsed: SignatureHeaders) -> RSAPublicKey | None:
        manager = self._manager
        if manager is not None:
            manager.ensure_ready(required=False)  # scheduled refresh of a stale set; errors are logged
        key = self._keys.lookup(parsed.serial, now=self._clock())
        if key is None and manager is not None and self._keys.may_download(parsed.serial):
            try:
                key = manager.resolve(parsed.serial)
            except WeChatPayError as exc:
                raise self._download_failed(parsed, exc) from exc
        return key

    async def _aresolve(self, parsed: SignatureHeaders) -> RSAPublicKey | None:
        manager = self._async_manager
        if manager is not None:
            await manager.ensure_ready(required=False)
        key = self._keys.lookup(parsed.serial, now=self._clock())
        if key is None and manager is not None and self._keys.may_download(parsed.serial):
            try:
                key = await manager.resolve(parsed.serial)
            except WeChatPayError as exc:
                raise self._download_failed(parsed, exc) from exc
        return key

    def verify(self, headers: HeaderInput, body: bytes) -> SignatureHeaders:
        """Check the signature headers against the raw ``body``; return them. No decryption.

        Raises :class:`NotificationSignatureError` (or :class:`InvalidNotificationError` for
        headers that are not a mapping). May download certificates (see the class doc).
        """
        raw = _body_bytes(body)
        parsed = self._check_headers(_normalise_headers(headers))
        return self._finish_verify(parsed, raw, self._resolve(parsed))

    async def averify(self, headers: HeaderInput, body: bytes) -> SignatureHeaders:
        """Async twin of :meth:`verify`."""
        raw = _body_bytes(body)
        parsed = self._check_headers(_normalise_headers(headers))
        return self._finish_verify(parsed, raw, await self._aresolve(parsed))

    # ------------------------------------------------------------------ parsing

    def parse(self, headers: HeaderInput, body: bytes) -> NotificationEvent:
        """Verify ``body`` (the raw request bytes) against ``headers``, decrypt and type it.

        ``headers``: any mapping (looked up case-insensitively) or ``(name, value)`` pairs.
        Raises a :class:`NotificationError` subclass for anything WeChat Pay would not have sent.
        """
        return self._parse(headers, body, check_store=True)

    def _parse(self, headers: HeaderInput, body: bytes, *, check_store: bool) -> NotificationEvent:
        try:
            raw = _body_bytes(body)
            return self._decode(self.verify(headers, raw), raw, check_store=check_store)
        except NotificationError as exc:
            self._log_rejection(exc)
            raise

    def _claims_atomically(self, *, asynchronous: bool = False) -> bool:
        """True when the store's claim also answers "already handled" (a ClaimingNotificationStore):
        :meth:`handle` then asks the store once per delivery, not is_processed and then claim."""
        names = ("aclaim", "claim") if asynchronous and self._async_store else ("claim",)
        return any(self._store_method(name) is not None for name in names)

    async def aparse(self, headers: HeaderInput, body: bytes) -> NotificationEvent:
        """Async twin of :meth:`parse` (certificate downloads use ``httpx.AsyncClient``)."""
        return await self._aparse(headers, body, check_store=True)

    async def _aparse(self, headers: HeaderInput, body: bytes, *, check_store: bool) -> NotificationEvent:
        try:
            raw = _body_bytes(body)
            event = self._decode(await self.averify(headers, raw), raw, check_store=False)
        except NotificationError as exc:
            self._log_rejection(exc)
            raise
        if check_store and await self._aseen(event.id):
            event = replace(event, is_duplicate=True)
        return event

    @staticmethod
    def _log_rejection(exc: NotificationError) -> None:
        # Header values (Request-ID, serial) are attacker-controlled: no control characters in logs.
        text = "".join(c if c.isprintable() else "?" for c in str(exc))
        logger.warning("notification rejected (%s): %s", exc.reason, text, extra={REJECTION_LOG_TAG: True})

    def _envelope(self, parsed: SignatureHeaders, body: bytes) -> _Envelope:
        request_id = parsed.request_id
        try:
            document: Any = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise InvalidNotificationError(
                "the notification body is not JSON", reason="invalid_json", request_id=request_id
            ) from None
        if not isinstance(document, dict):
            raise InvalidNotificationError(
                "the notification body is not a JSON object", reason="invalid_json", request_id=request_id
            )

        notification_id = document.get("id")
        if not isinstance(notification_id, str) or not notification_id:
            raise InvalidNotificationError(
                "the envelope has no string 'id'", reason="invalid_envelope", request_id=request_id
            )

        # Checked in this order; the first failure is reported (_field_error builds the message).
        create_time = document.get("create_time")
        if not isinstance(create_time, str) or not create_time:
            raise _field_error("create_time", create_time, request_id, notification_id)
        event_type = document.get("event_type")
        if not isinstance(event_type, str) or not event_type:
            raise _field_error("event_type", event_type, request_id, notification_id)
        resource_type = document.get("resource_type")
        if not isinstance(resource_type, str) or not resource_type:
            raise _field_error("resource_type", resource_type, request_id, notification_id)
        summary = document.get("summary")
        if summary is not None and not isinstance(summary, str):
            raise _field_error("summary", summary, request_id, notification_id)
        resource = document.get("resource")
        if not isinstance(resource, dict):
            raise InvalidNotificationError(
                "envelope field resource is missing or not an object",
                reason="invalid_envelope",
                request_id=request_id,
                notification_id=notification_id,
            )
        algorithm = resource.get("algorithm")
        if not isinstance(algorithm, str) or not algorithm:
            raise _field_error("resource.algorithm", algorithm, request_id, notification_id)
        if algorithm != AEAD_AES_256_GCM:
            raise InvalidNotificationError(
                f"unsupported resource.algorithm (only {AEAD_AES_256_GCM})",
                reason="unsupported_algorithm",
                request_id=request_id,
                notification_id=notification_id,
            )
        nonce = resource.get("nonce")
        if not isinstance(nonce, str) or not nonce:
            raise _field_error("resource.nonce", nonce, request_id, notification_id)
        ciphertext = resource.get("ciphertext")
        if not isinstance(ciphertext, str) or not ciphertext:
            raise _field_error("resource.ciphertext", ciphertext, request_id, notification_id)
        associated_data = resource.get("associated_data")
        if associated_data is not None and not isinstance(associated_data, str):
            raise _field_error("resource.associated_data", associated_data, request_id, notification_id)
        original_type = resource.get("original_type")
        if original_type is not None and not isinstance(original_type, str):
            raise _field_error("resource.original_type", original_type, request_id, notification_id)
        try:
            # What base64.b64decode(..., validate=True) does, without its wrappers.
            sealed = binascii.a2b_base64(ciphertext.encode("ascii"), strict_mode=True)
        except (binascii.Error, ValueError):  # UnicodeEncodeError is a ValueError
            raise InvalidNotificationError(
                "resource.ciphertext is not valid Base64",
                reason="invalid_ciphertext",
                request_id=request_id,
                notification_id=notification_id,
            ) from None
        if len(sealed) < GCM_TAG_LENGTH:
            raise InvalidNotificationError(
                "resource.ciphertext is shorter than the 16-byte GCM tag",
                reason="invalid_ciphertext",
                request_id=request_id,
                notification_id=notification_id,
            )
        return _Envelope(
            id=notification_id,
            create_time=create_time,
            event_type=event_type,
            resource_type=resource_type,
            summary=summary,
            algorithm=algorithm,
            nonce=nonce,
            sealed=sealed,
            associated_data=associated_data or "",
            original_type=original_type,
            document=document,
        )

    def _resource_models(self) -> dict[str, _Candidates]:
        if self._models is None:
            table = _default_resource_models()
            for event_type, model in self._extra_models.items():
                if model is None:
                    table.pop(event_type, None)
                else:
                    table[event_type] = ((None, model),)  # the caller's model replaces the spec's choice
            self._models = table
        return self._models

    def _decrypt(self, envelope: _Envelope, request_id: str | None) -> bytes:
        """AES-256-GCM with the APIv3 key (the ``AESGCM`` object is made once per parser)."""
        nonce = envelope.nonce.encode("utf-8")
        associated_data = envelope.associated_data.encode("utf-8")
        try:
            return self._aead.decrypt(nonce, envelope.sealed, associated_data)
        except Exception:  # noqa: BLE001 - rejected: redone by the shared helper, which raises its exact error
            return self._decrypt_failed(envelope, nonce, associated_data, request_id)

    def _decrypt_failed(
        self, envelope: _Envelope, nonce: bytes, associated_data: bytes, request_id: str | None
    ) -> bytes:
        try:
            return aes_256_gcm_decrypt(self._apiv3_key, nonce, associated_data, envelope.sealed)
        except DecryptionError as exc:
            raise NotificationDecryptionError(
                f"{exc}; check that apiv3_key is this merchant's APIv3 key",
                reason="decryption_failed",
                request_id=request_id,
                notification_id=envelope.id,
            ) from None

    def _decode(self, parsed: SignatureHeaders, body: bytes, *, check_store: bool = True) -> NotificationEvent:
        envelope = self._envelope(parsed, body)
        request_id, notification_id = parsed.request_id, envelope.id
        plaintext = self._decrypt(envelope, request_id)
        try:
            raw_resource: Any = json.loads(plaintext.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raw_resource = None
        if not isinstance(raw_resource, dict):
            raise InvalidNotificationError(
                "the decrypted resource is not a JSON object",
                reason="invalid_resource",
                request_id=request_id,
                notification_id=notification_id,
            )
        resource = self._typed_resource(envelope, raw_resource, request_id)
        is_duplicate = self._seen(notification_id) if check_store else False
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "notification %s %s verified (serial %s, Request-ID %s)",
                notification_id,
                envelope.event_type,
                parsed.serial,
                request_id,
            )
        return NotificationEvent(
            id=notification_id,
            event_type=envelope.event_type,
            create_time=_parse_create_time(envelope.create_time),
            resource_type=envelope.resource_type,
            summary=envelope.summary,
            original_type=envelope.original_type,
            resource=resource,
            raw_resource=raw_resource,
            is_duplicate=is_duplicate,
            serial=parsed.serial,
            timestamp=parsed.timestamp,
            request_id=request_id,
            envelope=envelope.document,
        )

    def _typed_resource(self, envelope: _Envelope, raw_resource: dict[str, Any], request_id: str | None) -> Any:
        candidates = self._resource_models().get(envelope.event_type)
        model = None if candidates is None else _choose_model(candidates, raw_resource)
        if model is None:
            return raw_resource
        source = self._decrypt_fields(envelope, model, raw_resource, request_id)
        try:
            resource = model.from_dict(source)
        except KeyError as exc:
            key = exc.args[0] if exc.args else None
            # Generated models raise KeyError(<field name>); show only identifier-like names.
            shown = repr(key) if isinstance(key, str) and key.isidentifier() and len(key) <= 64 else "a field"
            raise _resource_mismatch(envelope, model, request_id, f"required field {shown} is missing") from None
        except Exception as exc:  # noqa: BLE001 - generated from_dict raises TypeError/ValueError/AttributeError
            detail = f"a field has the wrong type or format ({type(exc).__name__})"
            raise _resource_mismatch(envelope, model, request_id, detail) from None
        wrong = model_mismatch(resource)
        if wrong is not None:
            raise _resource_mismatch(envelope, model, request_id, f"field {wrong} has the wrong type")
        return resource

    def _decrypt_fields(
        self, envelope: _Envelope, model: ResourceModel, raw_resource: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """The resource with its merchant-encrypted fields in plaintext (``raw_resource`` is left as received).

        Fields marked ``x-wechatpay-sensitive`` in the spec's notification schema (a transfer's
        ``user_name``, a member's ``phone_number``) are RSA-OAEP ciphertext for the merchant's key.
        A parser that holds the merchant key (built from a client, an auth or certificate-mode
        arguments) decrypts them; a public-key-only parser cannot, and leaves the ciphertext.
        """
        paths = _notification_sensitive_fields().get(getattr(model, "__name__", ""))
        if not paths or self._auth is None:
            return raw_resource
        working = copy.deepcopy(raw_resource)
        try:
            decrypt_fields_in(working, paths, decrypt=self._auth.decrypt_sensitive)
        except DecryptionError as exc:
            raise InvalidNotificationError(
                f"the {envelope.event_type} resource has a field the merchant private key cannot decrypt: {exc}",
                reason="undecryptable_field",
                request_id=request_id,
                notification_id=envelope.id,
            ) from None
        return working

    # ------------------------------------------------------------------ the store

    def _store_method(self, operation: str) -> Callable[[str], Any] | None:
        method = getattr(self._store, operation, None)
        return method if callable(method) else None

    def _sync_store(self, operation: str) -> Callable[[str], Any] | None:
        """The store's sync ``operation``; ConfigurationError for an async-only store."""
        method = self._store_method(operation)
        if method is None and self._async_store and not isinstance(self._store, NotificationStore):
            raise ConfigurationError(
                f"the notification store {type(self._store).__name__} is async-only: use aparse()/ahandle() "
                "(or the aclaim/arelease/amark_processed methods), or pass a sync store"
            )
        return method

    def _call_store(self, operation: str, notification_id: str) -> Any:
        """``store.<operation>(id)``; any failure becomes a :class:`NotificationStoreError`."""
        method = self._sync_store(operation)
        if method is None:  # claim/release on a store that has none
            return True if operation == "claim" else None
        try:
            return method(notification_id)
        except Exception as exc:  # whatever the store raises, the caller sees one error type
            raise NotificationStoreError.wrap(
                exc, operation=operation, notification_id=notification_id, store=self._store
            ) from exc

    async def _acall_store(self, operation: str, notification_id: str) -> Any:
        """``await store.a<operation>(id)``, or the sync method (in a worker thread for a network store)."""
        async_method = self._store_method("a" + operation) if self._async_store else None
        method = None if async_method is not None else self._store_method(operation)
        if async_method is None and method is None:
            return True if operation == "claim" else None
        try:
            if async_method is not None:
                return await async_method(notification_id)
            assert method is not None
            # A sync store may do network I/O (a redis.Redis client, a database connection): never on the loop.
            return await asyncio.to_thread(method, notification_id)
        except Exception as exc:  # whatever the store raises, the caller sees one error type
            raise NotificationStoreError.wrap(
                exc, operation=operation, notification_id=notification_id, store=self._store
            ) from exc

    def _seen(self, notification_id: str) -> bool:
        return bool(self._call_store("is_processed", notification_id))

    async def _aseen(self, notification_id: str) -> bool:
        return bool(await self._acall_store("is_processed", notification_id))

    # ------------------------------------------------------------------ duplicates and the handle helpers

    @staticmethod
    def _id(event: NotificationEvent | str) -> str:
        return event.id if isinstance(event, NotificationEvent) else event

    def mark_processed(self, event: NotificationEvent | str) -> None:
        """Record that ``event`` (or an id) was handled successfully; later deliveries are duplicates.

        Raises :class:`NotificationStoreError` if the store fails (the id is then NOT recorded).
        """
        self._call_store("mark_processed", self._id(event))

    async def amark_processed(self, event: NotificationEvent | str) -> None:
        """Async twin of :meth:`mark_processed`."""
        await self._acall_store("mark_processed", self._id(event))

    def claim(self, event: NotificationEvent | str) -> bool:
        """Reserve the id for this delivery before handling it (what :meth:`handle` does).

        True: handle it, then :meth:`mark_processed` (success) or :meth:`release` (failure).
        False: another delivery of the id is being handled, or it was handled already
        (``store.is_processed`` tells which). With a store that has no ``claim`` (not a
        :class:`ClaimingNotificationStore`) this is always True and nothing is reserved: concurrent
        deliveries may then both run. A store that fails raises :class:`NotificationStoreError`:
        do not handle the notification, answer 5xx (``NotificationReply.for_error``) so WeChat Pay
        retries it.
        """
        return bool(self._call_store("claim", self._id(event)))

    async def aclaim(self, event: NotificationEvent | str) -> bool:
        """Async twin of :meth:`claim`."""
        return bool(await self._acall_store("claim", self._id(event)))

    def release(self, event: NotificationEvent | str) -> None:
        """Give up the claim of :meth:`claim` without marking the id: a later delivery handles it."""
        self._call_store("release", self._id(event))

    async def arelease(self, event: NotificationEvent | str) -> None:
        """Async twin of :meth:`release`."""
        await self._acall_store("release", self._id(event))

    @staticmethod
    def _release_failed(event: NotificationEvent, exc: NotificationStoreError) -> None:
        logger.warning("%s; the claim on %s lapses after the store's claim TTL", exc, event.id)

    def _release_quietly(self, event: NotificationEvent) -> None:
        try:
            self.release(event)
        except NotificationStoreError as exc:  # the reply is a 5xx anyway; the claim lapses by itself
            self._release_failed(event, exc)

    async def _arelease_quietly(self, event: NotificationEvent) -> None:
        try:
            await self.arelease(event)
        except NotificationStoreError as exc:
            self._release_failed(event, exc)

    @staticmethod
    def _store_failed(exc: NotificationStoreError) -> NotificationReply:
        # The message names the store, the operation, the id and an exception type: nothing secret.
        logger.error("%s; answering 503 so WeChat Pay retries (nothing was marked processed)", exc)
        return NotificationReply.for_error(exc)

    def _duplicate(self, event: NotificationEvent) -> NotificationReply:
        logger.info("notification %s (%s) already processed; acknowledging", event.id, event.event_type)
        return NotificationReply.success()

    def _in_flight(self, event: NotificationEvent) -> NotificationReply:
        logger.info(
            "notification %s (%s) is being handled by another delivery; answering 503 so WeChat Pay retries",
            event.id,
            event.event_type,
        )
        return NotificationReply.failure("notification is being processed", status=503)

    @staticmethod
    def _handler_failed(event: NotificationEvent, exc: BaseException) -> NotificationReply:
        logger.error(
            "notification %s (%s): handler raised %s; answering 500 so WeChat Pay retries",
            event.id,
            event.event_type,
            type(exc).__name__,
        )
        if logger.isEnabledFor(logging.DEBUG):
            # Where it failed, never what the exception says: handler messages and chained
            # exceptions routinely carry decrypted values (openid, names, amounts).
            logger.debug("notification %s handler traceback (messages omitted): %s", event.id, _bare_traceback(exc))
        # Always 500, even for a WeChatPayError raised by the handler's own API calls.
        return NotificationReply.failure("internal error", status=500)

    def handle(self, headers: HeaderInput, body: bytes, handler: NotificationHandler) -> NotificationReply:
        """Parse, call ``handler(event)`` once per notification id, and return the reply.

        * rejected notification -> the failure reply of :meth:`NotificationReply.for_error`;
        * duplicate of one already handled -> success, handler not called;
        * another delivery of the same id is being handled right now (the store's atomic
          :meth:`claim`) -> 503 ``notification is being processed``, handler not called (WeChat
          Pay retries; by then the id is processed, or claimable again if that handler failed);
        * handler raises -> 500 (WeChat Pay retries; the claim is released and the id NOT
          marked, so the retry runs the handler again);
        * the store fails (:class:`NotificationStoreError`: unreachable, timeout) at any step ->
          503 ``notification store unavailable``, logged at ERROR; the id is NOT marked (if the
          handler already ran, WeChat Pay's retry runs it again once the store is back);
        * handler returns and the id is marked processed -> 200 ``{"code":"SUCCESS"}``.
        """
        self._sync_store("is_processed")  # an async-only store is a programming error, not a 5xx
        if is_async_handler(handler):  # so is an async handler: every callback would be a 500, retried for a day
            name = getattr(handler, "__qualname__", type(handler).__name__)
            raise ConfigurationError(
                f"the notification handler {name} is async: handle() calls it synchronously; use ahandle() "
                "(or the Starlette/FastAPI adapter, or an async Django view). Nothing was claimed or marked"
            )
        try:
            # With a claiming store the claim answers "already handled" too (one round trip).
            event = self._parse(headers, body, check_store=not self._claims_atomically())
        except NotificationStoreError as exc:
            return self._store_failed(exc)
        except WeChatPayError as exc:
            return NotificationReply.for_error(exc)
        if event.is_duplicate:
            return self._duplicate(event)
        try:
            if not self.claim(event):
                return self._duplicate(event) if self._seen(event.id) else self._in_flight(event)
        except NotificationStoreError as exc:
            return self._store_failed(exc)
        try:
            result = handler(event)
            if inspect.isawaitable(result):
                if inspect.iscoroutine(result):
                    result.close()
                raise TypeError("the handler returned an awaitable; use ahandle() for async handlers")
        except Exception as exc:  # noqa: BLE001 - any handler failure becomes a 500 reply
            self._release_quietly(event)
            return self._handler_failed(event, exc)
        except BaseException:
            self._release_quietly(event)
            raise
        try:
            self.mark_processed(event)
        except NotificationStoreError as exc:
            self._release_quietly(event)
            return self._store_failed(exc)
        return NotificationReply.success()

    async def ahandle(self, headers: HeaderInput, body: bytes, handler: NotificationHandler) -> NotificationReply:
        """Async twin of :meth:`handle`; ``handler`` may be a coroutine function or a plain one.

        The store is used through its async methods (:class:`AsyncNotificationStore`) when it has
        them, else its sync methods run in a worker thread. A cancelled handler (the task was
        cancelled) releases the claim before the cancellation propagates.
        """
        try:
            event = await self._aparse(headers, body, check_store=not self._claims_atomically(asynchronous=True))
        except NotificationStoreError as exc:
            return self._store_failed(exc)
        except WeChatPayError as exc:
            return NotificationReply.for_error(exc)
        if event.is_duplicate:
            return self._duplicate(event)
        try:
            if not await self.aclaim(event):
                return self._duplicate(event) if await self._aseen(event.id) else self._in_flight(event)
        except NotificationStoreError as exc:
            return self._store_failed(exc)
        try:
            result = handler(event)
            if inspect.isawaitable(result):
                await typing.cast(Awaitable[object], result)
        except Exception as exc:  # noqa: BLE001 - any handler failure becomes a 500 reply
            await self._arelease_quietly(event)
            return self._handler_failed(event, exc)
        except BaseException:  # CancelledError, KeyboardInterrupt: give the id back, then propagate
            await asyncio.shield(self._arelease_quietly(event))
            raise
        try:
            await self.amark_processed(event)
        except NotificationStoreError as exc:
            await self._arelease_quietly(event)
            return self._store_failed(exc)
        return NotificationReply.success()


def read_capped(read: Callable[[int], bytes], max_body_size: int, chunk_size: int = 64 * 1024) -> bytes | None:
    """The whole stream ``read(n)`` gives, or None as soon as it is longer than ``max_body_size``.

    At most one byte over the limit is ever requested (enough to know the body is too large), so a
    chunked upload without ``Content-Length`` costs at most ``max_body_size + 1`` bytes. The
    adapters (Flask, Django) read request bodies with it.
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = read(min(chunk_size, max_body_size + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_body_size:
            return None
        chunks.append(chunk)


def is_async_handler(handler: object) -> bool:
    """True if calling ``handler`` gives a coroutine: an ``async def`` function, a ``partial`` of one,
    or an object whose class has ``async def __call__`` (the adapters and :meth:`NotificationParser.handle`
    decide with this whether a handler must be awaited)."""
    while isinstance(handler, functools.partial):
        handler = handler.func
    if inspect.iscoroutinefunction(handler) or inspect.isasyncgenfunction(handler):
        return True
    call = getattr(type(handler), "__call__", None)  # noqa: B004 - the class attribute: callable() says nothing about async
    return inspect.iscoroutinefunction(call)


def _bare_traceback(exc: BaseException) -> str:
    """``Type at file:line in function <- ...`` for ``exc`` and its causes, without any message.

    Exception messages and source lines are left out: only exception class names and code
    locations, which cannot contain data the handler was processing.
    """
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(parts) < 8:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__, limit=32)
        where = " <- ".join(f"{frame.filename}:{frame.lineno} in {frame.name}" for frame in reversed(frames))
        parts.append(f"{type(current).__qualname__} at {where or '?'}")
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "".join(c if c.isprintable() else "?" for c in "; caused by ".join(parts))


if TYPE_CHECKING:
    # The generated models satisfy ResourceModel (checked by mypy when the package is found).
    _entrust_check: ResourceModel = InsuranceEntrustNotificationResource
    _transaction_check: ResourceModel = InsuranceTransactionNotificationResource
