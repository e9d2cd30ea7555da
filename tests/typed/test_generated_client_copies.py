"""The generated ``Client.with_headers()`` / ``with_cookies()`` / ``with_timeout()`` copies of a
``create_client`` client keep what the runtime adds (issue 14): retries, failover, the mapping of
network errors to ``WeChatPayError`` subclasses and the transports; the original is left as it
was; a call on a closed client (or on a copy of one) is a ``ConfigurationError``, nothing sent.

Before the fix the copies were plain httpx clients: a refused connection surfaced as a raw
``httpx.ConnectError``, a 500 was not retried, and ``with_headers`` changed the original's headers.
"""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
from wechatpay_auth import (
    APIConnectionError,
    ConfigurationError,
    NotFoundError,
    RetryPolicy,
    WeChatPayError,
    create_client,
)
from wechatpay_client.api.insurance_sign import query_contract
from wechatpay_sandbox import Sandbox
from wxpay_kit import client_arguments

PLAN_ID = 12535
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.01)


def _closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _client(sandbox: Sandbox, **overrides: Any) -> Any:
    arguments = client_arguments(sandbox, **overrides)
    return create_client(arguments.pop("mchid"), **arguments)


COPIES = {
    "with_timeout": lambda c: c.with_timeout(httpx.Timeout(3.0)),
    "with_headers": lambda c: c.with_headers({"X-Trace": "t1"}),
    "with_cookies": lambda c: c.with_cookies({"k": "v"}),
}


@pytest.mark.parametrize("how", sorted(COPIES))
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_copy_maps_connection_errors_and_keeps_failover(how: str, mode: str, sandbox: Sandbox) -> None:
    copy = COPIES[how](_client(sandbox, base_url=_closed_port(), failover=False, retry=None))
    with pytest.raises(APIConnectionError) as info:
        if mode == "sync":
            query_contract.sync(PLAN_ID, "NONE", client=copy)
        else:
            await query_contract.asyncio(PLAN_ID, "NONE", client=copy)
    assert isinstance(info.value, WeChatPayError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    # failover kept: the primary refuses the connection, the backup (the sandbox) answers
    backup = COPIES[how](_client(sandbox, base_url=_closed_port(), failover_base_url=sandbox.base_url, retry=None))
    with pytest.raises(NotFoundError):
        if mode == "sync":
            query_contract.sync(PLAN_ID, "NONE", client=backup)
        else:
            await query_contract.asyncio(PLAN_ID, "NONE", client=backup)


@pytest.mark.parametrize("how", sorted(COPIES))
async def test_a_copy_keeps_retries(how: str, sandbox: Sandbox) -> None:
    copy = COPIES[how](_client(sandbox, retry=FAST))
    sandbox.faults.add("500", 1, "query_contract")
    with pytest.raises(NotFoundError):  # the 500 was retried; the second attempt got the real answer
        query_contract.sync(PLAN_ID, "NONE", client=copy)
    assert sandbox.faults.pending() == []
    sandbox.faults.add("500", 1, "query_contract")
    with pytest.raises(NotFoundError):
        await query_contract.asyncio(PLAN_ID, "NONE", client=copy)
    assert sandbox.faults.pending() == []


def test_the_copy_has_its_settings_and_the_original_keeps_its_own(sandbox: Sandbox) -> None:
    original = _client(sandbox)
    with_header = original.with_headers({"X-Trace": "t1"})
    assert with_header.get_httpx_client().headers["X-Trace"] == "t1"
    assert with_header.get_async_httpx_client().headers["X-Trace"] == "t1"
    assert "X-Trace" not in original.get_httpx_client().headers
    assert "X-Trace" not in original.get_async_httpx_client().headers
    timed = original.with_timeout(httpx.Timeout(1.5))
    assert timed.get_httpx_client().timeout == httpx.Timeout(1.5)
    assert original.get_httpx_client().timeout != httpx.Timeout(1.5)
    # the same signer: the copy's answers are verified with the original's keys
    assert timed.get_httpx_client().auth is original.get_httpx_client().auth


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_call_on_a_closed_client_or_its_copy_is_a_configuration_error(mode: str, sandbox: Sandbox) -> None:
    original = _client(sandbox)
    copy = original.with_timeout(httpx.Timeout(3.0))
    if mode == "sync":
        original.get_httpx_client().close()
    else:
        await original.get_async_httpx_client().aclose()
    for target in (original, copy):
        with pytest.raises(ConfigurationError, match="closed"):
            if mode == "sync":
                query_contract.sync(PLAN_ID, "NONE", client=target)
            else:
                await query_contract.asyncio(PLAN_ID, "NONE", client=target)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_closing_a_copy_leaves_the_original_working(mode: str, sandbox: Sandbox) -> None:
    """A copy borrows the original's transports: its ``with`` block must not close them (the
    original's next call used to fail with the transport's raw "the transport is closed")."""
    original = _client(sandbox)
    if mode == "sync":
        with original.with_timeout(httpx.Timeout(3.0)) as copy, pytest.raises(NotFoundError):
            query_contract.sync(PLAN_ID, "NONE", client=copy)
        with pytest.raises(NotFoundError):  # a signed, verified answer through the original
            query_contract.sync(PLAN_ID, "NONE", client=original)
        with pytest.raises(ConfigurationError, match="closed"):  # the closed copy itself refuses
            query_contract.sync(PLAN_ID, "NONE", client=copy)
        original.get_httpx_client().close()
    else:
        async with original.with_timeout(httpx.Timeout(3.0)) as copy:
            with pytest.raises(NotFoundError):
                await query_contract.asyncio(PLAN_ID, "NONE", client=copy)
        with pytest.raises(NotFoundError):
            await query_contract.asyncio(PLAN_ID, "NONE", client=original)
        with pytest.raises(ConfigurationError, match="closed"):
            await query_contract.asyncio(PLAN_ID, "NONE", client=copy)
        await original.get_async_httpx_client().aclose()
