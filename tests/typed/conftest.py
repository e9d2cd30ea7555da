"""Fixtures for the tests of ``wechatpay_typed``: one public-key-mode sandbox per module."""

from __future__ import annotations

from collections.abc import Iterator

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
