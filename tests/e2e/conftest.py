"""Fixtures for the end-to-end tests: one public-key-mode sandbox and one webhook receiver per session.

All e2e tests run in one session-wide event loop, so that one SDK client (whose async httpx client
is bound to the loop that first used it) serves the whole suite: building a client costs about
0.1 s (merchant key check, TLS context), which per test would dominate the run time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from e2e_support import Contracts, Receiver, close_client, make_client
from wechatpay_sandbox import Sandbox

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    marker = pytest.mark.asyncio(loop_scope="session")
    for item in items:
        if _HERE in Path(item.path).resolve().parents and pytest_asyncio.is_async_test(item):
            item.add_marker(marker, append=False)


@pytest.fixture(scope="session")
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """Public-key mode; callback retries compressed; the sandbox checks its own answers against the spec."""
    with Sandbox("public_key", retry_compression=1000, strict_responses=True) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _clear_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox").faults.clear()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def client(sandbox: Sandbox) -> AsyncIterator[Any]:
    """The SDK client from ``create_client`` in public-key mode (sync and async httpx clients)."""
    c = make_client(sandbox, "public_key")
    yield c
    await close_client(c)


@pytest.fixture(scope="session")
def contracts(sandbox: Sandbox, client: Any, receiver: Receiver) -> Contracts:
    """Signed contracts made through the SDK (pre-sign) and the sandbox (the user signs)."""
    return Contracts(sandbox, client, receiver.url("/contract"))


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value
