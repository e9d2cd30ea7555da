"""50 concurrent requests that need certificates cause exactly one download (threads and asyncio)."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
from auth_testkit import BASE_URL, CertEntry, FakeWeChatPay

N = 50


def _sign_with(fake: FakeWeChatPay, key: str) -> None:
    fake.responder = lambda request: fake.signed_response(200, b'{"ok":true}', key=key)


def _run_threads(client: httpx.Client) -> list[int]:
    barrier = threading.Barrier(N)

    def call(_: int) -> int:
        barrier.wait()
        return client.get("/v3/a").status_code

    with ThreadPoolExecutor(max_workers=N) as pool:
        return list(pool.map(call, range(N)))


def test_threads_unknown_serial_one_download(make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    with httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client:
        client.get("/v3/a")
        assert fake.certificate_downloads == 1
        clock.advance(61)
        fake.cert_entries = [CertEntry("platform"), CertEntry("platform2")]
        fake.cert_delay = 0.05
        _sign_with(fake, "platform2")  # rotated: every response now names an unknown serial
        statuses = _run_threads(client)
    assert statuses == [200] * N
    assert fake.certificate_downloads == 2


def test_threads_first_load_one_download(make_auth, fake: FakeWeChatPay) -> None:
    auth = make_auth("certificate")
    fake.cert_delay = 0.05
    _sign_with(fake, "platform")
    with httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client:
        statuses = _run_threads(client)
    assert statuses == [200] * N
    assert fake.certificate_downloads == 1


def test_threads_migration_mode_one_download(make_auth, fake: FakeWeChatPay) -> None:
    auth = make_auth("migration")
    fake.cert_delay = 0.05
    _sign_with(fake, "platform")
    with httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client:
        statuses = _run_threads(client)
    assert statuses == [200] * N
    assert fake.certificate_downloads == 1


async def test_asyncio_unknown_serial_one_download(make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    async with httpx.AsyncClient(base_url=BASE_URL, transport=fake.async_transport, auth=auth) as client:
        await client.get("/v3/a")
        assert fake.certificate_downloads == 1
        clock.advance(61)
        fake.cert_entries = [CertEntry("platform"), CertEntry("platform2")]
        fake.cert_delay = 0.05
        _sign_with(fake, "platform2")
        responses = await asyncio.gather(*(client.get("/v3/a") for _ in range(N)))
    assert [r.status_code for r in responses] == [200] * N
    assert fake.certificate_downloads == 2


async def test_asyncio_first_load_one_download(make_auth, fake: FakeWeChatPay) -> None:
    auth = make_auth("certificate")
    fake.cert_delay = 0.05
    _sign_with(fake, "platform")
    async with httpx.AsyncClient(base_url=BASE_URL, transport=fake.async_transport, auth=auth) as client:
        responses = await asyncio.gather(*(client.get("/v3/a") for _ in range(N)))
    assert [r.status_code for r in responses] == [200] * N
    assert fake.certificate_downloads == 1
