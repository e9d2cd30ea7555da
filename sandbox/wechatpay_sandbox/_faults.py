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

:meth:`FaultRegistry.add` checks every argument (``TypeError`` or ``ValueError`` naming it; the
control API answers it as 400): ``count`` an integer from 1 to 1,000,000; ``delay`` a finite
number of seconds from 0 to 600; ``retry_after`` an integer from 0 to 86,400; ``after_processing``
a boolean; ``path`` None or a string of at most 2,048 characters; at most 1,000 faults pending.
A fault that is queued can therefore never break the requests it matches.
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
    MAX_FAULT_COUNT,
    MAX_FAULT_DELAY,
    MAX_FAULT_PATH,
    MAX_PENDING_FAULTS,
    MAX_RETRY_AFTER,
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


def _check_int(name: str, value: object, low: int, high: int) -> None:
    """An integer (not a bool, not a float such as 2.0 or 1e309) within ``[low, high]``."""
    message = f"{name} must be an integer from {low:,} to {high:,}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(message)
    if not low <= value <= high:
        raise ValueError(message)


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
        """Queue a fault for the next ``count`` matching requests (see the module docstring).

        Raises ``TypeError`` (wrong type) or ``ValueError`` (out of range), naming the argument.
        """
        if not isinstance(kind, str):
            raise TypeError(f"kind must be a string, one of {', '.join(KINDS)}")
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(KINDS)}")
        _check_int("count", count, 1, MAX_FAULT_COUNT)
        if path is not None and not isinstance(path, str):
            raise TypeError("path must be null or a string")
        if path is not None and not 0 < len(path) <= MAX_FAULT_PATH:
            raise ValueError(
                f"path must be null or a non-empty string of at most {MAX_FAULT_PATH} characters "
                "(an operationId, a request path, a glob, or notify[:<event_type>])"
            )
        delay_message = f"delay must be a finite number of seconds from 0 to {MAX_FAULT_DELAY:g}"
        if isinstance(delay, bool) or not isinstance(delay, int | float):
            raise TypeError(delay_message)
        if not 0 <= delay <= MAX_FAULT_DELAY:  # NaN fails the comparison too; inf is above the range
            raise ValueError(delay_message)
        _check_int("retry_after", retry_after, 0, MAX_RETRY_AFTER)
        if not isinstance(after_processing, bool):
            raise TypeError("after_processing must be a boolean")
        fault = Fault(next(self._ids), kind, count, path, float(delay), retry_after, after_processing)
        if fault.for_notifications and kind not in SIGNATURE_KINDS:
            raise ValueError(f"callbacks support only the kinds {', '.join(SIGNATURE_KINDS)}")
        with self._lock:
            if len(self._faults) >= MAX_PENDING_FAULTS:
                raise ValueError(f"at most {MAX_PENDING_FAULTS} faults may be pending; clear some first")
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
