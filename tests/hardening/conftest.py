"""Fixtures for the hardening tests: a loopback sandbox and clients with tiny backoff.

Tests marked ``@pytest.mark.slow`` are deselected by tests/conftest.py unless selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_HARDENING = Path(__file__).resolve().parent

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hardening_kit import FAST_RETRY, Wire, pre_sign_body
from wechatpay_auth import create_client
from wechatpay_sandbox import Contract, Sandbox, SandboxCredentials


@pytest.fixture(scope="session")
def credentials() -> SandboxCredentials:
    return SandboxCredentials.generate()


@pytest.fixture(scope="session")
def sandbox(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    with Sandbox("public_key", credentials=credentials, retry_compression=1000) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox").faults.clear()


@pytest.fixture(scope="session")
def merchant_key(credentials: SandboxCredentials) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(credentials.merchant_private_key_pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


@pytest.fixture
def make_client(
    sandbox: Sandbox, credentials: SandboxCredentials, merchant_key: rsa.RSAPrivateKey
) -> Iterator[Callable[..., Any]]:
    """``make_client(**create_client_overrides)``: a client for the sandbox, with FAST_RETRY."""
    made: list[Any] = []

    def factory(**overrides: Any) -> Any:
        kwargs: dict[str, Any] = {
            "merchant_serial_no": credentials.merchant_serial_no,
            "merchant_private_key": merchant_key,
            "wechatpay_public_key_id": credentials.public_key_id,
            "wechatpay_public_key": credentials.wechatpay_public_key_pem,
            "base_url": sandbox.base_url,
            "retry": FAST_RETRY,
        }
        kwargs.update(overrides)
        client = create_client(credentials.mchid, **kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        client.get_httpx_client().close()


@pytest.fixture(scope="session")
def contract(sandbox: Sandbox, credentials: SandboxCredentials, merchant_key: rsa.RSAPrivateKey) -> Contract:
    """A signed contract in the sandbox, for the GET operations."""
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    client = create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=merchant_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        base_url=sandbox.base_url,
        retry=None,
    )
    try:
        answer = pre_sign_mini_program.sync(client=client, body=pre_sign_body())
    finally:
        client.get_httpx_client().close()
    return sandbox.simulate_user_sign(answer.pre_entrustweb_id)


@pytest.fixture
def wire() -> Wire:
    return Wire()
