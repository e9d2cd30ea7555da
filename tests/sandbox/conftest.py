"""Fixtures for the sandbox tests (helpers live in ``sandbox_helpers``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_helpers import ApiClient, Receiver
from wechatpay_sandbox import Sandbox, SandboxCredentials, Spec, load_spec

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
    for name in ("sandbox", "pay_sandbox"):
        if name in request.fixturenames:
            request.getfixturevalue(name).faults.clear()


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


@pytest.fixture(scope="session")
def full_spec() -> Spec:
    """The whole spec as the client ships it (``_openapi.json``; `generator --check` keeps it current)."""
    return load_spec()


@pytest.fixture(scope="session")
def pay_sandbox(credentials: SandboxCredentials, full_spec: Spec) -> Iterator[Sandbox]:
    """Public-key mode on the full spec, strict answers; refunds stay PROCESSING until simulated."""
    with Sandbox(
        "public_key",
        credentials=credentials,
        retry_compression=1000,
        strict_responses=True,
        refund_delay=None,
        spec=full_spec,
    ) as sb:
        yield sb


@pytest.fixture
def pay_api(pay_sandbox: Sandbox) -> Iterator[ApiClient]:
    client = ApiClient(pay_sandbox)
    yield client
    client.close()
