"""Fixtures for the sandbox tests (helpers live in ``sandbox_helpers``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_helpers import ApiClient, Receiver
from wechatpay_sandbox import Sandbox, SandboxCredentials

# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def credentials() -> SandboxCredentials:
    return SandboxCredentials.generate()


@pytest.fixture(scope="session")
def sandbox(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    """The shared public-key-mode sandbox (strict: its own answers are checked against the spec)."""
    with Sandbox("public_key", credentials=credentials, retry_compression=1000, strict_responses=True) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox").faults.clear()


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[ApiClient]:
    client = ApiClient(sandbox)
    yield client
    client.close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()
