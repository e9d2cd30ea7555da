"""Workers in separate processes on one real store: what issue 16 promises across processes.

* N worker processes deliver the same signed callback at the same moment through
  ``NotificationParser.handle``: the handler runs exactly once per id (Redis, PostgreSQL, SQLite);
* a worker killed (SIGKILL) while its handler runs: the next delivery gets 503 while the dead
  worker's claim lasts, and runs the handler once the claim expired;
* the server stops while a handler runs: ``NotificationStoreError``, a 503 reply, nothing marked;
  once the server is back the retry runs the handler and is recorded.

Child processes are started with "spawn" (fresh interpreters). Every wait is bounded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import store_worker
from notify_kit import notification
from servers import private_postgres, private_redis
from store_kit import need_postgres, need_redis, new_mchid
from wechatpay_auth import NotificationEvent, NotificationStoreError, SQLNotificationStore

WORKERS = 4
ROUNDS = 3
CLAIM_TTL = 3.0  # long enough to see a claim held on a loaded machine, short enough to wait out

spawn = multiprocessing.get_context("spawn")


@pytest.fixture(params=["redis", "postgres", "sqlite"])
def spec(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Any]:
    kind: str = request.param
    base: dict[str, Any] = {"kind": kind, "mchid": new_mchid(), "claim_ttl": CLAIM_TTL}
    if kind == "redis":
        return {**base, "url": need_redis()}
    if kind == "postgres":
        return {**base, "url": need_postgres(), "table": request.getfixturevalue("pg_table")}
    return {**base, "path": str(tmp_path / "notifications.db")}


def lines(path: Path) -> list[str]:
    return [line.split()[0] for line in path.read_text().splitlines()] if path.exists() else []


def wait_until(condition: Any, *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.05)


def test_concurrent_deliveries_in_separate_processes_run_the_handler_once(spec: dict[str, Any], tmp_path: Path) -> None:
    notes = [notification("TRANSACTION.SUCCESS", notification_id=f"EV-MP-{n}-{spec['mchid']}") for n in range(ROUNDS)]
    deliveries = [(note.headers, note.body) for note in notes]
    barrier = spawn.Barrier(WORKERS)
    results = spawn.Queue()
    workers = [
        spawn.Process(target=store_worker.deliver_rounds, args=(spec, deliveries, str(tmp_path), 0.4, barrier, results))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    try:
        reports = [results.get(timeout=120) for _ in workers]
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()
    assert all(worker.exitcode == 0 for worker in workers)
    assert len({pid for pid, _ in reports}) == WORKERS  # really four processes
    ids = [note.envelope["id"] for note in notes]
    # Exactly once per id, though every id reached four processes at the same moment.
    assert Counter(lines(tmp_path / "started")) == Counter(ids)
    assert Counter(lines(tmp_path / "done")) == Counter(ids)
    for round_ in range(ROUNDS):
        statuses = sorted(statuses[round_] for _, statuses in reports)
        # one 200 from the worker that ran it; the others 503 (in flight) or 200 (already done)
        assert statuses.count(200) >= 1 and set(statuses) <= {200, 503}, statuses
    # Every id is recorded: another delivery, from yet another process's store, is a duplicate.
    parser = store_worker.make_parser(spec)
    for note in notes:
        assert parser.handle(note.headers, note.body, lambda event: pytest.fail("handled twice")).status == 200
        assert parser.parse(note.headers, note.body).is_duplicate is True


def test_a_worker_killed_mid_handler_leaves_a_claim_that_expires(spec: dict[str, Any], tmp_path: Path) -> None:
    note = notification("TRANSACTION.SUCCESS", notification_id=f"EV-KILL-{spec['mchid']}")
    victim = spawn.Process(target=store_worker.deliver_and_hang, args=(spec, note.headers, note.body, str(tmp_path)))
    parser = store_worker.make_parser(spec)  # the next worker, ready before the victim dies
    handler = store_worker.recording_handler(tmp_path, hold=0.0)
    victim.start()
    try:
        wait_until(lambda: lines(tmp_path / "started"), timeout=60, what="the victim's handler never started")
        claimed_by = time.monotonic()  # the victim claimed the id before its handler started
        assert victim.pid is not None
        os.kill(victim.pid, signal.SIGKILL)
        victim.join(timeout=30)
    finally:
        if victim.is_alive():
            victim.kill()
    assert victim.exitcode == -signal.SIGKILL
    # The dead worker's claim still holds: WeChat Pay's next try is told to come back later.
    reply = parser.handle(note.headers, note.body, handler)
    assert time.monotonic() - claimed_by < CLAIM_TTL, "too slow to see the claim held; raise CLAIM_TTL"
    assert reply.status == 503 and json.loads(reply.body)["message"] == "notification is being processed"
    assert not parser.parse(note.headers, note.body).is_duplicate
    killed_at = time.monotonic()
    # After the claim TTL the next delivery runs the handler, once.
    time.sleep(max(0.0, killed_at + CLAIM_TTL + 0.5 - time.monotonic()))
    assert parser.handle(note.headers, note.body, handler).status == 200
    assert parser.handle(note.headers, note.body, handler).status == 200  # a duplicate now
    assert lines(tmp_path / "started") == [note.envelope["id"]] * 2  # the killed run and the retry
    assert lines(tmp_path / "done") == [note.envelope["id"]]


# --------------------------------------------------------------------------- the server goes away


@pytest.mark.parametrize("kind", ["redis", "postgres"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_server_stopped_mid_handler_is_a_store_error_a_503_and_nothing_marked(
    kind: str, mode: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from wechatpay_auth import AsyncRedisNotificationStore, AsyncSQLNotificationStore

    mchid = new_mchid()
    note = notification("TRANSACTION.SUCCESS", notification_id=f"EV-DOWN-{mchid}")
    server_cm = private_redis() if kind == "redis" else private_postgres()
    with server_cm as server:
        spec: dict[str, Any] = {"kind": kind, "url": server.url, "mchid": mchid, "claim_ttl": CLAIM_TTL}
        if kind == "postgres":
            spec["table"] = "wechatpay_notifications"
            SQLNotificationStore.postgres(server.url, mchid=mchid).create_schema()
        parser = store_worker.make_parser(spec)
        if mode == "async":
            async_store: Any
            if kind == "redis":
                async_store = AsyncRedisNotificationStore.from_url(server.url, mchid=mchid, claim_ttl=CLAIM_TTL)
            else:
                async_store = asyncio.run(
                    AsyncSQLNotificationStore.postgres(server.url, mchid=mchid, claim_ttl=CLAIM_TTL)
                )
            parser = type(parser)(
                apiv3_key=store_worker.APIV3_KEY,
                wechatpay_public_key_id=store_worker.KEYS.public_key_id,
                wechatpay_public_key=store_worker.KEYS.public_key_pem,
                store=async_store,
                clock=store_worker.FakeClock(),
            )
        calls: list[str] = []

        def stop_the_server(event: NotificationEvent) -> None:
            calls.append(event.id)
            server.stop()  # mid-handler: the work is done, the record cannot be written

        async def astop_the_server(event: NotificationEvent) -> None:
            stop_the_server(event)

        started = time.monotonic()
        with caplog.at_level(logging.ERROR, logger="wechatpay"):
            if mode == "sync":
                reply = parser.handle(note.headers, note.body, stop_the_server)
            else:
                reply = asyncio.run(parser.ahandle(note.headers, note.body, astop_the_server))
        assert time.monotonic() - started < 30  # fails fast, no endless reconnecting
        assert calls == [note.envelope["id"]]
        assert reply.status == 503
        assert json.loads(reply.body) == {"code": "FAIL", "message": "notification store unavailable"}
        logged = [r.getMessage() for r in caplog.records if "notification store" in r.getMessage()]
        assert any("failed: mark_processed" in m and note.envelope["id"] in m for m in logged), logged
        # While the server is down, every step says so clearly.
        with pytest.raises(NotificationStoreError) as caught:
            parser.parse(note.headers, note.body) if mode == "sync" else asyncio.run(
                parser.aparse(note.headers, note.body)
            )
        assert caught.value.operation == "is_processed" and caught.value.__cause__ is not None
        assert server.url.split("@")[-1] not in str(caught.value)  # no connection string in the text
        assert (
            parser.handle(note.headers, note.body, stop_the_server)
            if mode == "sync"
            else asyncio.run(parser.ahandle(note.headers, note.body, astop_the_server))
        ).status == 503
        assert calls == [note.envelope["id"]]  # not run again while the store is down

        server.start()
        # Nothing was marked: the data survived the stop, and holds no record of the id.
        checker = store_worker.make_store(spec)
        assert not checker.is_processed(note.envelope["id"])
        # The claim the stopped run could not release lapses; then WeChat Pay's retry runs it, once.
        deadline = time.monotonic() + CLAIM_TTL + 10
        handled: list[str] = []
        while True:
            retry = checker_parser_handle(spec, note, handled)
            if retry == 200 or time.monotonic() > deadline:
                break
            assert retry == 503
            time.sleep(0.3)
        assert retry == 200 and handled == [note.envelope["id"]]
        assert checker.is_processed(note.envelope["id"])


def checker_parser_handle(spec: dict[str, Any], note: Any, handled: list[str]) -> int:
    parser = store_worker.make_parser(spec)
    status = parser.handle(note.headers, note.body, lambda event: handled.append(event.id)).status
    close = getattr(parser.store, "close", None)
    if close is not None:
        close()
    return status
