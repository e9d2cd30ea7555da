"""Fault injection: make the next N matching responses (or callbacks) misbehave on purpose.

Kinds for API responses:

==================  ===========================================================================
``"500"``           500 ``SYSTEM_ERROR`` (signed JSON error)
``"429"``           429 ``RATELIMIT_EXCEEDED`` with ``Retry-After`` (``retry_after`` seconds)
``"502"``/``"503"`` 502/503 ``SERVICE_UNAVAILABLE``
``"slow"``          wait ``delay`` seconds, then handle the request normally
``"bad_signature"`` a well-formed but wrong ``Wechatpay-Signature``
``"stale"``         correctly signed with a timestamp 10 minutes old
``"probe"``         a ``WECHATPAY/SIGNTEST/...`` probe signature
``"unsigned"``      no ``Wechatpay-*`` headers at all
``"truncated"``     ``Content-Length`` larger than the bytes sent, then the connection closes
``"drop"``          the connection closes without any answer
==================  ===========================================================================

``"corrupt_download"`` applies to bill downloads (``/v3/billdownload/file``) only, and only a
download consumes it: the file is served with one character changed (still valid gzip when
gzipped), so its SHA-1 no longer matches the ``hash_value`` of the signed apply answer.

The status and connection kinds (5xx, 429, truncated, drop) do **not** carry out the operation
unless ``after_processing=True`` (then the business effect happens and only the answer is lost,
the case that calls for reconciliation by query). The signature kinds always carry it out.

``path`` selects what a fault applies to: ``None`` (any API request), an ``operationId``, an
exact request path, or a glob (``/v3/papay/*``). ``"notify"`` or ``"notify:<event_type>"``
targets callbacks instead, where the signature kinds (and ``unsigned``) are supported.
"""

from __future__ import annotations

import base64
import fnmatch
import itertools
import threading
from collections.abc import Callable, MutableMapping
from typing import Any, Final

import attrs
from cryptography.hazmat.primitives.asymmetric import rsa

from ._constants import (
    HEADER_NONCE,
    HEADER_SERIAL,
    HEADER_SIGNATURE,
    HEADER_SIGNATURE_TYPE,
    HEADER_TIMESTAMP,
    PROBE_PREFIX,
)
from ._crypto import random_string, response_message, sign

STATUS_KINDS: Final = ("500", "429", "502", "503")
CONNECTION_KINDS: Final = ("truncated", "drop")
SIGNATURE_KINDS: Final = ("bad_signature", "stale", "probe", "unsigned")
CORRUPT_DOWNLOAD: Final = "corrupt_download"
KINDS: Final = (*STATUS_KINDS, "slow", *SIGNATURE_KINDS, *CONNECTION_KINDS, CORRUPT_DOWNLOAD)
NOTIFY: Final = "notify"
STALE_SECONDS: Final = 600


@attrs.define
class Fault:
    id: int
    kind: str
    remaining: int
    path: str | None = None
    delay: float = 2.0
    retry_after: int = 1
    after_processing: bool = False
    hits: int = 0

    @property
    def for_notifications(self) -> bool:
        return self.path is not None and (self.path == NOTIFY or self.path.startswith(NOTIFY + ":"))

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


class FaultRegistry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        kind: str,
        count: int = 1,
        path: str | None = None,
        *,
        delay: float = 2.0,
        retry_after: int = 1,
        after_processing: bool = False,
    ) -> Fault:
        """Queue a fault for the next ``count`` matching requests (see the module docstring)."""
        kind = str(kind)
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        fault = Fault(next(self._ids), kind, count, path, delay, retry_after, after_processing)
        if fault.for_notifications and kind not in SIGNATURE_KINDS:
            raise ValueError(f"callbacks support only the kinds {', '.join(SIGNATURE_KINDS)}")
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return [attrs.evolve(f) for f in self._faults]

    def _take(self, accept: Callable[[Fault], bool]) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if accept(fault):
                    fault.remaining -= 1
                    fault.hits += 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return attrs.evolve(fault)
        return None

    def take(self, operation_id: str | None, path: str, *, download: bool = False) -> Fault | None:
        """The fault for an API request, consuming one use of it (``corrupt_download``: downloads only)."""

        def accept(fault: Fault) -> bool:
            if fault.for_notifications or (fault.kind == CORRUPT_DOWNLOAD and not download):
                return False
            if fault.path is None:
                return True
            return fault.path in (operation_id, path) or fnmatch.fnmatchcase(path, fault.path)

        return self._take(accept)

    def take_notification(self, event_type: str) -> Fault | None:
        return self._take(lambda f: f.for_notifications and f.path in (NOTIFY, f"{NOTIFY}:{event_type}"))


def tamper_signature_headers(
    kind: str,
    headers: MutableMapping[str, str],
    body: bytes,
    key: rsa.RSAPrivateKey,
    clock: Callable[[], float],
) -> None:
    """Apply a signature fault to an already signed set of headers, in place."""
    if kind == "unsigned":
        for name in (HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE, HEADER_SERIAL, HEADER_SIGNATURE_TYPE):
            headers.pop(name, None)
    elif kind == "bad_signature":
        raw = bytearray(base64.b64decode(headers[HEADER_SIGNATURE]))
        raw[len(raw) // 2] ^= 0x01
        headers[HEADER_SIGNATURE] = base64.b64encode(bytes(raw)).decode("ascii")
    elif kind == "stale":
        timestamp = str(int(clock()) - STALE_SECONDS)
        headers[HEADER_TIMESTAMP] = timestamp
        headers[HEADER_SIGNATURE] = sign(key, response_message(timestamp, headers[HEADER_NONCE], body))
    elif kind == "probe":
        filler = base64.b64encode(random_string(180).encode("ascii")).decode("ascii")
        headers[HEADER_SIGNATURE] = PROBE_PREFIX + filler
