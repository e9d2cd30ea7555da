"""Every sandbox fault x sync/async x a safe GET and an unsafe POST, over a real loopback socket.

For each case: the exception (or success), the number of attempts (counted three ways: by the
sandbox, by the SDK's error, and on the wire, where every attempt carries a fresh nonce), and
a DEBUG capture of the "wechatpay" loggers that must hold no key material, APIv3 key,
signature or plaintext identity.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hardening_kit import Wire, assert_no_secrets, pre_sign_body, secret_strings
from wechatpay_auth import (
    AiohttpTransport,
    APIConnectionError,
    APITimeoutError,
    HTTPClientTransport,
    InternalServerError,
    RateLimitError,
    SignatureVerificationError,
    WeChatPayError,
    request_options,
)
from wechatpay_client.api.insurance_sign import pre_sign_mini_program, query_contract

GET_OP = "query_contract"  # x-wechatpay-retry: safe
POST_OP = "pre_sign_mini_program"  # unsafe, reconcile with query_contract
SLOW_READ = httpx.Timeout(5.0, read=0.3)
SLOW_DELAY = 1.0


@dataclass(frozen=True)
class Case:
    kind: str
    operation: str
    error: type[WeChatPayError] | None  # None: the call succeeds in the end
    attempts: int
    count: int = 1  # how many consecutive requests the fault hits
    reconcile: bool = False  # the error names query_contract

    @property
    def id(self) -> str:
        suffix = f"x{self.count}" if self.count > 1 else ""
        return f"{self.kind}{suffix}-{'GET' if self.operation == GET_OP else 'POST'}"


SIGNATURE_KINDS = ("bad_signature", "stale", "probe", "unsigned")

CASES = [
    # A safe GET: transient failures are retried and the call succeeds on attempt 2 ...
    *(Case(kind, GET_OP, None, 2) for kind in ("500", "429", "502", "503", "slow", "truncated", "drop")),
    # ... until the retries (2) are used up.
    Case("500", GET_OP, InternalServerError, 3, count=3),
    Case("503", GET_OP, InternalServerError, 3, count=3),
    Case("drop", GET_OP, APIConnectionError, 3, count=3),
    Case("slow", GET_OP, APITimeoutError, 3, count=3),
    # A verification failure is never retried.
    *(Case(kind, GET_OP, SignatureVerificationError, 1) for kind in SIGNATURE_KINDS),
    # An unsafe POST is never resent once it reached WeChat Pay, a 429 included (a refund's state
    # is unknown after a 429: query first); an unclear outcome names the query.
    Case("429", POST_OP, RateLimitError, 1, reconcile=True),
    *(Case(kind, POST_OP, InternalServerError, 1, reconcile=True) for kind in ("500", "502", "503")),
    Case("slow", POST_OP, APITimeoutError, 1, reconcile=True),
    Case("truncated", POST_OP, APIConnectionError, 1, reconcile=True),
    Case("drop", POST_OP, APIConnectionError, 1, reconcile=True),
    *(Case(kind, POST_OP, SignatureVerificationError, 1, reconcile=True) for kind in SIGNATURE_KINDS),
]


def _client_for(mode: str, make_client: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``sync``/``async``: create_client's defaults (the http.client transport; aiohttp when installed).
    ``httpx-sync``/``httpx-async``: httpx's own transports, the fallback when a proxy is configured."""
    if mode == "aiohttp":
        pytest.importorskip("aiohttp")
        from wechatpay_auth import AiohttpTransport

        return make_client(async_transport=AiohttpTransport())
    if mode == "httpx-sync":
        return make_client(transport=httpx.HTTPTransport())
    if mode == "httpx-async":
        from wechatpay_auth import _aiohttp

        monkeypatch.setattr(_aiohttp, "default_async_transport", lambda **kwargs: None)
    return make_client()


async def _call(mode: str, client: Any, operation: str, contract: Any) -> Any:
    if operation == GET_OP:
        kwargs: dict[str, Any] = {"plan_id": contract.plan_id, "out_contract_code": contract.out_contract_code}
        module: Any = query_contract
    else:
        kwargs = {"body": pre_sign_body()}
        module = pre_sign_mini_program
    if mode.endswith("sync") and not mode.endswith("async"):
        return module.sync(client=client, **kwargs)
    return await module.asyncio(client=client, **kwargs)


@pytest.mark.parametrize("mode", ["sync", "async", "aiohttp", "httpx-sync", "httpx-async"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_fault(case: Case, mode: str, sandbox, make_client, contract, credentials, caplog, monkeypatch) -> None:
    caplog.set_level(logging.DEBUG, logger="wechatpay")
    client = _client_for(mode, make_client, monkeypatch)
    wire = Wire()
    wire.attach(client)
    extra: dict[str, Any] = {"retry_after": 0} if case.kind == "429" else {}
    if case.kind == "slow":
        extra["delay"] = SLOW_DELAY
    sandbox.faults.add(case.kind, case.count, case.operation, **extra)
    before = sandbox.request_count(case.operation)

    error: BaseException | None = None
    with request_options(timeout=SLOW_READ if case.kind == "slow" else None):
        try:
            result = await _call(mode, client, case.operation, contract)
        except WeChatPayError as exc:
            error = exc

    reached = sandbox.request_count(case.operation) - before
    assert reached == case.attempts
    assert len(wire.requests) == case.attempts
    assert len(set(wire.nonces())) == case.attempts  # every attempt signed afresh
    if case.error is None:
        assert error is None
        assert result is not None
        assert "retry 1 of 2" in caplog.text
    else:
        assert isinstance(error, case.error), f"{type(error).__name__}: {error}"
        if case.error is not SignatureVerificationError:
            assert error.attempts == case.attempts  # type: ignore[union-attr]
        assert error.operation_id == case.operation  # type: ignore[union-attr]
        reconcile = getattr(error, "reconcile_with", None)
        assert reconcile == ("query_contract" if case.reconcile else None)
        if case.reconcile:
            assert "query_contract" in str(error)
        if isinstance(error, APIConnectionError):
            assert error.outcome_unknown
            assert isinstance(error.__cause__, httpx.TransportError)
            if case.attempts > 1:
                assert f"after {case.attempts} attempts" in str(error)
    texts = [caplog.text]
    if error is not None:
        texts += [str(error), repr(error), str(error.__cause__ or "")]
    assert_no_secrets(texts, secret_strings(credentials) + wire.signatures())
    if mode == "httpx-async":
        assert client.get_async_httpx_client().loop_count() == 1  # httpx's per-loop transport was used
    elif mode == "async" and importlib.util.find_spec("aiohttp") is not None:
        assert isinstance(client.get_async_httpx_client()._transport, AiohttpTransport)
    elif mode == "sync":
        assert isinstance(client.get_httpx_client()._transport, HTTPClientTransport)
    await client.get_async_httpx_client().aclose()
