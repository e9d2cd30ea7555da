"""Property-based: response verification never accepts a forgery and never raises a foreign error.

A response signed correctly (test-side signer on ``cryptography``, WeChat Pay key of the
sandbox credentials) is then mutated at random: headers dropped, replaced, duplicated, the body
changed, the status changed, the client's clock moved. Properties:

- only ``WeChatPayError`` subclasses come out (never KeyError, ValueError, binascii.Error ...);
- a 2xx is accepted if and only if it is exactly as signed and ``|now - timestamp| <= 300``;
- a non-2xx always raises the ``APIError`` for its status, whatever its headers;
- the pure ``verify_signature`` function obeys the same rules for arbitrary header maps.

The CI run is small; the ``slow`` run (``pytest -m slow tests/hardening``) is large.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from dataclasses import dataclass, field

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wechatpay_auth import (
    APIError,
    SignatureVerificationError,
    WeChatPayAuth,
    WeChatPayError,
    verify_signature,
)
from wechatpay_sandbox import SandboxCredentials

CREDENTIALS = SandboxCredentials.generate()
NOW = 1_800_000_000
BODY = b'{"contract_id":"SBX1","contract_state":"SIGNED","plan_id":12535}'
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
NAMES = ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]
_PRIVATE = serialization.load_pem_private_key(CREDENTIALS.wechatpay_private_key_pem.encode(), password=None)
assert isinstance(_PRIVATE, rsa.RSAPrivateKey)
_MERCHANT = serialization.load_pem_private_key(CREDENTIALS.merchant_private_key_pem.encode(), password=None)
assert isinstance(_MERCHANT, rsa.RSAPrivateKey)


def _sign(timestamp: str, nonce: str, body: bytes) -> str:
    message = f"{timestamp}\n{nonce}\n".encode() + body + b"\n"
    return base64.b64encode(_PRIVATE.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()


NONCE = "n" * 32
SIGNED = {
    "Wechatpay-Timestamp": str(NOW),
    "Wechatpay-Nonce": NONCE,
    "Wechatpay-Signature": _sign(str(NOW), NONCE, BODY),
    "Wechatpay-Serial": CREDENTIALS.public_key_id,
    "Wechatpay-Signature-Type": SIGNATURE_TYPE,
    "Request-ID": "REQ-1",
}


@dataclass
class Clock:
    now: float = NOW

    def __call__(self) -> float:
        return self.now


@dataclass
class Reply:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = BODY
    intact: bool = True  # body and signature headers exactly as signed


CLOCK = Clock()
REPLY = Reply()


def _handler(request: httpx.Request) -> httpx.Response:
    raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in REPLY.headers]
    return httpx.Response(REPLY.status, headers=raw, content=REPLY.body)


async def _ahandler(request: httpx.Request) -> httpx.Response:
    return _handler(request)


AUTH = WeChatPayAuth(
    CREDENTIALS.mchid,
    merchant_serial_no=CREDENTIALS.merchant_serial_no,
    merchant_private_key=_MERCHANT,
    wechatpay_public_key_id=CREDENTIALS.public_key_id,
    wechatpay_public_key=CREDENTIALS.wechatpay_public_key_pem,
    clock=CLOCK,
)
SYNC = httpx.Client(base_url="https://api.mch.weixin.qq.com", auth=AUTH, transport=httpx.MockTransport(_handler))

# ------------------------------------------------------------------------------------------ strategies

header_text = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0x80, max_codepoint=0xFF), min_size=1, max_size=10),
    st.sampled_from(
        [
            "WECHATPAY/SIGNTEST/" + base64.b64encode(secrets.token_bytes(180)).decode(),
            base64.b64encode(secrets.token_bytes(256)).decode(),
            "!!!not-base64!!!",
            "PUB_KEY_ID_0000000000000000",
            "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
            str(NOW + 301),
            "-1",
            "1e3",
            "",
        ]
    ),
)


@st.composite
def replies(draw: st.DrawFn) -> tuple[Reply, float]:
    headers = dict(SIGNED)
    extra: list[tuple[str, str]] = []
    intact = True
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.sampled_from(["drop", "replace", "duplicate", "type", "case"]))
        name = draw(st.sampled_from(NAMES))
        if action == "drop" and name in headers:
            del headers[name]
            intact = False
        elif action == "replace":
            value = draw(header_text)
            if value.strip() != SIGNED[name]:
                headers[name] = value
                intact = False
        elif action == "duplicate" and name in headers:
            extra.append((name.lower(), draw(header_text)))
            intact = False
        elif action == "type":
            value = draw(header_text)
            if value != SIGNATURE_TYPE:
                headers["Wechatpay-Signature-Type"] = value
                intact = False
        elif action == "case" and name in headers:  # header names are case-insensitive: still intact
            headers[draw(st.sampled_from([name.lower(), name.upper()]))] = headers.pop(name)
    body = BODY
    body_action = draw(st.sampled_from(["same", "same", "flip", "append", "random", "empty"]))
    if body_action == "flip":
        index = draw(st.integers(0, len(BODY) - 1))
        body = BODY[:index] + bytes([BODY[index] ^ draw(st.integers(1, 255))]) + BODY[index + 1 :]
    elif body_action == "append":
        body = BODY + draw(st.sampled_from([b"\n", b" ", b"{}"]))
    elif body_action == "random":
        body = draw(st.binary(max_size=120))
    elif body_action == "empty":
        body = b""
    intact = intact and body == BODY
    status = draw(st.one_of(st.just(200), st.sampled_from([201, 202, 204, 299]), st.integers(300, 599)))
    if status == 204:
        body = b""
        intact = intact and BODY == b""
    skew = draw(
        st.one_of(st.integers(-305, 305), st.integers(-10_000, 10_000), st.sampled_from([-301, -300, 300, 301]))
    )
    pairs = [(k, v) for k, v in headers.items()] + extra
    return Reply(status, pairs, body, intact), NOW + skew


def _arm(reply: Reply, now: float) -> None:
    REPLY.status, REPLY.headers, REPLY.body, REPLY.intact = reply.status, reply.headers, reply.body, reply.intact
    CLOCK.now = now


def _judge(reply: Reply, now: float, response: httpx.Response | None, error: WeChatPayError | None) -> None:
    """Anything but a WeChatPayError has already propagated and failed the test."""
    valid = reply.intact and abs(now - NOW) <= 300
    if error is not None:
        if 200 <= reply.status < 300:
            assert isinstance(error, SignatureVerificationError), repr(error)
            assert not valid, f"a valid response was refused: {error.reason}"
            assert error.reason in REASONS
        else:
            assert isinstance(error, APIError) and error.status_code == reply.status
        return
    assert response is not None
    assert 200 <= reply.status < 300, "a non-2xx came back as a response"
    assert valid, "a forged or stale response was accepted"
    assert response.content == BODY


REASONS = {
    "missing_header",
    "duplicate_header",
    "invalid_timestamp",
    "timestamp_out_of_range",
    "unsupported_signature_type",
    "unknown_serial",
    "probe_signature",
    "bad_signature",
}


def _check_sync(case: tuple[Reply, float]) -> None:
    _arm(*case)
    response, error = None, None
    try:
        response = SYNC.get("/v3/papay/insurance-sign/contracts/plan-id/1/out-contract-code/x")
    except WeChatPayError as exc:
        error = exc
    _judge(*case, response, error)


async def _check_async(case: tuple[Reply, float]) -> None:
    _arm(*case)
    response, error = None, None
    async with httpx.AsyncClient(
        base_url="https://api.mch.weixin.qq.com", auth=AUTH, transport=httpx.MockTransport(_ahandler)
    ) as client:
        try:
            response = await client.get("/v3/a")
        except WeChatPayError as exc:
            error = exc
    _judge(*case, response, error)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replies())
def test_verification_properties(case: tuple[Reply, float]) -> None:
    _check_sync(case)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replies())
def test_verification_properties_large(case: tuple[Reply, float]) -> None:
    _check_sync(case)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replies())
def test_verification_properties_async(case: tuple[Reply, float]) -> None:
    asyncio.run(_check_async(case))


def test_the_baseline_is_accepted_and_the_window_is_300s() -> None:
    """The properties above would be vacuous if the unmutated response did not verify."""
    for skew, ok in ((0, True), (300, True), (-300, True), (301, False), (-301, False)):
        reply = Reply(200, list(SIGNED.items()), BODY, True)
        REPLY.status, REPLY.headers, REPLY.body = reply.status, reply.headers, reply.body
        CLOCK.now = NOW + skew
        if ok:
            assert SYNC.get("/v3/a").content == BODY
        else:
            with pytest.raises(SignatureVerificationError) as info:
                SYNC.get("/v3/a")
            assert info.value.reason == "timestamp_out_of_range"


# --------------------------------------------------------------------------------------- pure function

KEYS = {CREDENTIALS.public_key_id: _PRIVATE.public_key()}
any_headers = st.dictionaries(
    st.sampled_from([*NAMES, "Wechatpay-Signature-Type", "Request-ID"]) | st.text(max_size=12),
    header_text,
    max_size=7,
)


def _pure(headers: dict[str, str], body: bytes, now: int) -> None:
    try:
        verify_signature(headers, body, now=now, keys=KEYS)
    except SignatureVerificationError:
        return
    assert body == BODY and abs(now - NOW) <= 300
    assert {k.lower(): v for k, v in headers.items()}["wechatpay-signature"] == SIGNED["Wechatpay-Signature"]


@settings(max_examples=200, deadline=None)
@given(any_headers, st.binary(max_size=80), st.integers(NOW - 1000, NOW + 1000))
def test_verify_signature_on_arbitrary_headers(headers: dict[str, str], body: bytes, now: int) -> None:
    _pure(headers, body, now)


@pytest.mark.slow
@settings(max_examples=20_000, deadline=None)
@given(any_headers, st.binary(max_size=80), st.integers(NOW - 1000, NOW + 1000))
def test_verify_signature_on_arbitrary_headers_large(headers: dict[str, str], body: bytes, now: int) -> None:
    _pure(headers, body, now)
