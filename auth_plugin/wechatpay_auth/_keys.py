"""Key loading, the WeChat Pay public key, and the platform-certificate manager (sync + async).

Two ways to trust WeChat Pay (protocol.md section 5):

* **Public-key mode** (all new merchants): a key ID ``PUB_KEY_ID_...`` and an SPKI PEM
  downloaded from the merchant portal. No network access, no rotation.
* **Certificate mode** (legacy): ``GET /v3/certificates`` returns the platform certificates
  encrypted with the APIv3 key. :class:`CertificateManager` / :class:`AsyncCertificateManager`
  download them, keep them in a :class:`CertificateStore` keyed by the ``serial_no`` string of
  the API, refresh them on a schedule and, rate-limited, on an unknown serial.

Both at once is the migration mode: either serial verifies; encryption uses the public key.

Trust bootstrap caveat: no certificate chain is checked (no SDK does). The download is verified
with the certificate it names, taken from the set it has just delivered, so its authenticity
rests on the AES-GCM encryption under the APIv3 key plus TLS: whoever knows the APIv3 key can
substitute platform keys. Prefer public-key mode.

State is per instance: two merchants in one process never share keys or caches.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
import logging
import os
import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import httpx
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key, load_pem_public_key

from ._cipher import decrypt_aead_resource
from ._constants import (
    APIV3_KEY_LENGTH,
    CERTIFICATES_PATH,
    DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
    HEADER_CONTENT_LENGTH,
    HEADER_REQUEST_ID,
    LOGGER_NAME,
    OPERATION_ID_EXTENSION,
    PUBLIC_KEY_ID_PREFIX,
    UNKNOWN_SERIAL_REFRESH_GAP,
)
from ._errors import (
    MAX_JSON_DEPTH,
    APIConnectionError,
    APIError,
    APITimeoutError,
    CertificateDownloadError,
    ConfigurationError,
    DecryptionError,
    ResponseTooLargeError,
    SignatureVerificationError,
    WeChatPayError,
    _too_deep,
    api_error_from_response,
)
from ._signing import MerchantSigner, parse_signature_headers, sign_request, verify_parsed

__all__ = [
    "AsyncCertificateManager",
    "CertificateManager",
    "CertificateStore",
    "PemSource",
    "PlatformCertificate",
    "PlatformKeys",
    "WeChatPayPublicKey",
    "is_certificate_serial",
    "load_certificate",
    "load_merchant_private_key",
    "load_public_key",
    "parse_certificate_download",
    "validate_apiv3_key",
    "validate_mchid",
    "validate_merchant_serial",
    "validate_public_key_id",
]

logger = logging.getLogger(LOGGER_NAME)

#: PEM text, PEM bytes, or a path to a PEM file.
PemSource: TypeAlias = str | bytes | os.PathLike[str]

_HEX_SERIAL_RE = re.compile(r"[0-9A-Fa-f]{8,64}")
_PUBLIC_KEY_ID_RE = re.compile(re.escape(PUBLIC_KEY_ID_PREFIX) + r"[0-9A-Za-z]{1,64}")
_MCHID_RE = re.compile(r"[0-9]{1,32}")
_MIN_RSA_BITS = 2048


# --------------------------------------------------------------------------- configuration checks


def is_certificate_serial(value: str) -> bool:
    """True if ``value`` looks like a certificate serial (8-64 hex digits).

    A ``PUB_KEY_ID_...`` value is never a certificate serial and is never parsed as a number.
    """
    return bool(_HEX_SERIAL_RE.fullmatch(value))


def validate_mchid(mchid: object) -> str:
    if not isinstance(mchid, str) or not _MCHID_RE.fullmatch(mchid):
        raise ConfigurationError("mchid must be the merchant ID as a string of digits, e.g. '1230000109'")
    return mchid


def validate_merchant_serial(serial: object) -> str:
    if not isinstance(serial, str) or not is_certificate_serial(serial.strip()):
        raise ConfigurationError(
            "merchant_serial_no must be the serial number of the merchant API certificate "
            "(8-64 hex digits, e.g. from `openssl x509 -in apiclient_cert.pem -noout -serial`)"
        )
    return serial.strip()


def validate_public_key_id(key_id: object) -> str:
    if not isinstance(key_id, str) or not _PUBLIC_KEY_ID_RE.fullmatch(key_id.strip()):
        raise ConfigurationError(
            f"wechatpay_public_key_id must be the WeChat Pay public key ID shown in the merchant portal, "
            f"'{PUBLIC_KEY_ID_PREFIX}' followed by digits"
        )
    return key_id.strip()


def validate_apiv3_key(apiv3_key: object) -> bytes:
    """The APIv3 key as 32 bytes (given as str or bytes). The error never shows the key."""
    if isinstance(apiv3_key, str):
        raw = apiv3_key.encode("utf-8")
    elif isinstance(apiv3_key, bytes):
        raw = apiv3_key
    else:
        raise ConfigurationError("apiv3_key must be the 32-character APIv3 key as str or bytes")
    if len(raw) != APIV3_KEY_LENGTH:
        raise ConfigurationError(
            f"apiv3_key must be exactly {APIV3_KEY_LENGTH} bytes (the APIv3 key set in the merchant portal), "
            f"got {len(raw)} bytes"
        )
    return raw


# --------------------------------------------------------------------------- PEM loading


def _describe_source(source: str | os.PathLike[str]) -> str:
    # Show a path only when it cannot be a key pasted without its PEM header: RSA-2048 key
    # bodies are longer than 255 characters.
    text = os.fspath(source)
    if len(text) <= 255 and "\n" not in text:
        return f" {text!r}"
    return ""


def _read_pem(source: object, name: str) -> bytes:
    if isinstance(source, bytes):
        if b"-----BEGIN" in source:
            return source
        raise ConfigurationError(f"{name}: the bytes given are not PEM (no '-----BEGIN' line)")
    if isinstance(source, str) and "-----BEGIN" in source:
        return source.encode("utf-8")
    if not isinstance(source, str | os.PathLike):
        raise ConfigurationError(f"{name} must be PEM text, PEM bytes or a path to a PEM file")
    shown = _describe_source(source)
    try:
        data = Path(source).read_bytes()
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ConfigurationError(
            f"{name}: neither PEM text (no '-----BEGIN' line) nor a readable file{shown} ({reason})"
        ) from None
    if b"-----BEGIN" not in data:
        raise ConfigurationError(f"{name}: the file{shown} is not PEM (no '-----BEGIN' line)")
    return data


def load_merchant_private_key(
    source: PemSource | RSAPrivateKey, *, name: str = "merchant_private_key"
) -> RSAPrivateKey:
    """Load the merchant API private key (``apiclient_key.pem``, PKCS#8 or PKCS#1 PEM, RSA >= 2048)."""
    if isinstance(source, RSAPrivateKey):
        key = source
    else:
        data = _read_pem(source, name)
        if b"-----BEGIN CERTIFICATE-----" in data:
            raise ConfigurationError(
                f"{name} is a certificate; pass the merchant API private key (apiclient_key.pem) instead"
            )
        if b"PUBLIC KEY-----" in data and b"PRIVATE KEY-----" not in data:
            raise ConfigurationError(
                f"{name} is a public key; pass the merchant API private key (apiclient_key.pem) instead"
            )
        if b"ENCRYPTED PRIVATE KEY-----" in data:
            raise ConfigurationError(f"{name} is password-protected; pass the unencrypted PEM (apiclient_key.pem)")
        try:
            loaded = load_pem_private_key(data, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ConfigurationError(f"{name} could not be parsed as a PEM private key") from None
        if not isinstance(loaded, RSAPrivateKey):
            raise ConfigurationError(f"{name} must be an RSA private key, got {type(loaded).__name__}")
        key = loaded
    if key.key_size < _MIN_RSA_BITS:
        raise ConfigurationError(f"{name} must be an RSA key of at least {_MIN_RSA_BITS} bits, got {key.key_size}")
    return key


def load_public_key(source: PemSource | RSAPublicKey, *, name: str = "wechatpay_public_key") -> RSAPublicKey:
    """Load an RSA public key in SPKI PEM (``-----BEGIN PUBLIC KEY-----``), e.g. the WeChat Pay public key."""
    if isinstance(source, RSAPublicKey):
        key = source
    else:
        data = _read_pem(source, name)
        if b"PRIVATE KEY-----" in data:
            raise ConfigurationError(
                f"{name} is a private key; pass the WeChat Pay public key (pub_key.pem from the merchant portal)"
            )
        if b"-----BEGIN CERTIFICATE-----" in data:
            raise ConfigurationError(
                f"{name} is a certificate; pass the WeChat Pay public key (pub_key.pem). Platform certificates "
                "are downloaded automatically in certificate mode (apiv3_key)"
            )
        try:
            loaded = load_pem_public_key(data)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ConfigurationError(f"{name} could not be parsed as a PEM public key") from None
        if not isinstance(loaded, RSAPublicKey):
            raise ConfigurationError(f"{name} must be an RSA public key, got {type(loaded).__name__}")
        key = loaded
    if key.key_size < _MIN_RSA_BITS:
        raise ConfigurationError(f"{name} must be an RSA key of at least {_MIN_RSA_BITS} bits, got {key.key_size}")
    return key


def load_certificate(source: PemSource | x509.Certificate, *, name: str = "merchant_certificate") -> x509.Certificate:
    """Load an X.509 certificate from PEM."""
    if isinstance(source, x509.Certificate):
        return source
    data = _read_pem(source, name)
    if b"PRIVATE KEY-----" in data:
        raise ConfigurationError(f"{name} is a private key; pass the certificate (apiclient_cert.pem)")
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        raise ConfigurationError(f"{name} could not be parsed as a PEM certificate") from None


# --------------------------------------------------------------------------- key sources


@dataclass(frozen=True, slots=True)
class WeChatPayPublicKey:
    """The WeChat Pay public key and its ID (public-key mode)."""

    key_id: str
    public_key: RSAPublicKey = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class PlatformCertificate:
    """One decrypted platform certificate, keyed by the API's ``serial_no`` string.

    ``not_before``/``not_after`` (Unix seconds) are the intersection of the API's
    ``effective_time``/``expire_time`` and the certificate's own validity.
    """

    serial_no: str
    not_before: float
    not_after: float
    public_key: RSAPublicKey = field(repr=False, compare=False)
    certificate: x509.Certificate = field(repr=False, compare=False)

    def is_valid_at(self, now: float) -> bool:
        return self.not_before <= now <= self.not_after


def _async_lock_map() -> weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]:
    return weakref.WeakKeyDictionary()


#: After a failed certificate download, the next one waits this long (seconds) ...
CERTIFICATE_FAILURE_BACKOFF = 1.0
#: ... doubling with each consecutive failure, up to this.
MAX_CERTIFICATE_FAILURE_BACKOFF = 60.0


@dataclass(frozen=True, slots=True)
class DownloadFailure:
    """The last failed certificate download: shared with every caller that waited for it, and
    with every caller within its backoff (``retry_at``)."""

    error: WeChatPayError
    failed_at: float
    retry_at: float
    consecutive: int
    #: Value of :meth:`CertificateStore.completed_attempts` once this attempt had ended.
    completed: int


class CertificateStore:
    """Thread-safe cache of platform certificates for ONE merchant, plus its download locks.

    ``download_lock`` (threading) and :meth:`async_download_lock` (asyncio, one per event loop)
    make sure one download at a time runs, however many requests wait on it. The last failed
    download is kept (:meth:`failure_to_share`): callers that waited for it get its failure
    instead of downloading again, and so does everyone within its backoff
    (``failure_backoff`` seconds after the first consecutive failure, doubling up to
    ``max_failure_backoff``). A successful download clears it.
    """

    def __init__(
        self,
        *,
        refresh_interval: float = DEFAULT_CERTIFICATE_REFRESH_INTERVAL,
        unknown_serial_gap: float = UNKNOWN_SERIAL_REFRESH_GAP,
        failure_backoff: float = CERTIFICATE_FAILURE_BACKOFF,
        max_failure_backoff: float = MAX_CERTIFICATE_FAILURE_BACKOFF,
    ) -> None:
        self.refresh_interval = refresh_interval
        self.unknown_serial_gap = unknown_serial_gap
        self.failure_backoff = failure_backoff
        self.max_failure_backoff = max_failure_backoff
        self._completed = 0
        self._failure: DownloadFailure | None = None
        self._state_lock = threading.Lock()
        self._certificates: dict[str, PlatformCertificate] = {}
        self._last_success: float | None = None
        self._last_attempt: float | None = None
        self.download_lock = threading.Lock()
        self._async_locks = _async_lock_map()
        #: Number of downloads started (for diagnostics and tests).
        self.download_count = 0

    def __repr__(self) -> str:
        return f"CertificateStore(serials={sorted(self._certificates)!r})"

    def async_download_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = asyncio.Lock()
                self._async_locks[loop] = lock
            return lock

    @property
    def certificates(self) -> tuple[PlatformCertificate, ...]:
        with self._state_lock:
            return tuple(self._certificates.values())

    def get(self, serial: str, now: float) -> PlatformCertificate | None:
        """The certificate with exactly this serial, if currently valid."""
        with self._state_lock:
            cert = self._certificates.get(serial)
        if cert is not None and cert.is_valid_at(now):
            return cert
        return None

    def newest(self, now: float) -> PlatformCertificate | None:
        """The currently valid certificate that became valid last (ties: expires last)."""
        valid = [c for c in self.certificates if c.is_valid_at(now)]
        if not valid:
            return None
        return max(valid, key=lambda c: (c.not_before, c.not_after, c.serial_no))

    def has_valid(self, now: float) -> bool:
        return any(c.is_valid_at(now) for c in self.certificates)

    def is_stale(self, now: float) -> bool:
        with self._state_lock:
            return self._last_success is None or now - self._last_success >= self.refresh_interval

    def attempt_allowed(self, now: float) -> bool:
        """False within ``unknown_serial_gap`` seconds of the previous download attempt."""
        with self._state_lock:
            return self._last_attempt is None or now - self._last_attempt >= self.unknown_serial_gap

    def begin_attempt(self, now: float) -> None:
        with self._state_lock:
            self._last_attempt = now
            self.download_count += 1

    def replace(self, certificates: list[PlatformCertificate], now: float) -> None:
        """Swap in a freshly downloaded set (expired certificates are dropped)."""
        with self._state_lock:
            self._certificates = {c.serial_no: c for c in certificates if c.not_after >= now}
            self._last_success = now
            self._completed += 1
            self._failure = None

    def completed_attempts(self) -> int:
        """How many downloads have ended so far (read before waiting for the download lock)."""
        with self._state_lock:
            return self._completed

    def backoff_after(self, consecutive: int) -> float:
        """Seconds to wait after the ``consecutive``-th failure in a row: 1, 2, 4, ... up to 60 by default."""
        exponent = min(max(consecutive, 1) - 1, 32)
        return float(min(self.failure_backoff * 2.0**exponent, self.max_failure_backoff))

    def record_failure(self, error: WeChatPayError, now: float) -> DownloadFailure:
        """Remember a failed download (or one that left no usable certificate) and its backoff."""
        with self._state_lock:
            consecutive = self._failure.consecutive + 1 if self._failure is not None else 1
            self._completed += 1
            failure = DownloadFailure(
                error=error,
                failed_at=now,
                retry_at=now + self.backoff_after(consecutive),
                consecutive=consecutive,
                completed=self._completed,
            )
            self._failure = failure
            return failure

    @property
    def last_failure(self) -> DownloadFailure | None:
        with self._state_lock:
            return self._failure

    def failure_to_share(self, seen: int, now: float) -> DownloadFailure | None:
        """The failure a caller must get instead of downloading again, or None to download.

        ``seen`` is :meth:`completed_attempts` from before the caller waited for the lock: an
        attempt that failed after it is the one the caller waited for. Otherwise the last failure
        applies until its ``retry_at``.
        """
        with self._state_lock:
            failure = self._failure
        if failure is None:
            return None
        if failure.completed > seen or now < failure.retry_at:
            return failure
        return None


class PlatformKeys:
    """The WeChat Pay keys one merchant trusts: a public key, a certificate store, or both.

    :meth:`lookup` picks the key by exact ``Wechatpay-Serial``: the configured public key ID
    gives the public key; otherwise a hex serial is looked up among currently valid platform
    certificates. Nothing is parsed as a number. No I/O happens here.
    """

    def __init__(self, public_key: WeChatPayPublicKey | None, certificates: CertificateStore | None) -> None:
        if public_key is None and certificates is None:
            raise ConfigurationError("configure the WeChat Pay public key, platform certificates, or both")
        self.public_key = public_key
        self.certificates = certificates

    def __repr__(self) -> str:
        key_id = self.public_key.key_id if self.public_key else None
        return f"PlatformKeys(public_key_id={key_id!r}, certificates={self.certificates!r})"

    @property
    def certificate_mode_only(self) -> bool:
        return self.public_key is None

    def lookup(self, serial: str, *, now: float) -> RSAPublicKey | None:
        if self.public_key is not None and serial == self.public_key.key_id:
            return self.public_key.public_key
        if self.certificates is not None and is_certificate_serial(serial):
            cert = self.certificates.get(serial, now)
            if cert is not None:
                return cert.public_key
        return None

    def lookup_at(self, now: float) -> Callable[[str], RSAPublicKey | None]:
        """A one-argument lookup bound to ``now``, as :func:`verify_signature` takes it."""
        return lambda serial: self.lookup(serial, now=now)

    def may_download(self, serial: str) -> bool:
        """Whether an unknown ``serial`` may be worth a certificate download.

        Only in certificate (or migration) mode and only for hex serials: a ``PUB_KEY_ID_...``
        value, configured or not, never causes network traffic.
        """
        return self.certificates is not None and is_certificate_serial(serial)

    def encryption_key(self, *, now: float) -> tuple[str, RSAPublicKey] | None:
        """The key for sensitive fields and its ID: the public key if configured, else the newest
        currently valid platform certificate. None if certificates are not loaded yet."""
        if self.public_key is not None:
            return self.public_key.key_id, self.public_key.public_key
        assert self.certificates is not None
        cert = self.certificates.newest(now)
        if cert is None:
            return None
        return cert.serial_no, cert.public_key


# --------------------------------------------------------------------------- certificate download


def _parse_time(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        # WeChat Pay writes RFC 3339 with +08:00; a naive value is read as Beijing time.
        parsed = parsed.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=8)))
    return parsed.timestamp()


def _malformed(message: str, status_code: int, request_id: str | None) -> SignatureVerificationError:
    return SignatureVerificationError(
        f"certificate download: {message}",
        reason="malformed_certificate_list",
        status_code=status_code,
        request_id=request_id,
    )


def _printable(text: str, limit: int = 300) -> str:
    """``text`` with control characters escaped and cut to ``limit`` characters (for logs and messages)."""
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text[: limit + 1])
    return shown if len(shown) <= limit else shown[:limit] + "..."


def _read_entry(
    where: str, item: object, apiv3_key: bytes, status_code: int, request_id: str | None
) -> PlatformCertificate | None:
    """One ``data[i]`` entry as a certificate; None if it is usable but ignored (not RSA, bad dates).

    Raises :class:`DecryptionError` or a ``malformed_certificate_list``
    :class:`SignatureVerificationError` for an unreadable entry (the caller skips it).
    """
    if not isinstance(item, dict):
        raise _malformed(f"{where} is not an object", status_code, request_id)
    serial_no = item.get("serial_no")
    encrypted = item.get("encrypt_certificate")
    if not isinstance(serial_no, str) or not is_certificate_serial(serial_no):
        raise _malformed(f"{where}.serial_no is missing or not hex", status_code, request_id)
    if not isinstance(encrypted, dict):
        raise _malformed(f"{where}.encrypt_certificate is missing", status_code, request_id)
    nonce, ciphertext = encrypted.get("nonce"), encrypted.get("ciphertext")
    associated_data = encrypted.get("associated_data")
    if not isinstance(nonce, str) or not isinstance(ciphertext, str):
        raise _malformed(f"{where}.encrypt_certificate lacks nonce or ciphertext", status_code, request_id)
    try:
        pem = decrypt_aead_resource(
            apiv3_key,
            algorithm=encrypted.get("algorithm"),
            nonce=nonce,
            associated_data=associated_data if isinstance(associated_data, str) else None,
            ciphertext=ciphertext,
        )
    except DecryptionError as exc:
        raise DecryptionError(
            f"platform certificate {serial_no}: {_printable(str(exc))}. "
            "Check that apiv3_key is this merchant's APIv3 key"
        ) from None
    try:
        certificate = x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise DecryptionError(f"platform certificate {serial_no}: decrypted data is not a PEM certificate") from None
    if certificate.serial_number != int(serial_no, 16):
        raise _malformed(f"{where}: serial_no does not match the certificate's serial", status_code, request_id)
    cert_key = certificate.public_key()
    if not isinstance(cert_key, RSAPublicKey):
        logger.warning("ignoring platform certificate %s: not an RSA key", serial_no)
        return None
    not_before = certificate.not_valid_before_utc.timestamp()
    not_after = certificate.not_valid_after_utc.timestamp()
    effective = _parse_time(item.get("effective_time"))
    expire = _parse_time(item.get("expire_time"))
    if (item.get("effective_time") is not None and effective is None) or (
        item.get("expire_time") is not None and expire is None
    ):
        logger.warning("ignoring platform certificate %s: unreadable effective_time/expire_time", serial_no)
        return None
    return PlatformCertificate(
        serial_no=serial_no,
        not_before=max(not_before, effective) if effective is not None else not_before,
        not_after=min(not_after, expire) if expire is not None else not_after,
        public_key=cert_key,
        certificate=certificate,
    )


def parse_certificate_download(
    status_code: int,
    headers: httpx.Headers,
    body: bytes,
    *,
    apiv3_key: bytes,
    now: float,
    public_key: WeChatPayPublicKey | None = None,
) -> list[PlatformCertificate]:
    """Turn a ``GET /v3/certificates`` response into verified platform certificates (no I/O).

    * 404 -> :class:`ConfigurationError`: the merchant has no platform certificate; use public-key mode.
    * other non-2xx -> :class:`APIError`.
    * 2xx: headers and timestamp are checked; a body that is not JSON, is nested more than
      ``MAX_JSON_DEPTH`` levels deep or has no ``data`` list is a ``malformed_certificate_list``
      :class:`SignatureVerificationError`. Each ``encrypt_certificate`` is decrypted with the
      APIv3 key (AES-256-GCM), its serial must match ``serial_no``, its validity is the
      intersection of ``effective_time``/``expire_time`` and the certificate's own dates. An
      unreadable entry (not an object, fields missing, undecryptable, not a certificate, serial
      mismatch) is skipped with a warning that names its index and the reason; only when no entry
      is readable does the first entry's error propagate (:class:`DecryptionError` for a wrong
      APIv3 key). The response signature must verify with the certificate it names from the
      readable entries (or the configured public key). Expired certificates are left out.
    """
    if status_code == 404:
        error = api_error_from_response(status_code, headers, body)
        raise ConfigurationError(
            f"GET {CERTIFICATES_PATH} answered HTTP 404 {error.code or ''} "
            f"[Request-ID: {error.request_id or 'none'}]: this merchant has no platform certificate "
            "(merchants registered since about 2024-09 get none). Use public-key mode: pass "
            "wechatpay_public_key_id and wechatpay_public_key (merchant portal: API安全 -> 微信支付公钥)"
        ) from error
    if not 200 <= status_code < 300:
        raise api_error_from_response(status_code, headers, body)

    int_now = int(now)
    parsed_headers = parse_signature_headers(headers, now=int_now, status_code=status_code)
    request_id = parsed_headers.request_id
    try:
        document: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _malformed("the body is not JSON", status_code, request_id) from None
    if isinstance(document, dict | list) and _too_deep(document, MAX_JSON_DEPTH):
        raise _malformed(f"the body is nested more than {MAX_JSON_DEPTH} levels deep", status_code, request_id)
    items = document.get("data") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise _malformed("the body has no 'data' list", status_code, request_id)

    candidates: dict[str, PlatformCertificate] = {}
    first_error: WeChatPayError | None = None
    for index, item in enumerate(items):
        try:
            certificate = _read_entry(f"data[{index}]", item, apiv3_key, status_code, request_id)
        except (DecryptionError, SignatureVerificationError) as exc:
            logger.warning("certificate download: skipping unreadable entry data[%d]: %s", index, exc)
            first_error = first_error or exc
            continue
        if certificate is not None:
            candidates[certificate.serial_no] = certificate
    if not candidates and first_error is not None:
        raise first_error

    # Verify the download itself with a key from the set it delivered (trust bootstrap, see module doc).
    signer_key: RSAPublicKey | None = None
    named = candidates.get(parsed_headers.serial)
    if named is not None and named.is_valid_at(now):
        signer_key = named.public_key
    elif public_key is not None and parsed_headers.serial == public_key.key_id:
        signer_key = public_key.public_key
    verify_parsed(parsed_headers, body, signer_key, status_code=status_code)
    return [c for c in candidates.values() if c.not_after >= now]


#: The generated operation that lists the platform certificates (spec ``operationId``).
CERTIFICATES_OPERATION = "download_certificates"

#: The most bytes of a certificate listing read (a few kilobytes per certificate are expected).
CERTIFICATES_MAX_BYTES = 1 << 20


@dataclass
class _DownloadConfig:
    signer: MerchantSigner
    apiv3_key: bytes = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    clock: Callable[[], float]
    nonce_factory: Callable[[], str]
    operation_lookup: Callable[[str], Any] | None = None


class _ManagerBase:
    def __init__(
        self,
        keys: PlatformKeys,
        *,
        signer: MerchantSigner,
        apiv3_key: bytes,
        base_url: str,
        timeout: httpx.Timeout,
        clock: Callable[[], float],
        nonce_factory: Callable[[], str],
        operation_lookup: Callable[[str], Any] | None = None,
    ) -> None:
        if keys.certificates is None:
            raise ConfigurationError("certificate mode needs apiv3_key")
        self.keys = keys
        self.store: CertificateStore = keys.certificates
        self._config = _DownloadConfig(signer, apiv3_key, base_url, timeout, clock, nonce_factory, operation_lookup)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(mchid={self._config.signer.mchid!r}, store={self.store!r})"

    def _now(self) -> float:
        return self._config.clock()

    def _sign(self, request: httpx.Request) -> None:
        sign_request(request, self._config.signer, timestamp=int(self._now()), nonce=self._config.nonce_factory())

    def _build_request(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The signed ``download_certificates`` request, method and path from the generated metadata.

        Falls back to ``GET /v3/certificates`` without metadata (``operations=None``, a custom
        lookup). The request names the operation (``wechatpay_operation_id``) like a generated
        call; it is signed here, and its answer verified by :func:`parse_certificate_download`
        with the certificates it delivers, not by :class:`WeChatPayAuth` (which needs them).
        """
        method, path = "GET", CERTIFICATES_PATH
        lookup = self._config.operation_lookup
        operation = lookup(CERTIFICATES_OPERATION) if lookup is not None else None
        if operation is not None:
            method, path = str(operation.method).upper(), str(operation.path)
        request = client.build_request(method, path, extensions={OPERATION_ID_EXTENSION: CERTIFICATES_OPERATION})
        self._sign(request)
        return request

    def _accept(self, response: httpx.Response, body: bytes) -> list[PlatformCertificate]:
        now = self._now()
        certificates = parse_certificate_download(
            response.status_code,
            response.headers,
            body,
            apiv3_key=self._config.apiv3_key,
            now=now,
            public_key=self.keys.public_key,
        )
        self.store.replace(certificates, now)
        logger.info(
            "downloaded %d platform certificate(s) for mchid %s: %s",
            len(certificates),
            self._config.signer.mchid,
            ", ".join(sorted(c.serial_no for c in certificates)) or "none",
        )
        return certificates

    @staticmethod
    def _too_large(response: httpx.Response, declared: int | None) -> ResponseTooLargeError:
        length = f" (Content-Length {declared})" if declared is not None else ""
        return ResponseTooLargeError(
            f"the answer to {CERTIFICATES_PATH} (HTTP {response.status_code}) is larger than "
            f"{CERTIFICATES_MAX_BYTES} bytes{length}; it was not read further and nothing in it was used",
            limit=CERTIFICATES_MAX_BYTES,
            status_code=response.status_code,
            request_id=response.headers.get(HEADER_REQUEST_ID),
            declared=declared,
            operation_id=CERTIFICATES_OPERATION,
        )

    def _check_declared_length(self, response: httpx.Response) -> None:
        value = response.headers.get(HEADER_CONTENT_LENGTH, "").strip()
        if value.isascii() and value.isdigit() and int(value) > CERTIFICATES_MAX_BYTES:
            raise self._too_large(response, int(value))

    @staticmethod
    def _connection_error(exc: httpx.RequestError) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(f"downloading platform certificates ({CERTIFICATES_PATH}) failed: {type(exc).__name__}: {exc}")

    def _refresh_due(self) -> bool:
        now = self._now()
        return self.store.is_stale(now) and self.store.attempt_allowed(now)

    def _unknown_serial_blocked(self, serial: str) -> None:
        logger.warning(
            "unknown platform certificate serial %s: not downloading again within %.0f s of the last attempt",
            serial,
            self.store.unknown_serial_gap,
        )

    def _no_valid_certificate(self) -> ConfigurationError:
        return ConfigurationError(
            f"{CERTIFICATES_PATH} returned no currently valid platform certificate for mchid "
            f"{self._config.signer.mchid}; use public-key mode (wechatpay_public_key_id + wechatpay_public_key)"
        )

    def _record_failure(self, error: WeChatPayError) -> DownloadFailure:
        return self.store.record_failure(error, self._now())

    def _own_failure(self, error: WeChatPayError) -> DownloadFailure:
        """The record :meth:`download` made for ``error`` (a fallback one if a concurrent attempt replaced it)."""
        failure = self.store.last_failure
        if failure is not None and failure.error is error:
            return failure
        now = self._now()
        return DownloadFailure(error, now, now + self.store.backoff_after(1), 1, self.store.completed_attempts())

    def _no_usable_set(self) -> WeChatPayError:
        """After a successful download without any currently valid certificate: recorded like a failure."""
        return self._for_request(self._record_failure(self._no_valid_certificate()), shared=False)

    def _for_request(self, failure: DownloadFailure, *, shared: bool) -> WeChatPayError:
        """What a request that needed the certificates raises: nothing was sent.

        A configuration problem (404: no certificates, use public-key mode; none currently valid)
        stays a :class:`ConfigurationError`; anything else becomes a
        :class:`CertificateDownloadError` with the download's own failure as ``__cause__``.
        """
        error = failure.error
        retry_in = max(0.0, failure.retry_at - self._now())
        if isinstance(error, ConfigurationError):
            if not shared:
                return error
            copy = ConfigurationError(str(error))
            copy.__cause__ = error.__cause__
            return copy
        cause: BaseException = error
        status_code: int | None = None
        request_id: str | None = None
        if isinstance(error, APIConnectionError) and isinstance(error.__cause__, httpx.RequestError):
            cause = error.__cause__
            reason = "timeout" if isinstance(error, APITimeoutError) else "network"
            detail = f"{type(cause).__name__}: {cause}"
        elif isinstance(error, APIError):
            reason, status_code, request_id = "http_status", error.status_code, error.request_id
            detail = f"{type(error).__name__}: {error}"
        elif isinstance(error, SignatureVerificationError):
            reason = "malformed" if error.reason == "malformed_certificate_list" else "verification"
            status_code, request_id = error.status_code, error.request_id
            detail = f"{type(error).__name__} ({error.reason}): {error}"
        elif isinstance(error, DecryptionError):
            reason, detail = "decryption", f"{type(error).__name__}: {error}"
        else:
            reason, detail = "other", f"{type(error).__name__}: {error}"
        when = "failed (a recent attempt, shared by the requests that need it)" if shared else "failed"
        result = CertificateDownloadError(
            f"downloading the platform certificates (GET {CERTIFICATES_PATH}) {when}: {_printable(detail, 400)}. "
            f"The request was not sent; the next certificate download may be tried in {retry_in:g} s",
            reason=reason,
            status_code=status_code,
            request_id=request_id,
            retry_after=retry_in,
            shared=shared,
        )
        result.__cause__ = cause
        return result

    def _log_failed_attempt(self, error: WeChatPayError) -> None:
        if isinstance(error, CertificateDownloadError):
            logger.warning("%s", error)


class CertificateManager(_ManagerBase):
    """Downloads and refreshes platform certificates with a small synchronous httpx client.

    The client shares the base URL and the optional ``transport`` of the SDK client; requests are
    signed by the same :class:`MerchantSigner`. A ``threading.Lock`` lets one download run at a time.
    """

    def __init__(
        self,
        keys: PlatformKeys,
        *,
        signer: MerchantSigner,
        apiv3_key: bytes,
        base_url: str,
        timeout: httpx.Timeout,
        clock: Callable[[], float],
        nonce_factory: Callable[[], str],
        transport: httpx.BaseTransport | None = None,
        operation_lookup: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(
            keys,
            signer=signer,
            apiv3_key=apiv3_key,
            base_url=base_url,
            timeout=timeout,
            clock=clock,
            nonce_factory=nonce_factory,
            operation_lookup=operation_lookup,
        )
        self._transport = transport
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()

    def _http(self) -> httpx.Client:
        with self._client_lock:
            if self._client is None:
                self._client = httpx.Client(
                    base_url=self._config.base_url, timeout=self._config.timeout, transport=self._transport
                )
            return self._client

    def close(self) -> None:
        """Close the downloader's own client (a transport given by the caller is left open)."""
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None and self._transport is None:
            client.close()

    def download(self) -> list[PlatformCertificate]:
        """Download, decrypt and verify the certificates now, and store them (caller holds no lock).

        A failure is recorded in the store (shared with waiters, backoff) and raised as is.
        """
        self.store.begin_attempt(self._now())
        try:
            client = self._http()
            request = self._build_request(client)
            try:
                response = client.send(request, stream=True)
            except httpx.RequestError as exc:
                raise self._connection_error(exc) from exc
            try:
                self._check_declared_length(response)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > CERTIFICATES_MAX_BYTES:
                        raise self._too_large(response, None)
                    chunks.append(chunk)
            except httpx.RequestError as exc:
                raise self._connection_error(exc) from exc
            finally:
                response.close()
            return self._accept(response, b"".join(chunks))
        except WeChatPayError as exc:
            self._record_failure(exc)
            raise

    def ensure_ready(self, *, required: bool) -> None:
        """Make sure usable certificates are loaded (``required``) and refresh them when stale.

        A stale but still usable set is refreshed by whichever thread gets the lock first while
        the others carry on; a failed scheduled refresh is logged and retried a minute later.
        """
        store = self.store
        if store.has_valid(self._now()):
            if self._refresh_due() and store.download_lock.acquire(blocking=False):
                try:
                    if self._refresh_due():
                        self._refresh_quietly()
                finally:
                    store.download_lock.release()
            if store.has_valid(self._now()) or not required:
                return
        if not required:
            return
        seen = store.completed_attempts()
        with store.download_lock:
            if not store.has_valid(self._now()):
                self._download_for_request(seen)
        if not store.has_valid(self._now()):
            raise self._no_valid_certificate()

    def _download_for_request(self, seen: int) -> None:
        """Under the lock: share the failure of the attempt we waited for (or of the backoff), else download.

        Raises :class:`CertificateDownloadError` (or :class:`ConfigurationError`): the request
        that needed the certificates is not sent.
        """
        failure = self.store.failure_to_share(seen, self._now())
        if failure is not None:
            raise self._for_request(failure, shared=True)
        try:
            self.download()
        except WeChatPayError as exc:
            error = self._for_request(self._own_failure(exc), shared=False)
            self._log_failed_attempt(error)
            if error is exc:
                raise
            raise error  # its __cause__ is the download's own failure, set by _for_request
        if not self.store.has_valid(self._now()):
            raise self._no_usable_set()

    def _refresh_quietly(self) -> None:
        try:
            self.download()
        except WeChatPayError as exc:
            logger.warning("scheduled platform certificate refresh failed (keeping the current set): %s", exc)

    def resolve(self, serial: str) -> RSAPublicKey | None:
        """The key for ``serial``; on an unknown hex serial, download once (rate-limited) and retry.

        Concurrent callers wait for the one download in progress instead of starting their own.
        Download errors propagate.
        """
        key = self.keys.lookup(serial, now=self._now())
        if key is not None or not self.keys.may_download(serial):
            return key
        with self.store.download_lock:
            key = self.keys.lookup(serial, now=self._now())
            if key is not None:
                return key
            if not self.store.attempt_allowed(self._now()):
                self._unknown_serial_blocked(serial)
                return None
            self.download()
            return self.keys.lookup(serial, now=self._now())


class AsyncCertificateManager(_ManagerBase):
    """The asyncio twin of :class:`CertificateManager` (``httpx.AsyncClient``, ``asyncio.Lock``).

    It shares the :class:`CertificateStore` of the sync manager, so sync and async clients of one
    merchant see the same certificates. A fresh AsyncClient is used per download, because an
    AsyncClient's connections belong to one event loop.
    """

    def __init__(
        self,
        keys: PlatformKeys,
        *,
        signer: MerchantSigner,
        apiv3_key: bytes,
        base_url: str,
        timeout: httpx.Timeout,
        clock: Callable[[], float],
        nonce_factory: Callable[[], str],
        transport: httpx.AsyncBaseTransport | None = None,
        operation_lookup: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(
            keys,
            signer=signer,
            apiv3_key=apiv3_key,
            base_url=base_url,
            timeout=timeout,
            clock=clock,
            nonce_factory=nonce_factory,
            operation_lookup=operation_lookup,
        )
        self._transport = transport

    async def download(self) -> list[PlatformCertificate]:
        """Download, decrypt and verify the certificates now, and store them (failures recorded, raised)."""
        self.store.begin_attempt(self._now())
        try:
            client = httpx.AsyncClient(
                base_url=self._config.base_url, timeout=self._config.timeout, transport=self._transport
            )
            try:
                request = self._build_request(client)
                try:
                    response = await client.send(request, stream=True)
                except httpx.RequestError as exc:
                    raise self._connection_error(exc) from exc
                try:
                    self._check_declared_length(response)
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > CERTIFICATES_MAX_BYTES:
                            raise self._too_large(response, None)
                        chunks.append(chunk)
                except httpx.RequestError as exc:
                    raise self._connection_error(exc) from exc
                finally:
                    await response.aclose()
                body = b"".join(chunks)
            finally:
                if self._transport is None:
                    await client.aclose()
            return self._accept(response, body)
        except WeChatPayError as exc:
            self._record_failure(exc)
            raise

    async def ensure_ready(self, *, required: bool) -> None:
        """Async twin of :meth:`CertificateManager.ensure_ready`."""
        store = self.store
        if store.has_valid(self._now()):
            if self._refresh_due() and not store.async_download_lock().locked():
                async with store.async_download_lock():
                    if self._refresh_due():
                        await self._refresh_quietly()
            if store.has_valid(self._now()) or not required:
                return
        if not required:
            return
        seen = store.completed_attempts()
        async with store.async_download_lock():
            if not store.has_valid(self._now()):
                await self._download_for_request(seen)
        if not store.has_valid(self._now()):
            raise self._no_valid_certificate()

    async def _download_for_request(self, seen: int) -> None:
        """Async twin of :meth:`CertificateManager._download_for_request`."""
        failure = self.store.failure_to_share(seen, self._now())
        if failure is not None:
            raise self._for_request(failure, shared=True)
        try:
            await self.download()
        except WeChatPayError as exc:
            error = self._for_request(self._own_failure(exc), shared=False)
            self._log_failed_attempt(error)
            if error is exc:
                raise
            raise error  # its __cause__ is the download's own failure, set by _for_request
        if not self.store.has_valid(self._now()):
            raise self._no_usable_set()

    async def _refresh_quietly(self) -> None:
        try:
            await self.download()
        except WeChatPayError as exc:
            logger.warning("scheduled platform certificate refresh failed (keeping the current set): %s", exc)

    async def resolve(self, serial: str) -> RSAPublicKey | None:
        """Async twin of :meth:`CertificateManager.resolve`."""
        key = self.keys.lookup(serial, now=self._now())
        if key is not None or not self.keys.may_download(serial):
            return key
        async with self.store.async_download_lock():
            key = self.keys.lookup(serial, now=self._now())
            if key is not None:
                return key
            if not self.store.attempt_allowed(self._now()):
                self._unknown_serial_blocked(serial)
                return None
            await self.download()
            return self.keys.lookup(serial, now=self._now())
