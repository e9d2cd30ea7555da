"""Callback delivery: encrypt the resource, sign each attempt, retry on the documented schedule.

A delivery counts as acknowledged only on a 2xx answer within the timeout (5 s, as WeChat Pay
waits). Anything else (non-2xx, connection error, timeout) is retried after 15s, 15s, 30s, 3m,
10m, 20m, 30m, 30m, 30m, 60m, 3h, 3h, 3h, 6h, 6h, each divided by ``retry_compression``; after the
16th attempt the record is ``failed``. Every attempt is signed afresh (new timestamp and nonce)
over the same body, so a late retry is still fresh for the receiver.
"""

from __future__ import annotations

import concurrent.futures
import heapq
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs
import httpx

from ._constants import (
    HEADER_NONCE,
    HEADER_REQUEST_ID,
    HEADER_SERIAL,
    HEADER_SIGNATURE,
    HEADER_SIGNATURE_TYPE,
    HEADER_TIMESTAMP,
    NOTIFY_RETRY_SCHEDULE,
    NOTIFY_TIMEOUT,
    SIGNATURE_TYPE,
)
from ._crypto import aead_encrypt, random_string, response_message, sign
from ._faults import FaultRegistry, tamper_signature_headers
from ._keys import Signer
from ._state import Event, rfc3339

PENDING: Final = "pending"
DELIVERED: Final = "delivered"
FAILED: Final = "failed"

SignerFor = Callable[[], Signer]


@attrs.define
class DeliveryAttempt:
    number: int
    started_at: float
    duration: float
    status_code: int | None = None
    error: str | None = None
    fault: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code <= 299


@attrs.define
class NotificationRecord:
    """One callback and what became of it. ``body`` is the envelope exactly as sent."""

    id: str
    event_type: str
    url: str
    body: bytes = attrs.field(repr=False)
    resource: Mapping[str, Any] = attrs.field(repr=False)
    status: str = PENDING
    attempts: list[DeliveryAttempt] = attrs.field(factory=list)
    serials: list[str] = attrs.field(factory=list)

    @property
    def attempt_count(self) -> int:
        return len(self.attempts)

    @property
    def envelope(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.body)
        return value

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "url": self.url,
            "status": self.status,
            "attempts": self.attempt_count,
            "last_status_code": self.attempts[-1].status_code if self.attempts else None,
            "last_error": self.attempts[-1].error if self.attempts else None,
        }


class Notifier:
    def __init__(
        self,
        *,
        signer_for: SignerFor,
        apiv3_key: str,
        clock: Callable[[], float],
        faults: FaultRegistry,
        logger: logging.Logger,
        delay: float = 0.0,
        retry_compression: float = 1.0,
        timeout: float = NOTIFY_TIMEOUT,
        max_workers: int = 8,
    ) -> None:
        if retry_compression <= 0:
            raise ValueError("retry_compression must be positive")
        self._signer_for = signer_for
        self._apiv3_key = apiv3_key
        self._clock = clock
        self._faults = faults
        self._log = logger
        self.delay = delay
        self.retry_compression = retry_compression
        self.timeout = timeout
        self._records: list[NotificationRecord] = []
        self._queue: list[tuple[float, int, NotificationRecord]] = []
        self._seq = 0
        self._cond = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=max_workers, thread_name_prefix="wechatpay-sandbox-notify"
        )

    # ----------------------------------------------------------- lifecycle
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="wechatpay-sandbox-notifier", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._pool.shutdown(wait=False, cancel_futures=True)

    # --------------------------------------------------------------- queue
    def enqueue(self, event: Event) -> NotificationRecord:
        nonce = random_string(12)
        associated_data = event.original_type
        plaintext = json.dumps(event.resource, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        record_id = str(uuid.uuid4())
        envelope = {
            "id": record_id,
            "create_time": rfc3339(self._clock()),
            "resource_type": "encrypt-resource",
            "event_type": event.event_type,
            "summary": event.summary,
            "resource": {
                "original_type": event.original_type,
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": aead_encrypt(self._apiv3_key, nonce, associated_data, plaintext),
                "associated_data": associated_data,
                "nonce": nonce,
            },
        }
        body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        record = NotificationRecord(record_id, event.event_type, event.url, body, dict(event.resource))
        with self._cond:
            self._records.append(record)
            self._push(time.monotonic() + self.delay, record)
            self._cond.notify_all()
        return record

    def _push(self, due: float, record: NotificationRecord) -> None:
        self._seq += 1
        heapq.heappush(self._queue, (due, self._seq, record))

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopping and (not self._queue or self._queue[0][0] > time.monotonic()):
                    wait = None if not self._queue else max(0.0, self._queue[0][0] - time.monotonic())
                    self._cond.wait(wait)
                if self._stopping:
                    return
                _, _, record = heapq.heappop(self._queue)
            try:
                self._pool.submit(self._deliver, record)
            except RuntimeError:  # pool shut down
                return

    # ------------------------------------------------------------ delivery
    def _headers(self, record: NotificationRecord) -> tuple[dict[str, str], str | None]:
        signer = self._signer_for()
        timestamp = str(int(self._clock()))
        nonce = random_string(32)
        headers = {
            HEADER_TIMESTAMP: timestamp,
            HEADER_NONCE: nonce,
            HEADER_SIGNATURE: sign(signer.key, response_message(timestamp, nonce, record.body)),
            HEADER_SERIAL: signer.serial,
            HEADER_SIGNATURE_TYPE: SIGNATURE_TYPE,
            HEADER_REQUEST_ID: uuid.uuid4().hex,
            "Content-Type": "application/json",
            "Accept": "*/*",
            "User-Agent": "wechatpay-sandbox",
        }
        fault = self._faults.take_notification(record.event_type)
        if fault is not None:
            tamper_signature_headers(fault.kind, headers, record.body, signer.key, self._clock)
        return headers, None if fault is None else fault.kind

    def _deliver(self, record: NotificationRecord) -> None:
        headers, fault = self._headers(record)
        number = record.attempt_count + 1
        started = time.time()
        tick = time.monotonic()
        status: int | None = None
        error: str | None = None
        try:
            with httpx.Client(trust_env=False, timeout=self.timeout) as client:
                response = client.post(record.url, content=record.body, headers=headers)
            status = response.status_code
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.HTTPError as exc:
            error = type(exc).__name__
        attempt = DeliveryAttempt(number, started, time.monotonic() - tick, status, error, fault)
        with self._cond:
            record.attempts.append(attempt)
            record.serials.append(headers.get(HEADER_SERIAL, ""))
            if attempt.acknowledged:
                record.status = DELIVERED
            elif number > len(NOTIFY_RETRY_SCHEDULE):
                record.status = FAILED
            else:
                self._push(time.monotonic() + NOTIFY_RETRY_SCHEDULE[number - 1] / self.retry_compression, record)
            self._cond.notify_all()
        self._log.info("notify %s attempt %d -> %s", record.event_type, number, status if status is not None else error)

    # ------------------------------------------------------------- readers
    def records(self) -> list[NotificationRecord]:
        with self._cond:
            return list(self._records)

    def wait_for(
        self,
        event_type: str | None,
        *,
        timeout: float,
        status: str | None,
        min_attempts: int,
        predicate: Callable[[NotificationRecord], bool] | None,
    ) -> NotificationRecord:
        deadline = time.monotonic() + timeout

        def matches(record: NotificationRecord) -> bool:
            return (
                (event_type is None or record.event_type == event_type)
                and (status is None or record.status == status)
                and record.attempt_count >= min_attempts
                and (predicate is None or predicate(record))
            )

        with self._cond:
            while True:
                for record in self._records:
                    if matches(record):
                        return record
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [r.summary() for r in self._records]
                    raise TimeoutError(
                        f"no notification {event_type or '(any)'} with status {status} within {timeout}s; seen: {seen}"
                    )
                self._cond.wait(left)
