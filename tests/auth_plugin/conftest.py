"""Fixtures for the auth plugin tests; the helpers themselves live in auth_testkit.py.

Keys come from tests/vectors/ (made once by make_vectors.sh with the openssl CLI), so no RSA
key is generated while the tests run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from auth_testkit import (
    BASE_URL,
    VECTORS_INSTANCE,
    FakeClock,
    FakeWeChatPay,
    Vectors,
    build_auth,
)
from wechatpay_auth import WeChatPayAuth


@pytest.fixture(scope="session")
def vectors() -> Vectors:
    return VECTORS_INSTANCE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(vectors: Vectors, clock: FakeClock) -> FakeWeChatPay:
    return FakeWeChatPay(vectors, clock)


@pytest.fixture
def make_auth(vectors: Vectors, fake: FakeWeChatPay, clock: FakeClock) -> Callable[..., WeChatPayAuth]:
    """``make_auth(mode, **overrides)``; mode is 'public_key' (default), 'certificate' or 'migration'."""

    def factory(mode: str = "public_key", **overrides: Any) -> WeChatPayAuth:
        return build_auth(vectors, fake, clock, mode, **overrides)

    return factory


class Sender:
    """``await send(auth, method, url, **kwargs)`` through httpx.Client or httpx.AsyncClient."""

    def __init__(self, mode: str, fake: FakeWeChatPay) -> None:
        self.mode = mode
        self.fake = fake

    async def __call__(self, auth: httpx.Auth, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            with httpx.Client(base_url=BASE_URL, transport=self.fake.transport, auth=auth) as client:
                return client.request(method, url, **kwargs)
        async with httpx.AsyncClient(base_url=BASE_URL, transport=self.fake.async_transport, auth=auth) as aclient:
            return await aclient.request(method, url, **kwargs)


@pytest.fixture(params=["sync", "async"])
def send(request: pytest.FixtureRequest, fake: FakeWeChatPay) -> Sender:
    return Sender(request.param, fake)
