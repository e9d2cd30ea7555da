"""Issue 13 item 9 (logs): no bill download token and no decrypted value in any log line.

* The bill download ``token`` (a bearer credential for the file, valid 30 s) used to appear in the
  SDK's DEBUG string-to-sign and in httpx's own INFO request line. The SDK's line now shows
  ``token=<redacted>``; httpx's line is outside the SDK's code, so ``wechatpay_auth`` installs a
  filter on the ``httpx`` logger that redacts the same query value in the records it emits.
* A failing notification handler's traceback (messages carrying decrypted values: openid,
  names) used to be logged at DEBUG with ``exc_info``; now only exception types and code
  locations are logged.

Everything runs against the sandbox over loopback sockets, logs captured at DEBUG.
"""

from __future__ import annotations

import datetime as dt
import http.server
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hardening_kit import pre_sign_body
from wechatpay_auth import NotificationEvent, NotificationParser, adownload_bill, download_bill
from wechatpay_sandbox import Sandbox, SandboxCredentials


def _token(download_url: str) -> str:
    token = httpx.URL(download_url).params.get("token")
    assert token and len(token) >= 8
    return token


def _all_text(caplog: pytest.LogCaptureFixture) -> str:
    lines = [record.getMessage() for record in caplog.records]
    return "\n".join(lines) + "\n" + caplog.text


def _bill_date() -> dt.date:
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date() - dt.timedelta(days=1)


def test_bill_download_token_is_not_logged(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    from wechatpay_client.api.bills import apply_trade_bill

    caplog.set_level(logging.DEBUG)  # root: wechatpay, httpx and httpcore at their most verbose
    client = make_client()
    apply = apply_trade_bill.sync(client=client, bill_date=_bill_date(), tar_type="GZIP")
    token = _token(apply.download_url)
    csv = download_bill(client, apply)
    assert csv  # downloaded and verified

    text = _all_text(caplog)
    assert token not in text
    # The lines are still there, with the value replaced.
    sign_lines = [r.getMessage() for r in caplog.records if "string-to-sign" in r.getMessage()]
    assert any("/v3/billdownload/file?token=<redacted>" in line for line in sign_lines), sign_lines
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("/v3/billdownload/file?token=<redacted>" in line for line in httpx_lines), httpx_lines


async def test_async_bill_download_token_is_not_logged(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    from wechatpay_client.api.bills import apply_fund_flow_bill

    caplog.set_level(logging.DEBUG)
    client = make_client()
    try:
        apply = await apply_fund_flow_bill.asyncio(client=client, bill_date=_bill_date())
        token = _token(apply.download_url)
        assert await adownload_bill(client, apply)
    finally:
        await client.get_async_httpx_client().aclose()
    assert token not in _all_text(caplog)
    assert any(r.name == "httpx" and "token=<redacted>" in r.getMessage() for r in caplog.records)


def test_token_is_redacted_for_an_own_httpx_client_and_any_spelling(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """The filter sits on the ``httpx`` logger: it also covers a caller's own httpx client, a
    percent-encoded parameter name, and a repeated parameter. Other values stay readable."""
    import wechatpay_auth  # noqa: F401 - importing the SDK installs the filter

    caplog.set_level(logging.INFO, logger="httpx")
    secret_a, secret_b = "tok-AAAA-1111-secret", "tok-BBBB-2222-secret"
    with httpx.Client(base_url=sandbox.base_url, trust_env=False) as plain:
        plain.get("/v3/billdownload/file", params=[("token", secret_a), ("tartype", "GZIP")])
        plain.get(f"/v3/billdownload/file?%74oken={secret_b}&TOKEN={secret_b}&keep=visible")
    text = _all_text(caplog)
    assert secret_a not in text and secret_b not in text
    assert "tartype=GZIP" in text and "keep=visible" in text


# --------------------------------------------------------------------------- a failing handler


@dataclass(frozen=True)
class Captured:
    headers: dict[str, str]
    body: bytes


class _Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.captured: list[Captured] = []
        self.event = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.captured.append(Captured(dict(self.headers.items()), body))
                outer.event.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture
def callback(sandbox: Sandbox, make_client: Callable[..., Any]) -> Iterator[Captured]:
    """One INSURANCE_ENTRUST.SIGN callback as the sandbox sent it (raw headers and bytes)."""
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    receiver = _Receiver()
    thread = threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{receiver.server_address[1]}/notify"
        answer = pre_sign_mini_program.sync(client=make_client(), body=pre_sign_body(contract_notify_url=url))
        sandbox.simulate_user_sign(answer.pre_entrustweb_id)
        assert receiver.event.wait(5.0), "the sandbox did not deliver INSURANCE_ENTRUST.SIGN"
        yield receiver.captured[0]
    finally:
        receiver.shutdown()
        receiver.server_close()


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_failing_handler_traceback_carries_no_decrypted_values(
    mode: str, callback: Captured, credentials: SandboxCredentials, caplog: pytest.LogCaptureFixture
) -> None:
    parser = NotificationParser(
        apiv3_key=credentials.apiv3_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
    )
    seen: dict[str, str] = {}

    def handler(event: NotificationEvent) -> None:
        openid, contract_id = event.raw_resource["openid"], event.raw_resource["contract_id"]
        seen.update(openid=openid, contract_id=contract_id)
        try:
            raise KeyError(f"no member for openid {openid}")
        except KeyError as exc:
            raise RuntimeError(f"cannot book contract {contract_id} for {openid}") from exc

    caplog.set_level(logging.DEBUG, logger="wechatpay")
    if mode == "sync":
        reply = parser.handle(callback.headers, callback.body, handler)
    else:
        reply = await parser.ahandle(callback.headers, callback.body, handler)
    assert reply.status == 500
    assert seen["openid"] and seen["contract_id"]
    records = [r for r in caplog.records if r.name == "wechatpay"]
    assert all(r.exc_info is None and r.exc_text is None for r in records)
    text = _all_text(caplog)
    assert seen["openid"] not in text and seen["contract_id"] not in text
    # What is left to debug with: the exception types and where they were raised.
    debug = [r.getMessage() for r in records if r.levelno == logging.DEBUG and "traceback" in r.getMessage()]
    assert len(debug) == 1
    assert "RuntimeError at " in debug[0] and "caused by KeyError at " in debug[0]
    assert "test_issue13_logs.py" in debug[0] and "in handler" in debug[0]
    assert any(r.levelno == logging.ERROR and "handler raised RuntimeError" in r.getMessage() for r in records)
