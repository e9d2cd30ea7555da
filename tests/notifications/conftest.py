"""Fixtures for the notification tests (helpers in notify_kit.py).

Tests marked ``slow`` run only when selected with ``-m slow`` (or WECHATPAY_SLOW_TESTS=1).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from notify_kit import APIV3_KEY, KEYS, FakeClock, ParseFn
from wechatpay_auth import InMemoryNotificationStore, NotificationEvent, NotificationParser


@pytest.fixture(autouse=True)
def _skip_slow_unless_selected(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("slow") is None:
        return
    markexpr = request.config.getoption("markexpr", default="") or ""
    if os.environ.get("WECHATPAY_SLOW_TESTS") == "1" or ("slow" in markexpr and "not slow" not in markexpr):
        return
    pytest.skip("slow: run with -m slow or WECHATPAY_SLOW_TESTS=1")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(clock: FakeClock) -> InMemoryNotificationStore:
    return InMemoryNotificationStore(clock=clock)


@pytest.fixture
def parser(clock: FakeClock, store: InMemoryNotificationStore) -> NotificationParser:
    """Public-key mode, clock fixed inside the test certificates' validity."""
    return NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        store=store,
        clock=clock,
    )


@pytest.fixture(params=["sync", "async"])
def parse(request: pytest.FixtureRequest) -> ParseFn:
    """``await parse(parser, headers, body)`` through ``parser.parse`` or ``parser.aparse``."""

    async def run(parser: NotificationParser, headers: Any, body: bytes) -> NotificationEvent:
        if request.param == "sync":
            return parser.parse(headers, body)
        return await parser.aparse(headers, body)

    return run
