"""Suite-wide policy: the large property-based runs (``@pytest.mark.slow``) are deselected.

They run when the command selects markers itself (``pytest -m slow``, ``pytest -m ""``) or with
``WECHATPAY_SLOW_TESTS=1``; CI runs the smaller versions of the same properties.
"""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.option.markexpr or os.environ.get("WECHATPAY_SLOW_TESTS") == "1":
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


_STORE_SERVERS = (("Redis", "WECHATPAY_TEST_REDIS_URL"), ("PostgreSQL", "WECHATPAY_TEST_POSTGRES_URL"))


def pytest_report_header(config: pytest.Config) -> list[str]:
    """Say up front whether the notification-store tests meet real servers (tests/stores)."""
    return [
        f"notification store tests on {name}: "
        + (
            f"{variable} is set"
            if os.environ.get(variable)
            else f"SKIPPED, {variable} is not set (.ci/test-servers.sh)"
        )
        for name, variable in _STORE_SERVERS
    ]
