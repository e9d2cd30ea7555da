"""Issue 13 item 13: concurrent deliveries of one notification id run the handler once.

Four concurrent deliveries of one id used to run the handler four times, although the docstring
promised once per id: ``parse`` asked the store ``is_processed`` and the id was only marked after
the handler returned, so every delivery that arrived meanwhile ran it too. The default
:class:`InMemoryNotificationStore` now claims an id atomically before the handler runs; other
deliveries of the id get a 503 while it runs (WeChat Pay retries them); a failed handler releases
the claim, so the retry runs it again.

Deliveries are real: a callback the sandbox signed is replayed byte for byte, four times at once,
to a Flask app on a loopback socket (werkzeug's threaded server) and, for ``ahandle``, to a
Starlette app through concurrent tasks. The handler holds on until the other deliveries were
answered (or all four entered it, the bug), with a bounded wait: no timing is asserted.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hardening_kit import pre_sign_body
from wechatpay_auth import InMemoryNotificationStore, NotificationEvent, NotificationParser
from wechatpay_sandbox import Sandbox, SandboxCredentials

DELIVERIES = 4
WAIT = 10.0  # upper bound of every wait below; never reached when the code is right


@dataclass(frozen=True)
class Captured:
    headers: dict[str, str]
    body: bytes

    @property
    def id(self) -> str:
        notification_id: str = json.loads(self.body)["id"]
        return notification_id

    def replay_headers(self) -> dict[str, str]:
        skip = ("content-length", "host", "connection", "accept-encoding")
        return {k: v for k, v in self.headers.items() if k.lower() not in skip}


class _Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.captured: list[Captured] = []
        self.event = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.captured.append(Captured(dict(self.headers.items()), body))
                outer.event.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture(scope="module")
def callbacks(sandbox: Sandbox, credentials: SandboxCredentials) -> Iterator[Callable[[], Captured]]:
    """``next_callback()``: a fresh INSURANCE_ENTRUST.SIGN callback as the sandbox sent it."""
    from wechatpay_auth import create_client
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    receiver = _Receiver()
    thread = threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    client = create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=credentials.merchant_private_key_pem,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        base_url=sandbox.base_url,
    )
    url = f"http://127.0.0.1:{receiver.server_address[1]}/notify"

    def next_callback() -> Captured:
        receiver.event.clear()
        before = len(receiver.captured)
        answer = pre_sign_mini_program.sync(client=client, body=pre_sign_body(contract_notify_url=url))
        sandbox.simulate_user_sign(answer.pre_entrustweb_id)
        assert receiver.event.wait(5.0), "the sandbox did not deliver INSURANCE_ENTRUST.SIGN"
        return receiver.captured[before]

    try:
        yield next_callback
    finally:
        client.get_httpx_client().close()
        receiver.shutdown()
        receiver.server_close()


def _parser(credentials: SandboxCredentials, store: InMemoryNotificationStore | None = None) -> NotificationParser:
    return NotificationParser(
        apiv3_key=credentials.apiv3_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        store=store,
    )


class GatedHandler:
    """Counts calls; each call waits until the other deliveries were answered, or until every
    delivery entered the handler (what the bug did), at most ``WAIT`` seconds."""

    def __init__(self, *, fail_first: bool = False) -> None:
        self.cond = threading.Condition()
        self.calls = 0
        self.replies = 0
        self.fail_first = fail_first

    def _released(self) -> bool:
        return self.calls >= DELIVERIES or self.replies >= DELIVERIES - 1

    def __call__(self, event: NotificationEvent) -> None:
        with self.cond:
            self.calls += 1
            number = self.calls
            self.cond.notify_all()
            self.cond.wait_for(self._released, timeout=WAIT)
        if self.fail_first and number == 1:
            raise RuntimeError("database unavailable")

    def answered(self) -> None:
        with self.cond:
            self.replies += 1
            self.cond.notify_all()


@pytest.fixture
def flask_app() -> Iterator[Callable[[NotificationParser, Callable[[NotificationEvent], None]], str]]:
    pytest.importorskip("flask")
    from flask import Flask
    from wechatpay_auth.contrib.flask import notification_view
    from werkzeug.serving import make_server

    servers: list[tuple[Any, threading.Thread]] = []

    def serve(parser: NotificationParser, handler: Callable[[NotificationEvent], None]) -> str:
        app = Flask(f"issue13_duplicates_{len(servers)}")
        app.add_url_rule("/notify", view_func=notification_view(parser, handler), methods=["POST"])
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, name="issue13-dup", daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_port}/notify"

    yield serve
    for server, thread in servers:
        server.shutdown()
        thread.join(5)


def _deliver_concurrently(url: str, note: Captured, handler: GatedHandler) -> list[int]:
    statuses: list[int] = []
    barrier = threading.Barrier(DELIVERIES)

    def deliver() -> None:
        barrier.wait(WAIT)
        try:
            response = httpx.post(url, content=note.body, headers=note.replay_headers(), timeout=WAIT + 5)
            statuses.append(response.status_code)
        finally:
            handler.answered()

    threads = [threading.Thread(target=deliver) for _ in range(DELIVERIES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT + 10)
    assert len(statuses) == DELIVERIES
    return sorted(statuses)


def test_four_concurrent_deliveries_run_the_handler_once(
    flask_app: Callable[..., str], callbacks: Callable[[], Captured], credentials: SandboxCredentials
) -> None:
    note = callbacks()
    handler = GatedHandler()
    url = flask_app(_parser(credentials), handler)
    statuses = _deliver_concurrently(url, note, handler)
    assert handler.calls == 1
    # The winner answers 200; the others were in flight meanwhile: 503, so WeChat Pay retries them.
    assert statuses == [200, 503, 503, 503]
    # WeChat Pay's later retry is a duplicate of a handled id: acknowledged, handler not called.
    later = httpx.post(url, content=note.body, headers=note.replay_headers(), timeout=WAIT)
    assert later.status_code == 200 and later.json() == {"code": "SUCCESS"}
    assert handler.calls == 1


def test_a_failed_handler_releases_the_id_for_the_retry(
    flask_app: Callable[..., str], callbacks: Callable[[], Captured], credentials: SandboxCredentials
) -> None:
    note = callbacks()
    store = InMemoryNotificationStore()
    handler = GatedHandler(fail_first=True)
    url = flask_app(_parser(credentials, store), handler)
    statuses = _deliver_concurrently(url, note, handler)
    assert handler.calls == 1
    assert statuses == [500, 503, 503, 503]  # nobody acknowledged: WeChat Pay retries
    assert not store.is_processed(note.id)
    retry = httpx.post(url, content=note.body, headers=note.replay_headers(), timeout=WAIT)
    assert retry.status_code == 200  # claimable again: the handler ran a second time and succeeded
    assert handler.calls == 2 and store.is_processed(note.id)
    duplicate = httpx.post(url, content=note.body, headers=note.replay_headers(), timeout=WAIT)
    assert duplicate.status_code == 200 and handler.calls == 2


async def test_ahandle_runs_an_async_handler_once_for_concurrent_deliveries(
    callbacks: Callable[[], Captured], credentials: SandboxCredentials
) -> None:
    pytest.importorskip("starlette")
    from starlette.applications import Starlette
    from starlette.routing import Route
    from wechatpay_auth.contrib.starlette import notification_endpoint

    note = await asyncio.to_thread(callbacks)
    calls = 0
    replies = 0
    changed = asyncio.Condition()

    async def handler(event: NotificationEvent) -> None:
        nonlocal calls
        async with changed:
            calls += 1
            number = calls
            changed.notify_all()
            # Bounded: released once the other deliveries were answered (or all entered: the bug).
            await asyncio.wait_for(
                changed.wait_for(lambda: calls >= DELIVERIES or replies >= DELIVERIES - 1), timeout=WAIT
            )
        if number == 1:
            raise RuntimeError("first attempt fails")

    app = Starlette(routes=[Route("/notify", notification_endpoint(_parser(credentials), handler), methods=["POST"])])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://notify.test") as client:

        async def deliver() -> int:
            nonlocal replies
            response = await client.post("/notify", content=note.body, headers=note.replay_headers())
            async with changed:
                replies += 1
                changed.notify_all()
            return response.status_code

        statuses = sorted(await asyncio.gather(*(deliver() for _ in range(DELIVERIES))))
        assert calls == 1
        assert statuses == [500, 503, 503, 503]
        retry = await client.post("/notify", content=note.body, headers=note.replay_headers())
        assert retry.status_code == 200 and calls == 2
        duplicate = await client.post("/notify", content=note.body, headers=note.replay_headers())
        assert duplicate.status_code == 200 and calls == 2


async def test_a_cancelled_ahandle_releases_the_id(
    callbacks: Callable[[], Captured], credentials: SandboxCredentials
) -> None:
    note = await asyncio.to_thread(callbacks)
    store = InMemoryNotificationStore()
    parser = _parser(credentials, store)
    entered = asyncio.Event()

    async def stuck(event: NotificationEvent) -> None:
        entered.set()
        await asyncio.Event().wait()  # never set: the task is cancelled (a client that went away)

    task = asyncio.create_task(parser.ahandle(note.replay_headers(), note.body, stuck))
    await asyncio.wait_for(entered.wait(), timeout=WAIT)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert store.claim(note.id) is True  # not left claimed by the cancelled delivery
    store.release(note.id)
    calls: list[str] = []
    assert (await parser.ahandle(note.replay_headers(), note.body, lambda event: calls.append(event.id))).ok
    assert calls == [note.id]


def test_store_claims_are_atomic_under_real_threads() -> None:
    store = InMemoryNotificationStore()
    threads_count = 16
    barrier = threading.Barrier(threads_count)
    won: list[bool] = []
    lock = threading.Lock()

    def claim(number: int) -> None:
        barrier.wait(WAIT)
        for round_ in range(200):
            result = store.claim(f"EV-{round_}")
            with lock:
                won.append(result)

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT + 10)
    assert len(won) == threads_count * 200
    assert won.count(True) == 200  # exactly one winner per id


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_store_claim_semantics() -> None:
    clock = FakeClock()
    store = InMemoryNotificationStore(ttl=100, claim_ttl=30, clock=clock)
    assert store.claim("a") is True
    assert store.claim("a") is False  # in flight
    assert not store.is_processed("a")  # a claim is not "handled"
    store.release("a")  # the handler failed
    assert store.claim("a") is True  # claimable again
    store.mark_processed("a")  # the handler succeeded: the claim becomes "processed"
    assert store.claim("a") is False and store.is_processed("a")
    clock.now += 100
    assert not store.is_processed("a") and store.claim("a") is True  # expired: new again
    # A claim whose handler never returned (a hung worker) lapses after claim_ttl.
    assert store.claim("b") is True
    clock.now += 29.9
    assert store.claim("b") is False
    clock.now += 0.1
    assert store.claim("b") is True
    store.release("never-claimed")  # harmless
    with pytest.raises(ValueError):
        InMemoryNotificationStore(claim_ttl=0)
