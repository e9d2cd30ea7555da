"""Issue 13, transport items: event loops (4), log forging (6), 429 on unsafe operations (7),
answer size cap (8), redirects (10) and the total deadline per call (11).

Everything runs over real loopback sockets: the sandbox, or a small scripted HTTP server below
that answers what a test asks for (a huge or drip-fed body, a redirect, a forged error code) and
counts what it managed to send. No assertion depends on timing: byte and request counters, and a
fake clock where the backoff meets the deadline.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hardening_kit import pre_sign_body
from wechatpay_auth import (
    APITimeoutError,
    ConfigurationError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    WeChatPayError,
    build_response_message,
    download_bill,
    get_auth,
    request_options,
    sign,
)
from wechatpay_auth import _options as options_module
from wechatpay_auth import _retry as retry_module
from wechatpay_client.api.bills import apply_trade_bill
from wechatpay_client.api.insurance_sign import pre_sign_mini_program, query_contract
from wechatpay_client.api.refunds import create_refund
from wechatpay_client.models.refund_create_request import RefundCreateRequest
from wechatpay_sandbox import SandboxCredentials

MiB = 1024 * 1024


def _too_large_error() -> type[WeChatPayError]:
    from wechatpay_auth import ResponseTooLargeError

    return ResponseTooLargeError


# ------------------------------------------------------------------------------ a scripted server


@dataclass
class Script:
    """What the scripted server answers on one path."""

    status: int = 200
    body: bytes = b"{}"
    size: int = 0  # > 0: send this many filler bytes instead of ``body``
    declare_length: bool = True  # False: chunked, no Content-Length
    drip_delay: float = 0.0  # > 0: one byte at a time, this many seconds apart
    signed: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class ScriptedServer:
    """A loopback HTTP/1.1 server answering scripted responses and counting what it sent."""

    def __init__(self, credentials: SandboxCredentials) -> None:
        key = serialization.load_pem_private_key(credentials.wechatpay_private_key_pem.encode(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        self._key = key
        self._serial = credentials.public_key_id
        self.scripts: dict[str, Script] = {}
        self.requests: list[tuple[str, str, str]] = []  # (method, path, Authorization)
        self.sent = 0  # body bytes written successfully
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                with server.lock:
                    server.requests.append((self.command, self.path, self.headers.get("Authorization", "")))
                script = server.scripts.get(self.path.split("?", 1)[0], Script(status=404, body=b'{"code":"NONE"}'))
                server.respond(self, script)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def signed_headers(self, body: bytes) -> dict[str, str]:
        timestamp, nonce = str(int(time.time())), uuid.uuid4().hex
        return {
            "Wechatpay-Timestamp": timestamp,
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Serial": self._serial,
            "Wechatpay-Signature": sign(self._key, build_response_message(timestamp, nonce, body)),
            "Request-ID": "REQ-" + nonce[:8],
        }

    def _count(self, n: int) -> None:
        with self.lock:
            self.sent += n

    def respond(self, handler: BaseHTTPRequestHandler, script: Script) -> None:
        body = script.body if script.size == 0 else b""
        headers = {"Content-Type": "application/json", "Connection": "close", **script.headers}
        if script.signed:
            headers.update(self.signed_headers(body))
        total = script.size or len(body)
        handler.send_response(script.status)
        for name, value in headers.items():
            handler.send_header(name, value)
        if script.declare_length:
            handler.send_header("Content-Length", str(total))
        else:
            handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        try:
            handler.wfile.flush()
            if script.drip_delay:
                for index in range(total):
                    time.sleep(script.drip_delay)
                    self._write(handler, body[index : index + 1], script.declare_length)
            elif script.size:
                block = b"x" * 65536
                left = total
                while left > 0:
                    piece = block[: min(left, len(block))]
                    self._write(handler, piece, script.declare_length)
                    left -= len(piece)
            else:
                self._write(handler, body, script.declare_length)
            if not script.declare_length:
                handler.wfile.write(b"0\r\n\r\n")
                handler.wfile.flush()
        except OSError:
            pass  # the client stopped reading: what was counted is what it could have received

    def _write(self, handler: BaseHTTPRequestHandler, data: bytes, declared: bool) -> None:
        if not declared:
            handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        else:
            handler.wfile.write(data)
        handler.wfile.flush()
        self._count(len(data))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def scripted(credentials: SandboxCredentials) -> Iterator[ScriptedServer]:
    server = ScriptedServer(credentials)
    yield server
    server.close()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits between attempts instead of sleeping."""
    recorded: list[float] = []

    async def fake_asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(retry_module, "_sleep", recorded.append)
    monkeypatch.setattr(retry_module, "_asleep", fake_asleep)
    return recorded


async def _raw(mode: str, client: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    if mode == "sync":
        return client.get_httpx_client().request(method, path, **kwargs)
    return await client.get_async_httpx_client().request(method, path, **kwargs)


async def _query(mode: str, client: Any, contract: Any) -> Any:
    kwargs = {"client": client, "plan_id": contract.plan_id, "out_contract_code": contract.out_contract_code}
    if mode == "sync":
        return query_contract.sync(**kwargs)
    return await query_contract.asyncio(**kwargs)


MODES = ["sync", "async"]


# ------------------------------------------------------------------------ item 4: any event loop


def test_one_client_serves_several_asyncio_runs(make_client, contract) -> None:
    """Django/Celery style: each task runs its own asyncio.run() on a shared client."""
    client = make_client()
    for _ in range(3):
        result = asyncio.run(_query("async", client, contract))
        assert result.contract_id == contract.contract_id
    # Each loop's connections were closed with their loop: nothing is left behind.
    assert client.get_async_httpx_client().loop_count() == 0


def test_the_aiohttp_transport_serves_several_asyncio_runs(make_client, contract) -> None:
    pytest.importorskip("aiohttp")
    from wechatpay_auth import AiohttpTransport

    transport = AiohttpTransport()
    client = make_client(async_transport=transport)
    for _ in range(3):
        result = asyncio.run(_query("async", client, contract))
        assert result.contract_id == contract.contract_id
    assert transport.loop_count() == 0


def test_event_loops_in_two_threads_share_one_client(make_client, contract) -> None:
    client = make_client()
    barrier = threading.Barrier(2, timeout=10)
    results: list[Any] = []
    errors: list[BaseException] = []

    async def work() -> None:
        await _query("async", client, contract)
        await asyncio.to_thread(barrier.wait)  # both loops hold their connections now
        results.append(await _query("async", client, contract))

    def thread_main() -> None:
        try:
            asyncio.run(work())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=thread_main) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert len(results) == 2
    # Both loops are gone; a third one still works.
    assert asyncio.run(_query("async", client, contract)).contract_id == contract.contract_id


def test_a_manually_closed_loop_does_not_break_the_next_one(make_client, contract) -> None:
    """A loop closed without shutdown_asyncgens(): the next loop gets fresh connections."""
    client = make_client()
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(_query("async", client, contract))
    finally:
        loop.close()
    assert asyncio.run(_query("async", client, contract)).contract_id == contract.contract_id


# ---------------------------------------------------------------------------- item 6: log forging


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_code_cannot_forge_log_lines(mode, scripted, make_client, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="wechatpay")
    forged = "SYSTEM_ERROR\n2026-01-01 INFO wechatpay: payment SUCCESS\x1b[2K\r"
    scripted.scripts["/v3/forge"] = Script(status=500, body=json.dumps({"code": forged, "message": "m"}).encode())
    client = make_client(base_url=scripted.base_url)
    with pytest.raises(InternalServerError):
        await _raw(mode, client, "GET", "/v3/forge")
    retry_lines = [r.getMessage() for r in caplog.records if "retry 1 of 2" in r.getMessage()]
    assert retry_lines, caplog.text
    for line in retry_lines:
        assert line.isprintable(), repr(line)
        assert "SYSTEM_ERROR?2026-01-01" in line


# ------------------------------------------------------------------ item 7: 429 on unsafe operations


@pytest.mark.parametrize("mode", MODES)
async def test_create_refund_is_not_resent_after_a_429(mode, sandbox, make_client, sleeps) -> None:
    client = make_client()
    body = RefundCreateRequest.from_dict(
        {
            "out_trade_no": "PAY" + uuid.uuid4().hex[:20].upper(),
            "out_refund_no": "RF" + uuid.uuid4().hex[:20].upper(),
            "amount": {"refund": 100, "total": 100, "currency": "CNY"},
        }
    )
    sandbox.faults.add("429", 1, "create_refund", retry_after=0)
    before = sandbox.request_count("create_refund")
    with pytest.raises(RateLimitError) as info:
        if mode == "sync":
            create_refund.sync(client=client, body=body)
        else:
            await create_refund.asyncio(client=client, body=body)
    assert sandbox.request_count("create_refund") - before == 1
    assert info.value.attempts == 1 and sleeps == []
    assert info.value.reconcile_with == "query_refund"
    assert "reconcile with query_refund" in str(info.value)


def test_a_429_is_retried_only_for_operations_the_spec_calls_safe() -> None:
    request = httpx.Request("POST", "https://api.mch.weixin.qq.com/v3/x")
    error = RateLimitError(status_code=429, code="RATELIMIT_EXCEEDED", message="m", detail=None, request_id=None)

    def plan(retry: str) -> Any:
        operation = type("Op", (), {"retry": retry, "reconcile_with": "query_x"})()
        request.extensions["wechatpay_operation_id"] = "x"
        return retry_module.plan_call(request, retry_module.RetrySettings(), lambda _: operation)

    safe, unsafe = retry_module._judge(error, plan("safe")), retry_module._judge(error, plan("unsafe"))
    assert safe is not None and safe.retry
    assert unsafe is not None and not unsafe.retry


# --------------------------------------------------------------------------- item 8: answer size cap


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_huge_unsigned_answer_is_refused_at_the_cap(mode, declared, scripted, make_client) -> None:
    scripted.scripts["/v3/huge"] = Script(status=200, size=64 * MiB, declare_length=declared)
    client = make_client(base_url=scripted.base_url, max_response_bytes=1 * MiB)
    with pytest.raises(_too_large_error()) as info:
        await _raw(mode, client, "GET", "/v3/huge")
    error: Any = info.value
    assert error.limit == 1 * MiB and error.status_code == 200
    assert "max_response_bytes" in str(error)
    assert len(scripted.requests) == 1  # not retried: the same answer would come again
    # Reading stopped at the cap: most of the 64 MiB was never received (socket buffers aside).
    assert scripted.sent < 32 * MiB


def test_the_default_cap_refuses_a_64_mib_answer(scripted, make_client) -> None:
    """The issue's case: a huge answer with a bad signature was read whole before it was refused."""
    scripted.scripts["/v3/huge"] = Script(status=200, size=64 * MiB, declare_length=False)
    client = make_client(base_url=scripted.base_url)
    with pytest.raises(_too_large_error()) as info:
        client.get_httpx_client().get("/v3/huge")
    assert info.value.limit == 16 * MiB  # type: ignore[attr-defined]
    assert scripted.sent < 48 * MiB


@pytest.mark.parametrize("mode", MODES)
async def test_a_huge_error_body_is_refused_at_the_cap(mode, scripted, make_client) -> None:
    scripted.scripts["/v3/huge-error"] = Script(status=500, size=64 * MiB, declare_length=False)
    client = make_client(base_url=scripted.base_url, max_response_bytes=1 * MiB)
    with pytest.raises(_too_large_error()) as info:
        await _raw(mode, client, "POST", "/v3/huge-error", json={})
    assert info.value.status_code == 500  # type: ignore[attr-defined]
    assert scripted.sent < 32 * MiB


@pytest.mark.parametrize("mode", MODES)
async def test_the_cap_can_be_set_per_call_and_a_signed_answer_under_it_passes(mode, scripted, make_client) -> None:
    body = json.dumps({"data": "y" * 4000}).encode()
    scripted.scripts["/v3/ok"] = Script(status=200, body=body, signed=True)
    client = make_client(base_url=scripted.base_url)
    assert (await _raw(mode, client, "GET", "/v3/ok")).content == body
    with request_options(max_response_bytes=1000), pytest.raises(_too_large_error()):
        await _raw(mode, client, "GET", "/v3/ok")


def test_streamed_bill_downloads_are_not_capped(sandbox, make_client) -> None:
    client = make_client()
    bill_date = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date() - dt.timedelta(days=1)
    apply = apply_trade_bill.sync(client=client, bill_date=bill_date)
    with request_options(max_response_bytes=16):
        csv = download_bill(client, apply)  # far above 16 bytes: the download streams
    assert len(csv) > 16


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "1"])
def test_bad_caps_are_configuration_errors(value, make_client) -> None:
    with pytest.raises(ConfigurationError):
        make_client(max_response_bytes=value)
    with pytest.raises(ConfigurationError), request_options(max_response_bytes=value):
        pass


# ------------------------------------------------------------------------------- item 10: redirects


@pytest.mark.parametrize("mode", MODES)
async def test_a_signed_call_never_follows_a_redirect(mode, scripted, make_client) -> None:
    scripted.scripts["/v3/first"] = Script(status=307, body=b"", headers={"Location": "/v3/second"})
    scripted.scripts["/v3/second"] = Script(status=200, body=b'{"ok":true}', signed=True)
    client = make_client(base_url=scripted.base_url)
    with pytest.raises(ConfigurationError, match="redirect"):
        await _raw(mode, client, "GET", "/v3/first", follow_redirects=True)
    assert scripted.requests == []  # refused before anything was sent
    # Without the flag the 3xx is an error status; the second path is never asked for.
    with pytest.raises(WeChatPayError) as info:
        await _raw(mode, client, "GET", "/v3/first")
    assert getattr(info.value, "status_code", None) == 307
    assert [path for _, path, _ in scripted.requests] == ["/v3/first"]


def test_a_redirected_answer_is_refused_by_the_auth_of_an_own_client(scripted, make_client) -> None:
    """An own httpx client that follows redirects: the redirected answer is not accepted."""
    scripted.scripts["/v3/first"] = Script(status=307, body=b"", headers={"Location": "/v3/second"})
    scripted.scripts["/v3/second"] = Script(status=200, body=b'{"ok":true}', signed=True)
    auth = get_auth(make_client(base_url=scripted.base_url))
    own = httpx.Client(base_url=scripted.base_url, auth=auth, follow_redirects=True)
    with own, pytest.raises(ConfigurationError, match="redirect"):
        own.get("/v3/first")


# ------------------------------------------------------------------------ item 11: total deadline


@pytest.mark.parametrize("mode", ["sync", "async", "aiohttp"])
async def test_a_drip_fed_answer_is_cut_at_the_deadline(mode, scripted, make_client) -> None:
    scripted.scripts["/v3/drip"] = Script(status=200, body=b'{"data":"' + b"z" * 90 + b'"}', drip_delay=0.05)
    kwargs: dict[str, Any] = {"base_url": scripted.base_url, "timeout": 1.0}
    if mode == "aiohttp":
        pytest.importorskip("aiohttp")
        from wechatpay_auth import AiohttpTransport

        kwargs["async_transport"] = AiohttpTransport()
    client = make_client(**kwargs)
    with request_options(deadline=0.5), pytest.raises(APITimeoutError) as info:
        await _raw("sync" if mode == "sync" else "async", client, "GET", "/v3/drip")
    assert "deadline" in str(info.value)
    assert info.value.attempts == 1  # a GET is safe to retry, but the deadline has passed
    assert len(scripted.requests) == 1
    assert scripted.sent < 100  # the answer was not read to its end


@pytest.mark.parametrize("mode", MODES)
async def test_a_client_deadline_applies_to_every_call(mode, scripted, make_client) -> None:
    scripted.scripts["/v3/drip"] = Script(status=200, body=b"z" * 100, drip_delay=0.05)
    client = make_client(base_url=scripted.base_url, timeout=1.0, deadline=0.5)
    with pytest.raises(APITimeoutError, match="deadline"):
        await _raw(mode, client, "GET", "/v3/drip")
    assert scripted.sent < 100


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("deadline", "attempts"), [(12.0, 3), (8.0, 2), (4.0, 1)])
async def test_no_backoff_wait_runs_past_the_deadline(
    mode, deadline, attempts, sandbox, make_client, contract, monkeypatch
) -> None:
    now = [1000.0]
    waits: list[float] = []

    def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    async def fake_asleep(seconds: float) -> None:
        fake_sleep(seconds)

    monkeypatch.setattr(options_module, "_monotonic", lambda: now[0])
    monkeypatch.setattr(retry_module, "_sleep", fake_sleep)
    monkeypatch.setattr(retry_module, "_asleep", fake_asleep)
    client = make_client(retry=RetryPolicy(max_retries=2, initial_delay=5.0, max_delay=5.0, jitter=0.0))
    sandbox.faults.add("500", 3, "query_contract")
    before = sandbox.request_count("query_contract")
    with request_options(deadline=deadline), pytest.raises(InternalServerError) as info:
        await _query(mode, client, contract)
    assert info.value.attempts == attempts
    assert sandbox.request_count("query_contract") - before == attempts
    assert waits == [5.0] * (attempts - 1)


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf"), True, "1"])
def test_bad_deadlines_are_configuration_errors(value, make_client) -> None:
    with pytest.raises(ConfigurationError):
        make_client(deadline=value)
    with pytest.raises(ConfigurationError), request_options(deadline=value):
        pass


async def test_an_unsafe_post_cut_by_the_deadline_names_its_query(scripted, make_client, credentials) -> None:
    """The deadline ends the read of a POST's answer: the outcome is unknown, the error says so."""
    path = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"
    scripted.scripts[path] = Script(status=200, body=b"{" + b" " * 98 + b"}", drip_delay=0.05)
    client = make_client(base_url=scripted.base_url, timeout=1.0)
    with request_options(deadline=0.5), pytest.raises(APITimeoutError) as info:
        await pre_sign_mini_program.asyncio(client=client, body=pre_sign_body())
    assert info.value.reconcile_with == "query_contract" and info.value.outcome_unknown
    assert len(scripted.requests) == 1


def test_str_of_an_api_error_cannot_forge_log_lines() -> None:
    from wechatpay_auth import APIError

    error = APIError(
        status_code=400, code="BAD\nFORGED LINE", message="line one\r\nline two\x1b[31m", detail=None, request_id="R1"
    )
    text = str(error)
    assert "\n" not in text and "\r" not in text and "\x1b" not in text
    assert "BAD?FORGED LINE" in text and "line one??line two?[31m" in text


def test_a_429_of_an_unsafe_operation_has_an_unknown_outcome() -> None:
    from wechatpay_auth import APIError

    def error(status: int, reconcile_with: str | None = None) -> APIError:
        return APIError(
            status_code=status, code="X", message=None, detail=None, request_id=None, reconcile_with=reconcile_with
        )

    assert error(429, "query_refund").outcome_unknown is True
    assert error(429).outcome_unknown is False
    assert error(500).outcome_unknown is True
