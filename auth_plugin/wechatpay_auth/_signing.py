"""Pure signing and verification steps (protocol.md sections 1 and 2).

Everything here is a plain function: the clock (``now``/``timestamp``), the nonce and the key
lookup are passed in, so each step can be tested without sockets or time. The auth flow in
``_auth.py`` and the notification parser call these same functions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import platform
import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, TypeAlias
from urllib.parse import unquote_plus

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from ._constants import (
    AUTH_SCHEME,
    HEADER_ACCEPT,
    HEADER_ACCEPT_ENCODING,
    HEADER_AUTHORIZATION,
    HEADER_NONCE,
    HEADER_REQUEST_ID,
    HEADER_SERIAL,
    HEADER_SIGNATURE,
    HEADER_SIGNATURE_TYPE,
    HEADER_TIMESTAMP,
    HEADER_USER_AGENT,
    MAX_CLOCK_SKEW_SECONDS,
    NONCE_ALPHABET,
    NONCE_LENGTH,
    PROBE_SIGNATURE_PREFIX,
    REQUIRED_SIGNATURE_HEADERS,
    SDK_NAME,
    SIGNATURE_TYPE_RSA,
)
from ._errors import SignatureVerificationError
from ._version import __version__

__all__ = [
    "HeaderSource",
    "KeyLookup",
    "MerchantSigner",
    "SignatureHeaders",
    "build_authorization",
    "build_request_message",
    "build_response_message",
    "generate_nonce",
    "parse_signature_headers",
    "redact_url",
    "redacted_message",
    "sign",
    "sign_request",
    "user_agent",
    "verify_message",
    "verify_parsed",
    "verify_signature",
]


#: Headers as httpx gives them, or any mapping (a framework's request headers, a dict).
HeaderSource: TypeAlias = Mapping[str, str]
#: Finds the WeChat Pay public key for a ``Wechatpay-Serial`` value, or returns None.
KeyLookup: TypeAlias = Callable[[str], RSAPublicKey | None] | Mapping[str, RSAPublicKey]

_TIMESTAMP_RE = re.compile(r"[0-9]{1,12}")
_HEADER_VALUE_RE = re.compile(r"[\x21-\x7e]+")


# Byte -> alphabet character for the bytes below the largest multiple of the alphabet size
# (248 = 4 * 62); the others are dropped, so every character is equally likely.
_NONCE_LIMIT = 256 - 256 % len(NONCE_ALPHABET)
_NONCE_TABLE = bytes(ord(NONCE_ALPHABET[b % len(NONCE_ALPHABET)]) if b < _NONCE_LIMIT else 0 for b in range(256))
_NONCE_REJECT = bytes(range(_NONCE_LIMIT, 256))


def generate_nonce(length: int = NONCE_LENGTH) -> str:
    """A fresh random nonce of ``length`` characters from ``[0-9A-Za-z]`` (CSPRNG, unbiased).

    Random bytes from ``secrets`` are mapped through a table and the few above the largest
    multiple of 62 are rejected: one system call instead of one ``secrets.choice`` per character
    (this runs once per request attempt; see docs/PERFORMANCE.md).
    """
    out = b""
    while len(out) < length:
        out += secrets.token_bytes(length + 8).translate(_NONCE_TABLE, _NONCE_REJECT)
    return out[:length].decode("ascii")


def _to_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def build_request_message(
    method: str,
    canonical_url: str | bytes,
    timestamp: int | str,
    nonce: str,
    body: bytes | str,
) -> bytes:
    """The five-line message a request signature covers.

    ``METHOD\\nCANONICAL_URL\\nTIMESTAMP\\nNONCE\\nBODY\\n``: ``canonical_url`` is the path plus
    ``?query`` exactly as sent (httpx: ``request.url.raw_path``), ``body`` the exact bytes sent
    (empty for GET). Every line ends in LF, including the last, even if the body ends in LF.
    """
    return b"".join(
        (
            method.upper().encode("ascii"),
            b"\n",
            _to_bytes(canonical_url),
            b"\n",
            str(timestamp).encode("ascii"),
            b"\n",
            nonce.encode("ascii"),
            b"\n",
            _to_bytes(body),
            b"\n",
        )
    )


def build_response_message(timestamp: int | str, nonce: str, body: bytes | str) -> bytes:
    """The three-line message a response or callback signature covers: ``TS\\nNONCE\\nBODY\\n``.

    ``body`` must be the raw bytes received, never a re-serialised document.
    """
    return b"".join((str(timestamp).encode("ascii"), b"\n", nonce.encode("utf-8"), b"\n", _to_bytes(body), b"\n"))


def sign(private_key: RSAPrivateKey, message: bytes) -> str:
    """RSASSA-PKCS1-v1_5 over SHA-256 of ``message``, as standard Base64 (with padding)."""
    signature = private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_message(public_key: RSAPublicKey, message: bytes, signature_b64: str) -> bool:
    """True only if ``signature_b64`` is a valid RSA-SHA256 signature of ``message``.

    Never raises: bad Base64, probe signatures, wrong lengths and wrong keys all give False.
    """
    if signature_b64.startswith(PROBE_SIGNATURE_PREFIX):
        return False
    try:
        signature = base64.b64decode(signature_b64.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return False
    try:
        public_key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    except Exception:  # noqa: BLE001 - any failure inside the primitive is a failed verification
        return False
    return True


def build_authorization(*, mchid: str, serial_no: str, timestamp: int | str, nonce: str, signature: str) -> str:
    """The ``Authorization`` header value (parameter order as in the Go and Java SDKs)."""
    return (
        f'{AUTH_SCHEME} mchid="{mchid}",nonce_str="{nonce}",timestamp="{timestamp}",'
        f'serial_no="{serial_no}",signature="{signature}"'
    )


#: Query parameters whose values are credentials and never go into a log line: the ``token`` of
#: bill and transfer-receipt downloads (whoever holds it can fetch the file for 30 s).
REDACTED_QUERY_PARAMETERS: Final = frozenset({"token"})
REDACTED: Final = "<redacted>"


def redact_url(url: str | bytes | httpx.URL) -> str:
    """``url`` (or a raw path) for a log line, the values of :data:`REDACTED_QUERY_PARAMETERS` replaced.

    ``/v3/billdownload/file?token=abc&tartype=GZIP`` -> ``/v3/billdownload/file?token=<redacted>&tartype=GZIP``.
    Names are compared after percent-decoding and case-insensitively (``%74oken``, ``TOKEN``);
    every occurrence is redacted; other parameters are left as they are.
    """
    text = url.decode("utf-8", "replace") if isinstance(url, bytes) else str(url)
    head, question, rest = text.partition("?")
    if not question:
        return text
    query, hash_sign, fragment = rest.partition("#")
    parts = query.split("&")
    changed = False
    for index, part in enumerate(parts):
        name, equals, value = part.partition("=")
        if equals and value and unquote_plus(name).strip().lower() in REDACTED_QUERY_PARAMETERS:
            parts[index] = f"{name}={REDACTED}"
            changed = True
    if not changed:
        return text
    return f"{head}?{'&'.join(parts)}{hash_sign}{fragment}"


def redacted_message(lines: Sequence[str | bytes], body: bytes) -> str:
    """A loggable rendering of a signing string whose body is replaced by its size and hash.

    ``lines`` are the lines before the body (method, URL, timestamp, nonce for a request;
    timestamp, nonce for a response). The result reads ``POST\\n/v3/...\\n<body 12 bytes sha256=...>\\n``.
    Credentials in the URL's query (a bill download ``token``) are shown as ``<redacted>``
    (:func:`redact_url`).
    """
    shown = [redact_url(line) for line in lines]
    shown.append(f"<body {len(body)} bytes sha256={hashlib.sha256(body).hexdigest()}>")
    return "\\n".join(shown) + "\\n"


@dataclass(frozen=True, slots=True)
class MerchantSigner:
    """Signs requests as one merchant: mchid, merchant certificate serial and private key.

    The repr shows the mchid and serial only.
    """

    mchid: str
    serial_no: str
    private_key: RSAPrivateKey = field(repr=False, compare=False)

    def sign(self, message: bytes) -> str:
        return sign(self.private_key, message)

    def authorization(
        self, method: str, canonical_url: str | bytes, body: bytes, *, timestamp: int, nonce: str
    ) -> tuple[str, bytes]:
        """Return ``(Authorization header value, signed message)`` for one attempt."""
        message = build_request_message(method, canonical_url, timestamp, nonce, body)
        signature = self.sign(message)
        header = build_authorization(
            mchid=self.mchid, serial_no=self.serial_no, timestamp=timestamp, nonce=nonce, signature=signature
        )
        return header, message


def user_agent() -> str:
    """``wechatpay-typed/<version> Python/<version> httpx/<version> (<OS>)``."""
    return (
        f"{SDK_NAME}/{__version__} Python/{platform.python_version()} httpx/{httpx.__version__} "
        f"({platform.system() or 'unknown'})"
    )


_USER_AGENT = user_agent()


def sign_request(
    request: httpx.Request, signer: MerchantSigner, *, timestamp: int, nonce: str, body: bytes | None = None
) -> bytes:
    """Set the transport headers and the ``Authorization`` of ``request`` in place.

    Signs ``request.url.raw_path`` (path and query exactly as sent) and ``request.content`` (the
    exact body bytes; the request must have been read). Also sets ``Accept: application/json``
    (when the caller left httpx's ``*/*``), ``Accept-Encoding: identity`` (so the response bytes
    we verify are the bytes WeChat Pay signed, not a decompressed copy) and a ``User-Agent``
    naming this SDK (appended to a caller's own). Returns the signed message (for redacted logs).

    ``body`` replaces the request body in the signed message when the signature covers something
    else: a multipart upload signs its ``meta`` part only (protocol.md 7).
    """
    headers = request.headers
    if headers.get(HEADER_ACCEPT, "*/*") == "*/*":
        headers[HEADER_ACCEPT] = "application/json"
    if headers.get(HEADER_ACCEPT_ENCODING) != "identity":
        headers[HEADER_ACCEPT_ENCODING] = "identity"
    current_ua = headers.get(HEADER_USER_AGENT)
    if not current_ua or current_ua.startswith("python-httpx/"):
        headers[HEADER_USER_AGENT] = _USER_AGENT
    elif SDK_NAME not in current_ua:
        headers[HEADER_USER_AGENT] = f"{current_ua} {_USER_AGENT}"
    authorization, message = signer.authorization(
        request.method,
        request.url.raw_path,
        request.content if body is None else body,
        timestamp=timestamp,
        nonce=nonce,
    )
    headers[HEADER_AUTHORIZATION] = authorization
    return message


@dataclass(frozen=True, slots=True)
class SignatureHeaders:
    """The validated signature headers of a response or callback (signature not in repr)."""

    timestamp: int
    nonce: str
    serial: str
    signature: str = field(repr=False)
    signature_type: str | None = None
    request_id: str | None = None


def _header_index(headers: HeaderSource) -> dict[str, list[str]] | None:
    """All values by lower-case name, in one pass, for ``httpx.Headers`` (None for other mappings)."""
    if not isinstance(headers, httpx.Headers):
        return None
    index: dict[str, list[str]] = {}
    for key, value in headers.multi_items():  # httpx gives the names in lower case
        found = index.get(key)
        if found is None:
            index[key] = [value]
        else:
            found.append(value)
    return index


def _header_values(headers: HeaderSource, name: str, index: dict[str, list[str]] | None = None) -> list[str]:
    if index is not None:
        return index.get(name.lower(), [])
    get_list = getattr(headers, "get_list", None)
    if callable(get_list):
        values = get_list(name)
        return [str(v) for v in values]
    lowered = name.lower()
    found: list[str] = []
    items: Iterable[tuple[str, str]] = headers.items()
    for key, value in items:
        if key.lower() == lowered:
            found.append(value)
    return found


def parse_signature_headers(
    headers: HeaderSource,
    *,
    now: int,
    max_skew: int = MAX_CLOCK_SKEW_SECONDS,
    status_code: int | None = None,
) -> SignatureHeaders:
    """Check presence, uniqueness and freshness of the signature headers (no key needed).

    Headers are looked up case-insensitively. Each of ``Wechatpay-Timestamp``, ``-Nonce``,
    ``-Signature`` and ``-Serial`` must appear exactly once. The timestamp must be decimal
    digits and within ``max_skew`` seconds of ``now`` in either direction (``|now - ts| <= 300``
    passes). Raises :class:`SignatureVerificationError`.
    """
    index = _header_index(headers)
    request_ids = _header_values(headers, HEADER_REQUEST_ID, index)
    request_id = request_ids[0] if request_ids else None

    def fail(message: str, reason: str, serial: str | None = None) -> SignatureVerificationError:
        return SignatureVerificationError(
            message, reason=reason, request_id=request_id, status_code=status_code, serial=serial
        )

    values: dict[str, str] = {}
    for name in REQUIRED_SIGNATURE_HEADERS:
        found = _header_values(headers, name, index)
        if not found or not found[0].strip():
            raise fail(f"signature verification failed: header {name} is missing", "missing_header")
        if len(found) > 1:
            raise fail(f"signature verification failed: header {name} appears {len(found)} times", "duplicate_header")
        values[name] = found[0].strip()

    serial = values[HEADER_SERIAL]
    if not _HEADER_VALUE_RE.fullmatch(serial):
        raise fail(f"signature verification failed: header {HEADER_SERIAL} is malformed", "unknown_serial")

    signature_types = _header_values(headers, HEADER_SIGNATURE_TYPE, index)
    signature_type = signature_types[0].strip() if signature_types else None
    if len(signature_types) > 1:
        raise fail(f"signature verification failed: header {HEADER_SIGNATURE_TYPE} repeated", "duplicate_header")
    if signature_type is not None and signature_type != SIGNATURE_TYPE_RSA:
        raise fail(
            f"signature verification failed: unsupported {HEADER_SIGNATURE_TYPE} (only {SIGNATURE_TYPE_RSA})",
            "unsupported_signature_type",
            serial,
        )

    raw_ts = values[HEADER_TIMESTAMP]
    if not _TIMESTAMP_RE.fullmatch(raw_ts):
        raise fail(f"signature verification failed: header {HEADER_TIMESTAMP} is not a number", "invalid_timestamp")
    timestamp = int(raw_ts)
    skew = now - timestamp
    if abs(skew) > max_skew:
        direction = "old" if skew > 0 else "far in the future"
        raise fail(
            f"signature verification failed: {HEADER_TIMESTAMP} is {abs(skew)} s {direction} "
            f"(allowed: {max_skew} s); check the system clock or a replay",
            "timestamp_out_of_range",
            serial,
        )
    return SignatureHeaders(
        timestamp=timestamp,
        nonce=values[HEADER_NONCE],
        serial=serial,
        signature=values[HEADER_SIGNATURE],
        signature_type=signature_type,
        request_id=request_id,
    )


def _lookup(keys: KeyLookup, serial: str) -> RSAPublicKey | None:
    if isinstance(keys, Mapping):
        return keys.get(serial)
    return keys(serial)


def verify_parsed(
    parsed: SignatureHeaders,
    body: bytes,
    public_key: RSAPublicKey | None,
    *,
    status_code: int | None = None,
) -> None:
    """Verify the signature of already-parsed headers with the key chosen for their serial."""

    def fail(message: str, reason: str) -> SignatureVerificationError:
        return SignatureVerificationError(
            message, reason=reason, request_id=parsed.request_id, status_code=status_code, serial=parsed.serial
        )

    if public_key is None:
        raise fail(
            f"signature verification failed: no WeChat Pay key with serial {parsed.serial!r} is configured "
            "or downloaded",
            "unknown_serial",
        )
    if parsed.signature.startswith(PROBE_SIGNATURE_PREFIX):
        raise fail(
            "signature verification failed: WeChat Pay probe signature (WECHATPAY/SIGNTEST/); "
            "probes must fail verification",
            "probe_signature",
        )
    message = build_response_message(parsed.timestamp, parsed.nonce, body)
    if not verify_message(public_key, message, parsed.signature):
        raise fail(
            f"signature verification failed: the signature does not match the body (serial {parsed.serial!r})",
            "bad_signature",
        )


def verify_signature(
    headers: HeaderSource,
    body: bytes,
    *,
    now: int,
    keys: KeyLookup,
    max_skew: int = MAX_CLOCK_SKEW_SECONDS,
    status_code: int | None = None,
) -> SignatureHeaders:
    """Verify a WeChat Pay response or callback over its raw ``body`` bytes.

    Steps, in order: the four ``Wechatpay-*`` headers exist exactly once; the timestamp is
    numeric and within 300 s of ``now``; the key is chosen by exact ``Wechatpay-Serial`` through
    ``keys`` (a mapping or a function; never parsed as a number); the RSA-SHA256 signature over
    ``TS\\nNONCE\\nBODY\\n`` is valid. Any failure, the ``WECHATPAY/SIGNTEST/`` probe included,
    raises :class:`SignatureVerificationError` and never anything else.
    """
    parsed = parse_signature_headers(headers, now=now, max_skew=max_skew, status_code=status_code)
    verify_parsed(parsed, body, _lookup(keys, parsed.serial), status_code=status_code)
    return parsed
