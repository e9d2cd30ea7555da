"""Fixtures for the tests of ``wechatpay_typed``: one public-key-mode sandbox per module."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from wechatpay_sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox("public_key") as sb:
        yield sb


@pytest.fixture(autouse=True)
def _clear_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox").faults.clear()


def client_arguments(sandbox: Sandbox, **overrides: Any) -> dict[str, Any]:
    """The keyword arguments of ``WeChatPay(...)`` for ``sandbox`` (public-key mode)."""
    creds = sandbox.credentials
    return {
        "mchid": creds.mchid,
        "merchant_serial_no": creds.merchant_serial_no,
        "merchant_private_key": creds.merchant_private_key_pem,
        "wechatpay_public_key_id": creds.public_key_id,
        "wechatpay_public_key": creds.wechatpay_public_key_pem,
        "base_url": sandbox.base_url,
        **overrides,
    }
