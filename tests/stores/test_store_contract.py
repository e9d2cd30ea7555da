"""One contract, every store: in-memory, SQLite, Redis and PostgreSQL, sync and async (conftest.BACKENDS).

Each store made by ``backend.make`` is a separate worker (its own client or connection; the
in-memory store is one object per process, so its "workers" share it). Expiry is real time with
short TTLs, since the SQL and Redis stores use the server's clock.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest
from notify_kit import APIV3_KEY, KEYS, FakeClock, notification
from store_kit import Backend, StoreUnderTest, new_mchid
from wechatpay_auth import NotificationEvent, NotificationParser

SHORT = 1.0  # a claim or record TTL the tests wait out (real time: SQL and Redis use the server clock)
PAST_SHORT = SHORT + 0.5


async def test_a_claim_is_exclusive_until_released(backend: Backend) -> None:
    mchid = new_mchid()
    first, second = await backend.make(mchid), await backend.make(mchid)
    assert not await first.is_processed("EV-1")
    assert await first.claim("EV-1") is True
    assert await first.claim("EV-1") is False  # the same worker again: in flight
    assert await second.claim("EV-1") is False  # another worker: in flight
    assert not await second.is_processed("EV-1")  # a claim is not "handled"
    await first.release("EV-1")  # the handler failed
    assert await second.claim("EV-1") is True  # WeChat Pay's retry, on another worker
    await second.mark_processed("EV-1")  # ... succeeded
    assert await first.is_processed("EV-1") and await second.is_processed("EV-1")
    assert await first.claim("EV-1") is False and await second.claim("EV-1") is False
    await first.release("EV-1")  # releasing what one does not hold changes nothing
    assert await second.is_processed("EV-1")


async def test_ids_and_merchants_are_independent(backend: Backend) -> None:
    mchid, other_mchid = new_mchid(), new_mchid()
    store, other_merchant = await backend.make(mchid), await backend.make(other_mchid)
    await store.mark_processed("EV-A")
    assert await store.is_processed("EV-A") and not await store.is_processed("EV-B")
    assert not await other_merchant.is_processed("EV-A")
    assert await other_merchant.claim("EV-A") is True  # the same id at another merchant is another notification
    assert await store.claim("EV-B") is True


async def test_a_claim_of_a_dead_worker_lapses(backend: Backend) -> None:
    mchid = new_mchid()
    dead = await backend.make(mchid, claim_ttl=SHORT)
    alive = await backend.make(mchid, claim_ttl=SHORT)
    assert await dead.claim("EV-DEAD") is True  # ... and the worker never returns
    assert await alive.claim("EV-DEAD") is False
    await asyncio.sleep(PAST_SHORT)
    assert await alive.claim("EV-DEAD") is True
    assert not await alive.is_processed("EV-DEAD")


async def test_a_late_release_does_not_free_another_workers_claim(backend: Backend) -> None:
    if backend.name.startswith("memory"):
        pytest.skip("one in-memory store per process: there is no other worker's claim to tell apart")
    mchid = new_mchid()
    slow, fast, third = [await backend.make(mchid, claim_ttl=SHORT) for _ in range(3)]
    assert await slow.claim("EV-LATE") is True
    await asyncio.sleep(PAST_SHORT)  # slow's claim lapsed ...
    assert await fast.claim("EV-LATE") is True  # ... and fast took it over
    await slow.release("EV-LATE")  # slow's handler finally fails: it must not release fast's claim
    assert await third.claim("EV-LATE") is False
    await fast.mark_processed("EV-LATE")
    assert await third.is_processed("EV-LATE")


async def test_one_instance_never_holds_two_claims_on_an_id(backend: Backend) -> None:
    """Threads or tasks of one process share one store instance. A second delivery of an id whose
    first delivery is still in flight in this process is refused, even after the server-side claim
    lapsed: otherwise its token replaced the first's, and the first delivery's late release deleted
    the second's live claim (a third delivery then ran the handler too)."""
    if backend.name.startswith("memory"):
        pytest.skip("one in-memory store per process: there is no other worker's claim to tell apart")
    mchid = new_mchid()
    here, elsewhere, third = [await backend.make(mchid, claim_ttl=SHORT) for _ in range(3)]
    assert await here.claim("EV-TWICE") is True  # delivery A, on one thread of this process
    await asyncio.sleep(PAST_SHORT)  # A's claim lapsed on the server; A is still running
    assert await here.claim("EV-TWICE") is False  # delivery B through the same instance: A is in flight here
    assert await elsewhere.claim("EV-TWICE") is True  # another process may take over the lapsed claim
    await here.release("EV-TWICE")  # A fails at last: it must not free the other process's claim
    assert await third.claim("EV-TWICE") is False
    await elsewhere.release("EV-TWICE")
    assert await here.claim("EV-TWICE") is True  # A is over: this instance may claim the id again


async def test_records_expire_after_ttl(backend: Backend) -> None:
    mchid = new_mchid()
    store = await backend.make(mchid, ttl=SHORT)
    assert await store.claim("EV-TTL") is True
    await store.mark_processed("EV-TTL")
    assert await store.is_processed("EV-TTL") and await store.claim("EV-TTL") is False
    await asyncio.sleep(PAST_SHORT)
    assert not await store.is_processed("EV-TTL")
    assert await store.claim("EV-TTL") is True  # long forgotten: new again


async def test_mark_processed_without_a_claim(backend: Backend) -> None:
    """The manual pattern (parse, work, mark) never claims."""
    store = await backend.make(new_mchid())
    await store.mark_processed("EV-MANUAL")
    await store.mark_processed("EV-MANUAL")  # twice is fine
    assert await store.is_processed("EV-MANUAL") and await store.claim("EV-MANUAL") is False


async def test_concurrent_claims_by_many_workers_have_one_winner(backend: Backend) -> None:
    mchid = new_mchid()
    workers = [await backend.make(mchid) for _ in range(6)]
    for round_ in range(5):
        notification_id = f"EV-RACE-{round_}"
        if backend.is_async:
            results = await asyncio.gather(*(worker.claim(notification_id) for worker in workers))
        else:
            results = _claim_in_threads(workers, notification_id)
        assert sorted(results) == [False] * (len(workers) - 1) + [True], (notification_id, results)


def _claim_in_threads(workers: list[StoreUnderTest], notification_id: str) -> list[bool]:
    """Real threads, each with its own client/connection, released together."""
    barrier = threading.Barrier(len(workers), timeout=10)
    results = [False] * len(workers)

    def claim(index: int) -> None:
        barrier.wait()
        results[index] = workers[index].store.claim(notification_id)

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)
    return results


async def test_the_parser_runs_the_handler_once_per_id_with_the_store(backend: Backend) -> None:
    mchid = new_mchid()
    clock = FakeClock()
    parsers = [
        NotificationParser(
            apiv3_key=APIV3_KEY,
            wechatpay_public_key_id=KEYS.public_key_id,
            wechatpay_public_key=KEYS.public_key_pem,
            store=(await backend.make(mchid)).store,
            clock=clock,
        )
        for _ in range(2)
    ]
    calls: list[str] = []
    gate = asyncio.Event()

    async def slow_handler(event: NotificationEvent) -> None:
        calls.append(event.id)
        await asyncio.wait_for(gate.wait(), timeout=10)

    note = notification("TRANSACTION.SUCCESS", notification_id=f"EV-PARSER-{backend.name}")
    first = asyncio.create_task(parsers[0].ahandle(note.headers, note.body, slow_handler))
    deadline = time.monotonic() + 10
    while not calls and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert calls == [note.envelope["id"]]
    in_flight = await parsers[1].ahandle(note.headers, note.body, slow_handler)
    assert in_flight.status == 503
    assert json.loads(in_flight.body)["message"] == "notification is being processed"
    gate.set()
    assert (await first).status == 200
    if not backend.is_async:  # the sync path too, on the other worker
        assert parsers[1].handle(note.headers, note.body, lambda event: calls.append(event.id)).status == 200
        assert parsers[1].parse(note.headers, note.body).is_duplicate is True
    assert (await parsers[1].ahandle(note.headers, note.body, slow_handler)).status == 200
    assert (await parsers[1].aparse(note.headers, note.body)).is_duplicate is True
    assert calls == [note.envelope["id"]]
