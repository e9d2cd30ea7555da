"""Property-based: notification parsing accepts exactly what WeChat Pay signed, and fails typed.

The base case is a real callback: the sandbox (an independent implementation of the server side)
delivers INSURANCE_ENTRUST.SIGN to a loopback receiver, which keeps the raw headers and bytes.
Hypothesis then mutates headers, body and clock. Properties:

- only the SDK's own error types (``WeChatPayError``) come out;
- the callback is accepted if and only if it is byte-for-byte as signed and
  ``|now - Wechatpay-Timestamp| <= 300``; then it decrypts to the signed contract.

(tests/notifications/test_notify_property.py covers re-signed malformed envelopes.)
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hardening_kit import pre_sign_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wechatpay_auth import NotificationError, NotificationParser, WeChatPayError
from wechatpay_client.api.insurance_sign import pre_sign_mini_program

NAMES = ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]


@dataclass(frozen=True)
class Captured:
    headers: dict[str, str]
    body: bytes
    timestamp: int
    contract_id: str


class _Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.captured: list[tuple[dict[str, str], bytes]] = []
        self.event = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.captured.append((dict(self.headers.items()), body))
                outer.event.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture(scope="module")
def captured(sandbox, make_client_module) -> Iterator[Captured]:
    receiver = _Receiver()
    thread = threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{receiver.server_address[1]}/notify"
        answer = pre_sign_mini_program.sync(client=make_client_module, body=pre_sign_body(contract_notify_url=url))
        contract = sandbox.simulate_user_sign(answer.pre_entrustweb_id)
        assert receiver.event.wait(5.0), "the sandbox did not deliver INSURANCE_ENTRUST.SIGN"
        headers, body = receiver.captured[0]
        yield Captured(headers, body, int(headers["Wechatpay-Timestamp"]), contract.contract_id)
    finally:
        receiver.shutdown()
        receiver.server_close()


@pytest.fixture(scope="module")
def make_client_module(sandbox, credentials):
    from wechatpay_auth import create_client

    client = create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=credentials.merchant_private_key_pem,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        base_url=sandbox.base_url,
    )
    yield client
    client.get_httpx_client().close()


class _Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def parser_and_clock(credentials) -> tuple[NotificationParser, _Clock]:
    clock = _Clock()
    parser = NotificationParser(
        apiv3_key=credentials.apiv3_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        clock=clock,
    )
    return parser, clock


header_text = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=50),
    st.sampled_from(["WECHATPAY/SIGNTEST/AAAA", "PUB_KEY_ID_1", "ABCDEF0123456789", "", "+1", "1e9"]),
)


@st.composite
def mutations(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "headers": draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["drop", "replace", "duplicate", "case"]), st.sampled_from(NAMES), header_text
                ),
                max_size=3,
            )
        ),
        "body": draw(st.sampled_from(["same", "same", "flip", "truncate", "append", "reencode", "random"])),
        "index": draw(st.integers(0, 10_000)),
        "random": draw(st.binary(max_size=200)),
        "skew": draw(st.one_of(st.integers(-400, 400), st.sampled_from([-301, -300, 300, 301]))),
    }


def _apply(base: Captured, m: dict[str, Any]) -> tuple[list[tuple[str, str]], bytes, bool]:
    headers = {k: v for k, v in base.headers.items()}
    extra: list[tuple[str, str]] = []
    intact = True
    for action, name, value in m["headers"]:
        present = next((k for k in headers if k.lower() == name.lower()), None)
        if action == "drop" and present:
            del headers[present]
            intact = False
        elif action == "replace" and present and value.strip() != headers[present]:
            headers[present] = value
            intact = False
        elif action == "duplicate" and present:
            extra.append((name.upper(), value))
            intact = False
        elif action == "case" and present:
            headers[present.swapcase()] = headers.pop(present)
    body = base.body
    i = m["index"] % len(body)
    if m["body"] == "flip":
        body = body[:i] + bytes([body[i] ^ 0x01]) + body[i + 1 :]
    elif m["body"] == "truncate":
        body = body[:i]
    elif m["body"] == "append":
        body = body + b"\n"
    elif m["body"] == "reencode":  # the same JSON, serialised again: must NOT verify (P9)
        import json

        body = json.dumps(json.loads(body), ensure_ascii=True, indent=1).encode()
    elif m["body"] == "random":
        body = m["random"]
    return list(headers.items()) + extra, body, intact and body == base.body


def _check(parser: NotificationParser, clock: _Clock, base: Captured, m: dict[str, Any]) -> None:
    headers, body, intact = _apply(base, m)
    clock.now = base.timestamp + m["skew"]
    try:
        event = parser.parse(headers, body)
    except NotificationError:
        assert not (intact and abs(m["skew"]) <= 300), "a valid callback was refused"
        return
    except WeChatPayError as exc:  # pragma: no cover - would still be an SDK error, but not the documented one
        pytest.fail(f"parse raised {type(exc).__name__}, not a NotificationError")
    assert intact and abs(m["skew"]) <= 300, "a forged or stale callback was accepted"
    assert event.event_type == "INSURANCE_ENTRUST.SIGN"
    assert event.resource.contract_id == base.contract_id


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(mutations())
def test_notification_properties(parser_and_clock, captured: Captured, m: dict[str, Any]) -> None:
    _check(*parser_and_clock, captured, m)


@pytest.mark.slow
@settings(
    max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(mutations())
def test_notification_properties_large(parser_and_clock, captured: Captured, m: dict[str, Any]) -> None:
    _check(*parser_and_clock, captured, m)


def test_the_real_callback_parses(parser_and_clock, captured: Captured) -> None:
    """The properties would be vacuous if the captured callback did not parse."""
    parser, clock = parser_and_clock
    clock.now = captured.timestamp
    event = parser.parse(captured.headers, captured.body)
    assert event.event_type == "INSURANCE_ENTRUST.SIGN"
    assert event.resource.contract_id == captured.contract_id
