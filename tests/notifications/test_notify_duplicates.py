"""Duplicate deliveries, the store, the handle() pattern, replies and logging."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import warnings
from typing import Any

import pytest
from notify_kit import APIV3_KEY, KEYS, FakeClock, Notification, notification
from wechatpay_auth import (
    APIError,
    ConfigurationError,
    DecryptionError,
    InMemoryNotificationStore,
    InvalidNotificationError,
    NotificationDecryptionError,
    NotificationEvent,
    NotificationParser,
    NotificationReply,
    NotificationSignatureError,
    NotificationStore,
    NotificationStoreError,
    SignatureVerificationError,
    WeChatPayError,
)
from wechatpay_auth._notifications import DEFAULT_DUPLICATE_TTL

# --------------------------------------------------------------------------- the in-memory store


def test_store_remembers_until_expiry() -> None:
    clock = FakeClock(1000.0)
    store = InMemoryNotificationStore(ttl=100, clock=clock)
    assert isinstance(store, NotificationStore)
    assert not store.is_processed("a")
    store.mark_processed("a")
    assert store.is_processed("a") and len(store) == 1
    clock.advance(99.9)
    assert store.is_processed("a")
    clock.advance(0.1)
    assert not store.is_processed("a") and len(store) == 0


def test_default_ttl_outlasts_the_retry_schedule() -> None:
    retry_schedule = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600]
    assert sum(retry_schedule) == 24 * 3600 + 4 * 60  # 24 h 4 min
    assert DEFAULT_DUPLICATE_TTL > sum(retry_schedule)
    clock = FakeClock(0.0)
    store = InMemoryNotificationStore(clock=clock)
    store.mark_processed("a")
    clock.advance(sum(retry_schedule))
    assert store.is_processed("a")


def test_marking_again_extends_and_oldest_are_evicted() -> None:
    clock = FakeClock(0.0)
    store = InMemoryNotificationStore(ttl=10, max_entries=3, clock=clock)
    store.mark_processed("a")
    clock.advance(5)
    store.mark_processed("b")
    store.mark_processed("a")  # re-marked: expires at 15 now
    clock.advance(6)  # t=11
    assert store.is_processed("a") and store.is_processed("b")
    for name in ("c", "d"):
        store.mark_processed(name)
    assert len(store) == 3 and not store.is_processed("b")  # "b" was the oldest
    store.forget("a")
    assert not store.is_processed("a")
    store.clear()
    assert len(store) == 0


def test_store_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        InMemoryNotificationStore(ttl=0)
    with pytest.raises(ValueError):
        InMemoryNotificationStore(max_entries=0)


def test_store_is_thread_safe() -> None:
    store = InMemoryNotificationStore(max_entries=1_000_000)
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            barrier.wait()
            for i in range(2000):
                store.mark_processed(f"{worker}-{i}")
                assert store.is_processed(f"{worker}-{i}")
                store.is_processed(f"{(worker + 1) % 8}-{i}")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store) == 8 * 2000


# --------------------------------------------------------------------------- is_duplicate


def test_is_duplicate_only_after_mark_processed(parser: NotificationParser, store: InMemoryNotificationStore) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", notification_id="EV-DUP-1")
    first = parser.parse(note.headers, note.body)
    assert first.is_duplicate is False
    # Not marked (say the handler failed): the retry is not a duplicate.
    assert parser.parse(note.headers, note.body).is_duplicate is False
    parser.mark_processed(first)
    assert parser.parse(note.headers, note.body).is_duplicate is True
    other = notification("INSURANCE_ENTRUST.SIGN", notification_id="EV-DUP-2")
    assert parser.parse(other.headers, other.body).is_duplicate is False
    parser.mark_processed("EV-DUP-2")
    assert store.is_processed("EV-DUP-2")


def test_duplicates_expire(parser: NotificationParser, clock: FakeClock) -> None:
    note = notification(notification_id="EV-EXP")
    parser.mark_processed(parser.parse(note.headers, note.body))
    clock.advance(DEFAULT_DUPLICATE_TTL - 1)
    later = notification(notification_id="EV-EXP", timestamp=int(clock()))
    assert parser.parse(later.headers, later.body).is_duplicate is True
    clock.advance(2)
    much_later = notification(notification_id="EV-EXP", timestamp=int(clock()))
    assert parser.parse(much_later.headers, much_later.body).is_duplicate is False


def test_a_processed_id_does_not_bypass_verification(parser: NotificationParser) -> None:
    note = notification(notification_id="EV-SEEN")
    parser.mark_processed(parser.parse(note.headers, note.body))
    forged = notification(notification_id="EV-SEEN", signer="other", serial=KEYS.public_key_id)
    with pytest.raises(NotificationSignatureError):
        parser.parse(forged.headers, forged.body)
    assert parser.handle(forged.headers, forged.body, lambda event: None).status == 401


class DictStore:
    """A user-supplied store (the protocol is structural)."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.fail_reads = False
        self.fail_writes = False

    def is_processed(self, notification_id: str) -> bool:
        if self.fail_reads:
            raise ConnectionError("store down")
        return notification_id in self.ids

    def mark_processed(self, notification_id: str) -> None:
        if self.fail_writes:
            raise ConnectionError("store down")
        self.ids.add(notification_id)


def _parser_with(store: NotificationStore, clock: FakeClock) -> NotificationParser:
    return NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        store=store,
        clock=clock,
    )


def test_custom_store(clock: FakeClock) -> None:
    store = DictStore()
    parser = _parser_with(store, clock)
    assert parser.store is store
    note = notification(notification_id="EV-CUSTOM")
    assert parser.handle(note.headers, note.body, lambda event: None).ok
    assert store.ids == {"EV-CUSTOM"}
    assert parser.parse(note.headers, note.body).is_duplicate is True


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_failing_store_is_a_notification_store_error_and_a_503(clock: FakeClock, mode: str) -> None:
    """A store that fails never lets a notification through unrecorded, nor drops it: 503, retry.

    (Until issue 16 a failing store was logged and the notification handled anyway.)
    """
    store = DictStore()
    parser = _parser_with(store, clock)
    calls: list[str] = []

    async def deliver(note: Notification) -> NotificationReply:
        if mode == "sync":
            return parser.handle(note.headers, note.body, lambda event: calls.append(event.id))
        return await parser.ahandle(note.headers, note.body, lambda event: calls.append(event.id))

    note = notification(notification_id="EV-STORE-DOWN")
    store.fail_reads = True
    with pytest.raises(NotificationStoreError) as caught:
        if mode == "sync":
            parser.parse(note.headers, note.body)
        else:
            await parser.aparse(note.headers, note.body)
    error = caught.value
    assert isinstance(error, WeChatPayError)
    assert (error.operation, error.notification_id, error.store) == ("is_processed", "EV-STORE-DOWN", "DictStore")
    assert isinstance(error.__cause__, ConnectionError)
    assert "store down" not in str(error)  # the type is named, the store's own text stays in __cause__
    reply = await deliver(note)
    assert reply.status == 503
    assert json.loads(reply.body) == {"code": "FAIL", "message": "notification store unavailable"}
    assert calls == []  # the handler never ran on a store it could not check

    # The store fails when recording: the handler ran, but the id is not marked and the reply is 503.
    store.fail_reads, store.fail_writes = False, True
    reply = await deliver(note)
    assert reply.status == 503 and calls == ["EV-STORE-DOWN"]
    assert store.ids == set()
    with pytest.raises(NotificationStoreError):
        parser.mark_processed("EV-STORE-DOWN")
    # The store is back: WeChat Pay's retry runs the handler again and is recorded.
    store.fail_writes = False
    assert (await deliver(note)).status == 200
    assert calls == ["EV-STORE-DOWN", "EV-STORE-DOWN"] and store.ids == {"EV-STORE-DOWN"}
    assert NotificationReply.for_error(error).status == 503


def test_an_async_only_store_needs_the_async_methods(clock: FakeClock) -> None:
    class AsyncOnly:
        def __init__(self) -> None:
            self.inner = InMemoryNotificationStore()

        async def ais_processed(self, notification_id: str) -> bool:
            return self.inner.is_processed(notification_id)

        async def amark_processed(self, notification_id: str) -> None:
            self.inner.mark_processed(notification_id)

        async def aclaim(self, notification_id: str) -> bool:
            return self.inner.claim(notification_id)

        async def arelease(self, notification_id: str) -> None:
            self.inner.release(notification_id)

    store = AsyncOnly()
    parser = _parser_with(store, clock)  # type: ignore[arg-type]
    note = notification(notification_id="EV-ASYNC-ONLY")
    with pytest.raises(ConfigurationError, match="async-only"):
        parser.handle(note.headers, note.body, lambda event: None)
    with pytest.raises(ConfigurationError, match="async-only"):
        parser.parse(note.headers, note.body)
    calls: list[str] = []
    assert asyncio.run(parser.ahandle(note.headers, note.body, lambda event: calls.append(event.id))).ok
    assert store.inner.is_processed("EV-ASYNC-ONLY") and calls == ["EV-ASYNC-ONLY"]
    assert asyncio.run(parser.aparse(note.headers, note.body)).is_duplicate is True


# --------------------------------------------------------------------------- handle(): the recommended pattern


class Handler:
    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.calls: list[str] = []
        self.failures = failures
        self.error = error or RuntimeError("database unavailable")

    def __call__(self, event: NotificationEvent) -> None:
        self.calls.append(event.id)
        if len(self.calls) <= self.failures:
            raise self.error


def test_handle_retries_failed_handlers_and_skips_done_ones(parser: NotificationParser) -> None:
    handler = Handler(failures=1)
    note = notification("TRANSACTION.SUCCESS", notification_id="EV-H1")
    first = parser.handle(note.headers, note.body, handler)
    assert first.status == 500 and json.loads(first.body) == {"code": "FAIL", "message": "internal error"}
    second = parser.handle(note.headers, note.body, handler)  # WeChat Pay's retry
    assert second.status == 200 and json.loads(second.body) == {"code": "SUCCESS"}
    third = parser.handle(note.headers, note.body, handler)  # a duplicate delivery
    assert third.status == 200
    assert handler.calls == ["EV-H1", "EV-H1"]


async def test_ahandle_with_async_and_sync_handlers(parser: NotificationParser) -> None:
    calls: list[str] = []
    attempts = {"n": 0}

    async def async_handler(event: NotificationEvent) -> None:
        attempts["n"] += 1
        if attempts["n"] == 1:
            raise RuntimeError("first attempt fails")
        calls.append(event.id)

    note = notification("TRANSACTION.FAIL", notification_id="EV-AH")
    assert (await parser.ahandle(note.headers, note.body, async_handler)).status == 500
    assert (await parser.ahandle(note.headers, note.body, async_handler)).status == 200
    assert (await parser.ahandle(note.headers, note.body, async_handler)).status == 200
    assert calls == ["EV-AH"] and attempts["n"] == 2
    sync_calls: list[str] = []
    other = notification(notification_id="EV-AH-SYNC")
    assert (await parser.ahandle(other.headers, other.body, lambda e: sync_calls.append(e.id))).ok
    assert sync_calls == ["EV-AH-SYNC"]


def test_handle_refuses_async_handlers(parser: NotificationParser) -> None:
    async def async_handler(event: NotificationEvent) -> None:  # pragma: no cover - never awaited
        raise AssertionError

    note = notification(notification_id="EV-ASYNC-IN-SYNC")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "coroutine was never awaited" would fail the test
        with pytest.raises(ConfigurationError, match=r"use ahandle\(\)"):  # a programming error, not a 500
            parser.handle(note.headers, note.body, async_handler)
    assert not parser.parse(note.headers, note.body).is_duplicate


def test_handle_answers_500_when_a_plain_handler_returns_an_awaitable(parser: NotificationParser) -> None:
    async def later() -> None:  # pragma: no cover - never awaited
        raise AssertionError

    note = notification(notification_id="EV-AWAITABLE-FROM-DEF")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the coroutine is closed, never left un-awaited
        reply = parser.handle(note.headers, note.body, lambda event: later())
    assert reply.status == 500
    assert not parser.parse(note.headers, note.body).is_duplicate


def test_handler_raising_a_sdk_error_is_still_500(parser: NotificationParser) -> None:
    error = SignatureVerificationError("an API call inside the handler failed", reason="bad_signature")
    note = notification()
    assert parser.handle(note.headers, note.body, Handler(failures=1, error=error)).status == 500


@pytest.mark.parametrize(
    ("make", "status"),
    [
        (lambda: notification(signer="other", serial=KEYS.public_key_id), 401),
        (lambda: notification(timestamp=1), 401),
        (lambda: notification(key="x" * 32), 400),
        (lambda: notification(body=b"{}"), 400),
        (lambda: notification(algorithm="AEAD_SM4_GCM"), 400),
    ],
)
def test_handle_maps_rejections(parser: NotificationParser, make: Any, status: int) -> None:
    handler = Handler()
    note = make()
    reply = parser.handle(note.headers, note.body, handler)
    assert reply.status == status
    assert json.loads(reply.body)["code"] == "FAIL"
    assert handler.calls == []


# --------------------------------------------------------------------------- replies


def test_success_replies() -> None:
    reply = NotificationReply.success()
    assert (reply.status, reply.body, reply.ok) == (200, b'{"code":"SUCCESS"}', True)
    assert reply.media_type == "application/json"
    empty = NotificationReply.success(status=204)
    assert (empty.status, empty.body, dict(empty.headers)) == (204, b"", {})
    with pytest.raises(ValueError):
        NotificationReply.success(status=500)


def test_failure_reply() -> None:
    reply = NotificationReply.failure("处理失败" * 30, status=503)
    body = json.loads(reply.body)
    assert reply.status == 503 and not reply.ok
    assert body["code"] == "FAIL" and len(body["message"]) == 64
    for status in (200, 302, 600):
        with pytest.raises(ValueError):
            NotificationReply.failure("x", status=status)


@pytest.mark.parametrize(
    ("error", "status", "message"),
    [
        (NotificationSignatureError("sig oUpF8uMuAJO", reason="bad_signature"), 401, "signature verification failed"),
        (SignatureVerificationError("sig", reason="probe_signature"), 401, "signature verification failed"),
        (NotificationDecryptionError("tag oUpF8uMuAJO"), 400, "decryption failed"),
        (DecryptionError("tag"), 400, "decryption failed"),
        (InvalidNotificationError("bad oUpF8uMuAJO", reason="invalid_json"), 400, "invalid notification"),
        (APIError(status_code=500, code=None, message=None, detail=None, request_id=None), 500, "internal error"),
        (ConfigurationError("apiv3_key " + APIV3_KEY), 500, "internal error"),
        (RuntimeError("secret " + APIV3_KEY), 500, "internal error"),
    ],
)
def test_reply_mapping_never_echoes_the_error(error: BaseException, status: int, message: str) -> None:
    reply = NotificationReply.for_error(error)
    assert reply.status == status
    assert json.loads(reply.body) == {"code": "FAIL", "message": message}
    assert b"oUpF8uMuAJO" not in reply.body and APIV3_KEY.encode() not in reply.body


# --------------------------------------------------------------------------- logging


def test_logs_carry_no_plaintext_or_keys(parser: NotificationParser, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="wechatpay")
    note = notification("INSURANCE_ENTRUST.TERMINATE", notification_id="EV-LOG")
    assert parser.handle(note.headers, note.body, Handler(failures=1)).status == 500
    assert parser.handle(note.headers, note.body, Handler()).status == 200
    assert parser.handle(note.headers, note.body, Handler()).status == 200
    tampered = notification(signer="other", serial=KEYS.public_key_id)
    assert parser.handle(tampered.headers, tampered.body, Handler()).status == 401
    bad_model = notification("INSURANCE_ENTRUST.SIGN", {"mchid": "1", "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"})
    assert parser.handle(bad_model.headers, bad_model.body, Handler()).status == 400
    records = [r for r in caplog.records if r.name == "wechatpay"]
    assert any("EV-LOG" in r.getMessage() for r in records)
    assert any(r.levelno == logging.WARNING and "rejected" in r.getMessage() for r in records)
    logged = "\n".join(r.getMessage() for r in records) + caplog.text
    for secret in (APIV3_KEY, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "用户解约", "张*", "1023658866"):
        assert secret not in logged


def test_attacker_controlled_headers_cannot_forge_log_lines(
    parser: NotificationParser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="wechatpay")
    note = notification(timestamp=1)
    headers = {**note.headers, "Request-ID": "abc\nCRITICAL forged line\r"}
    assert parser.handle(headers, note.body, Handler()).status == 401
    messages = [r.getMessage() for r in caplog.records if r.name == "wechatpay"]
    assert messages and all("\n" not in m and "\r" not in m for m in messages)


class _CountingStore(InMemoryNotificationStore):
    """The in-memory store, recording which of its methods a delivery used."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock=clock)
        self.calls: list[str] = []

    def is_processed(self, notification_id: str) -> bool:
        self.calls.append("is_processed")
        return super().is_processed(notification_id)

    def claim(self, notification_id: str) -> bool:
        self.calls.append("claim")
        return super().claim(notification_id)

    def mark_processed(self, notification_id: str) -> None:
        self.calls.append("mark_processed")
        super().mark_processed(notification_id)

    async def ais_processed(self, notification_id: str) -> bool:
        return self.is_processed(notification_id)

    async def aclaim(self, notification_id: str) -> bool:
        return self.claim(notification_id)

    async def amark_processed(self, notification_id: str) -> None:
        self.mark_processed(notification_id)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_handle_asks_a_claiming_store_once_before_the_handler(clock: FakeClock, mode: str) -> None:
    """With a claiming store the claim also answers "already handled": a delivery costs claim +
    mark (it was is_processed + claim + mark: one network round trip more per callback). A
    duplicate is still answered 200 without running the handler."""
    store = _CountingStore(clock)
    parser = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=clock,
        store=store,
    )
    handled: list[str] = []
    note = notification(notification_id="EV-ONE-ROUND-TRIP")

    async def deliver() -> int:
        if mode == "sync":
            return parser.handle(note.headers, note.body, lambda event: handled.append(event.id)).status
        return (await parser.ahandle(note.headers, note.body, lambda event: handled.append(event.id))).status

    assert await deliver() == 200
    assert store.calls == ["claim", "mark_processed"]
    store.calls.clear()
    assert await deliver() == 200  # WeChat Pay's retry of a handled id
    assert store.calls == ["claim", "is_processed"]  # refused, and told apart from one in flight
    assert handled == ["EV-ONE-ROUND-TRIP"]
