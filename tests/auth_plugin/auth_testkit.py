"""Shared helpers for the auth plugin tests (imported by conftest.py and the test modules).

Keys come from tests/vectors/ (made once by make_vectors.sh with the openssl CLI), so no RSA key
is generated while the tests run. ``FakeWeChatPay`` plays the server: it checks our
Authorization with the merchant public key, serves /v3/certificates and signs its answers with
the WeChat Pay keys. Its crypto is written here with ``cryptography`` directly, not with the
code under test.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "tests" / "vectors"

from wechatpay_auth import WeChatPayAuth

BASE_URL = "https://api.mch.weixin.qq.com"
APIV3_KEY = "wechatpayTypedApiV3KeyForTests32"
UNKNOWN_HEX_SERIAL = "1234567890ABCDEF1234567890ABCDEF12345678"
REQUEST_ID = "08F78BB5AF0610D302A0A0CD0C0A0B0C0D0E0F10"
PRE_SIGN_PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"
REAL_NAME = "张三"
ID_CARD = "110101199003071234"


# --------------------------------------------------------------------------- vectors


def _private(path: Path) -> RSAPrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, RSAPrivateKey)
    return key


class Vectors:
    """The committed test keys and known answers."""

    dir = VECTORS

    def read(self, name: str) -> bytes:
        return (VECTORS / name).read_bytes()

    def text(self, name: str) -> str:
        return (VECTORS / name).read_text(encoding="utf-8")

    @cached_property
    def mchid(self) -> str:
        return self.text("mchid.txt")

    @cached_property
    def merchant_serial(self) -> str:
        return self.text("merchant_serial.txt")

    @cached_property
    def public_key_id(self) -> str:
        return self.text("wechatpay_public_key_id.txt")

    @cached_property
    def serials(self) -> dict[str, str]:
        return {
            "pubkey": self.public_key_id,
            "platform": self.text("platform_serial.txt"),
            "platform2": self.text("platform2_serial.txt"),
            "other": UNKNOWN_HEX_SERIAL,
        }

    @cached_property
    def private_keys(self) -> dict[str, RSAPrivateKey]:
        return {
            "merchant": _private(VECTORS / "merchant_key.pem"),
            "pubkey": _private(VECTORS / "wechatpay_public_key_private.pem"),
            "platform": _private(VECTORS / "platform_key.pem"),
            "platform2": _private(VECTORS / "platform2_key.pem"),
            "other": _private(VECTORS / "other_key.pem"),
        }

    @cached_property
    def certificates(self) -> dict[str, x509.Certificate]:
        return {
            name: x509.load_pem_x509_certificate(self.read(f"{name}_cert.pem"))
            for name in ("platform", "platform2", "merchant", "other")
        }

    @property
    def merchant_public_key(self) -> RSAPublicKey:
        return self.private_keys["merchant"].public_key()


VECTORS_INSTANCE = Vectors()


# --------------------------------------------------------------------------- clock


@dataclass
class FakeClock:
    now: float = field(default_factory=lambda: float(int(time.time())))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# --------------------------------------------------------------------------- operation metadata


@dataclass(frozen=True, slots=True)
class FakeOperation:
    """Same fields as wechatpay_client._metadata.OperationMetadata (docs/CONTRACTS.md)."""

    operation_id: str
    tag: str
    method: str
    path: str
    success_statuses: tuple[int, ...] = (200,)
    sensitive_request_fields: tuple[tuple[str, ...], ...] = ()
    sensitive_response_fields: tuple[tuple[str, ...], ...] = ()
    signed_response: bool = True
    retry: str = "safe"
    reconcile_with: str | None = None
    server: str | None = None
    sensitive_query_parameters: tuple[str, ...] = ()


OPERATIONS: dict[str, FakeOperation] = {
    op.operation_id: op
    for op in (
        FakeOperation(
            "pre_sign_mini_program",
            "insurance_sign",
            "POST",
            PRE_SIGN_PATH,
            sensitive_request_fields=(("real_identity", "real_name"), ("real_identity", "id_card_number")),
            retry="unsafe",
        ),
        FakeOperation(
            "renew_contract",
            "insurance_sign",
            "POST",
            "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew",
            success_statuses=(204,),
        ),
        FakeOperation(
            "apply_deduction",
            "insurance_pay",
            "POST",
            "/v3/papay/insurance-pay/transactions/apply",
            retry="unsafe",
            reconcile_with="query_deduction",
        ),
        FakeOperation("download_file", "bill", "GET", "/v3/billdownload/file", signed_response=False),
        FakeOperation(
            "nested_secrets", "test", "POST", "/v3/test/nested", sensitive_request_fields=(("items", "*", "secret"),)
        ),
        FakeOperation(
            "query_secrets",
            "test",
            "GET",
            "/v3/test/guides",
            sensitive_query_parameters=("mobile",),
        ),
        FakeOperation(
            "cross_border_query",
            "test",
            "GET",
            "/v3/global/test/{out_trade_no}",
            server="https://apihk.mch.weixin.qq.com",
        ),
        FakeOperation(
            "answer_secrets",
            "test",
            "POST",
            "/v3/test/answer-secrets",
            sensitive_response_fields=(("user_name",), ("receivers", "*", "name")),
            retry="unsafe",
            reconcile_with="query_answer_secrets",
        ),
    )
}


# --------------------------------------------------------------------------- the fake server


@dataclass
class Captured:
    method: str
    raw_path: str
    headers: httpx.Headers
    body: bytes
    authorization_valid: bool
    authorization: dict[str, str]


_AUTH_RE = re.compile(r'(\w+)="([^"]*)"')


def check_authorization(request: httpx.Request, public_key: RSAPublicKey) -> tuple[bool, dict[str, str]]:
    """Server-side check of our Authorization header, written independently of the SDK."""
    header = request.headers.get("Authorization", "")
    scheme, _, params = header.partition(" ")
    fields = dict(_AUTH_RE.findall(params))
    if scheme != "WECHATPAY2-SHA256-RSA2048" or set(fields) != {
        "mchid",
        "nonce_str",
        "timestamp",
        "serial_no",
        "signature",
    }:
        return False, fields
    message = (
        f"{request.method}\n{request.url.raw_path.decode()}\n{fields['timestamp']}\n{fields['nonce_str']}\n".encode()
        + request.content
        + b"\n"
    )
    try:
        public_key.verify(base64.b64decode(fields["signature"]), message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False, fields
    return True, fields


def oaep_decrypt(private_key: RSAPrivateKey, b64: str) -> str:
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    return private_key.decrypt(base64.b64decode(b64), oaep).decode("utf-8")


def rfc3339(timestamp: float) -> str:
    tz = dt.timezone(dt.timedelta(hours=8))
    return dt.datetime.fromtimestamp(timestamp, tz).isoformat(timespec="seconds")


@dataclass
class CertEntry:
    name: str
    effective: float | None = None
    expire: float | None = None


class FakeWeChatPay:
    """A scripted WeChat Pay: records requests, serves certificates, signs answers."""

    def __init__(self, vectors: Vectors, clock: FakeClock) -> None:
        self.v = vectors
        self.clock = clock
        self.requests: list[Captured] = []
        self.cert_entries: list[CertEntry] = [CertEntry("platform")]
        self.cert_status = 200
        self.cert_sign_with = "platform"
        self.cert_delay = 0.0
        self.cert_tamper = False
        self.certificate_downloads = 0
        self.apiv3_key = APIV3_KEY.encode()
        self._lock = threading.Lock()
        self.responder: Callable[[httpx.Request], httpx.Response] = lambda request: self.signed_response(
            200, b'{"ok":true}'
        )

    # -- answers
    def signed_response(
        self,
        status: int = 200,
        body: bytes = b"",
        *,
        key: str = "pubkey",
        serial: str | None = None,
        ts_offset: int = 0,
        timestamp: str | None = None,
        nonce: str | None = None,
        signature: str | None = None,
        drop: tuple[str, ...] = (),
        extra: list[tuple[str, str]] | None = None,
        content_type: str = "application/json",
    ) -> httpx.Response:
        ts = timestamp if timestamp is not None else str(int(self.clock()) + ts_offset)
        nonce = nonce or secrets.token_hex(16)
        message = f"{ts}\n{nonce}\n".encode() + body + b"\n"
        good = base64.b64encode(self.v.private_keys[key].sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()
        headers = [
            ("Wechatpay-Timestamp", ts),
            ("Wechatpay-Nonce", nonce),
            ("Wechatpay-Signature", signature if signature is not None else good),
            ("Wechatpay-Serial", serial if serial is not None else self.v.serials[key]),
            ("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048"),
            ("Request-ID", REQUEST_ID),
        ]
        if body:
            headers.append(("Content-Type", content_type))
        headers = [(k, val) for k, val in headers if k not in drop]
        headers.extend(extra or [])
        return httpx.Response(status, headers=headers, content=body)

    def error_response(self, status: int, body: bytes, *, content_type: str = "application/json") -> httpx.Response:
        return httpx.Response(status, headers={"Request-ID": REQUEST_ID, "Content-Type": content_type}, content=body)

    def certificates_body(self) -> bytes:
        data = []
        for entry in self.cert_entries:
            cert = self.v.certificates[entry.name]
            nonce = secrets.token_hex(6)  # 12 characters, used as 12 IV bytes
            ciphertext = AESGCM(self.apiv3_key).encrypt(
                nonce.encode(), cert.public_bytes(serialization.Encoding.PEM), b"certificate"
            )
            if self.cert_tamper:
                ciphertext = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
            effective = entry.effective if entry.effective is not None else cert.not_valid_before_utc.timestamp()
            expire = entry.expire if entry.expire is not None else cert.not_valid_after_utc.timestamp()
            data.append(
                {
                    "serial_no": self.v.serials[entry.name],
                    "effective_time": rfc3339(effective),
                    "expire_time": rfc3339(expire),
                    "encrypt_certificate": {
                        "algorithm": "AEAD_AES_256_GCM",
                        "nonce": nonce,
                        "associated_data": "certificate",
                        "ciphertext": base64.b64encode(ciphertext).decode(),
                    },
                }
            )
        return json.dumps({"data": data}).encode()

    def certificates_response(self) -> httpx.Response:
        if self.cert_status != 200:
            return self.error_response(
                self.cert_status,
                json.dumps(
                    {
                        "code": "RESOURCE_NOT_EXISTS",
                        "message": "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥",
                    }
                ).encode(),
            )
        return self.signed_response(200, self.certificates_body(), key=self.cert_sign_with)

    # -- transport handlers
    def _record(self, request: httpx.Request) -> None:
        valid, fields = check_authorization(request, self.v.merchant_public_key)
        captured = Captured(
            request.method, request.url.raw_path.decode(), request.headers.copy(), request.content, valid, fields
        )
        with self._lock:
            self.requests.append(captured)

    def _count_download(self) -> None:
        with self._lock:
            self.certificate_downloads += 1

    def handler(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        if request.url.path == "/v3/certificates":
            self._count_download()
            if self.cert_delay:
                time.sleep(self.cert_delay)
            return self.certificates_response()
        return self.responder(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        if request.url.path == "/v3/certificates":
            self._count_download()
            if self.cert_delay:
                await asyncio.sleep(self.cert_delay)
            return self.certificates_response()
        return self.responder(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    @property
    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.async_handler)

    @property
    def business_requests(self) -> list[Captured]:
        return [r for r in self.requests if r.raw_path != "/v3/certificates"]


# --------------------------------------------------------------------------- auth and calls


def build_auth(
    vectors: Vectors,
    fake: FakeWeChatPay,
    clock: FakeClock,
    mode: str = "public_key",
    **overrides: Any,
) -> WeChatPayAuth:
    """A WeChatPayAuth in 'public_key', 'certificate' or 'migration' mode talking to ``fake``."""
    kwargs: dict[str, Any] = {
        "merchant_serial_no": vectors.merchant_serial,
        # An already-loaded key: loading a PEM runs RSA's key check (~40 ms); test_auth_config covers loading.
        "merchant_private_key": vectors.private_keys["merchant"],
        "transport": fake.transport,
        "async_transport": fake.async_transport,
        "operations": OPERATIONS.get,
        "clock": clock,
        # These tests drive the signer and the encryptor with minimal bodies; the request-schema
        # check that runs first is covered by tests/hardening/test_validation.py.
        "validate_requests": False,
    }
    if mode in ("public_key", "migration"):
        kwargs["wechatpay_public_key_id"] = vectors.public_key_id
        kwargs["wechatpay_public_key"] = VECTORS / "wechatpay_public_key.pem"
    if mode in ("certificate", "migration"):
        kwargs["apiv3_key"] = APIV3_KEY
    kwargs.update(overrides)
    return WeChatPayAuth(vectors.mchid, **kwargs)


def pre_sign_body(**real_identity: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "appid": "wxd678efh567hg6787",
        "plan_id": 12535,
        "out_contract_code": "C20261127000001",
        "insured_display_name": "*三",
        "contract_notify_url": "https://merchant.example.com/notify",
        "policy_start_date": "2026-12-01",
        "policy_end_date": "2027-11-30",
        "policy_periods": [
            {"policy_period_id": 1, "estimated_deduct_date": "2026-12-01", "estimated_deduct_amount": {"total": 100}}
        ],
    }
    if real_identity:
        body["real_identity"] = {"identity_type": "ID_CARD", **real_identity}
    return body


PRE_SIGN_EXT = {"wechatpay_operation_id": "pre_sign_mini_program"}


def secret_fragments(vectors: Vectors) -> Iterator[str]:
    """Strings that must never show up in logs, reprs or exception text."""
    for name in ("merchant_key.pem", "wechatpay_public_key_private.pem", "platform_key.pem"):
        lines = vectors.text(name).splitlines()
        yield from (line for line in lines[1:-1:4] if len(line) > 20)
    yield APIV3_KEY
    yield REAL_NAME
    yield ID_CARD
