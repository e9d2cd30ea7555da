"""Helpers for the notification tests: build WeChat Pay callbacks independently of the SDK.

Every ciphertext is made with ``cryptography``'s ``AESGCM`` directly and every signature with the
RSA private key directly (PKCS#1 v1.5, SHA-256), never through ``wechatpay_auth``. Keys are the
committed PEMs in tests/vectors/ (made by make_vectors.sh with the openssl CLI).
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json
import secrets
import threading
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VECTORS = Path(__file__).resolve().parents[1] / "vectors"

APIV3_KEY = "notifyTestsApiV3Key0123456789abc"
assert len(APIV3_KEY.encode()) == 32
OTHER_APIV3_KEY = "anotherApiV3KeyForTheNegativeOne"
assert len(OTHER_APIV3_KEY.encode()) == 32
REQUEST_ID = "08F78BB5AF0610D302A0A0CD0C0A0B0C0D0E0F10"
UNKNOWN_HEX_SERIAL = "7777777777777777777777777777777777777777"
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
BASE_URL = "https://api.mch.weixin.qq.com"


def _text(name: str) -> str:
    return (VECTORS / name).read_text(encoding="utf-8").strip()


def _private(name: str) -> RSAPrivateKey:
    key = serialization.load_pem_private_key((VECTORS / name).read_bytes(), password=None)
    assert isinstance(key, RSAPrivateKey)
    return key


class Keys:
    """The committed test keys: signers by family name, serials, PEMs."""

    @cached_property
    def mchid(self) -> str:
        return _text("mchid.txt")

    @cached_property
    def merchant_serial(self) -> str:
        return _text("merchant_serial.txt")

    @cached_property
    def merchant_key_pem(self) -> bytes:
        return (VECTORS / "merchant_key.pem").read_bytes()

    @cached_property
    def public_key_id(self) -> str:
        return _text("wechatpay_public_key_id.txt")

    @cached_property
    def public_key_pem(self) -> bytes:
        return (VECTORS / "wechatpay_public_key.pem").read_bytes()

    @property
    def public_key_path(self) -> Path:
        return VECTORS / "wechatpay_public_key.pem"

    @cached_property
    def signers(self) -> dict[str, RSAPrivateKey]:
        return {
            "pubkey": _private("wechatpay_public_key_private.pem"),
            "platform": _private("platform_key.pem"),
            "platform2": _private("platform2_key.pem"),
            "other": _private("other_key.pem"),
        }

    @cached_property
    def serials(self) -> dict[str, str]:
        return {
            "pubkey": self.public_key_id,
            "platform": _text("platform_serial.txt"),
            "platform2": _text("platform2_serial.txt"),
            "other": UNKNOWN_HEX_SERIAL,
        }

    @cached_property
    def certificates(self) -> dict[str, x509.Certificate]:
        return {
            name: x509.load_pem_x509_certificate((VECTORS / f"{name}_cert.pem").read_bytes())
            for name in ("platform", "platform2")
        }


KEYS = Keys()
#: A fixed "now" inside the validity of the test platform certificates.
NOW = int(KEYS.certificates["platform"].not_valid_before_utc.timestamp()) + 86_400


@dataclass
class FakeClock:
    now: float = float(NOW)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# --------------------------------------------------------------------------- resources (API §6)

ENTRUST_SIGN: dict[str, Any] = {
    "mchid": "1230000109",
    "contract_id": "Wx15463511252015071056489715",
    "appid": "wxd678efh567hg6787",
    "plan_id": 12535,
    "out_contract_code": "1023658866",
    "insured_display_name": "张*",
    "contract_state": "SIGNED",
    "contract_signed_time": "2015-07-01T10:00:00+08:00",
    "contract_expired_time": "2016-07-01T10:00:00+08:00",
    "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
    "out_user_code": "user-20150701-001",
}
ENTRUST_RENEW: dict[str, Any] = {**ENTRUST_SIGN, "contract_expired_time": "2017-07-01T10:00:00+08:00"}
ENTRUST_TERMINATE: dict[str, Any] = {
    **ENTRUST_SIGN,
    "contract_state": "TERMINATED",
    "contract_terminate_info": {
        "contract_termination_mode": "USER",
        "contract_terminated_time": "2015-09-01T12:00:00+08:00",
        "contract_termination_remark": "用户解约",
    },
}
TRANSACTION_SUCCESS: dict[str, Any] = {
    "mchid": "1230000109",
    "appid": "wxd678efh567hg6787",
    "out_trade_no": "1217752501201407033233368018",
    "transaction_id": "1217752501201407033233368018",
    "trade_type": "PAP",
    "trade_state": "SUCCESS",
    "trade_state_desc": "支付成功",
    "bank_type": "CMC",
    "attach": "自定义数据",
    "success_time": "2018-06-08T10:34:56+08:00",
    "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
    "amount": {"total": 100, "payer_total": 90, "currency": "CNY", "payer_currency": "CNY"},
    "scene_info": {"device_id": "013467007045764"},
    "promotion_detail": [
        {
            "coupon_id": "109519",
            "name": "单品惠-6",
            "scope": "SINGLE",
            "type": "CASH",
            "amount": 10,
            "stock_id": "931386",
            "wechatpay_contribute": 0,
            "merchant_contribute": 10,
            "other_contribute": 0,
            "currency": "CNY",
            "activity_id": "1232314",
            "goods_detail": [
                {
                    "goods_id": "M1006",
                    "quantity": 1,
                    "unit_price": 100,
                    "discount_amount": 10,
                    "goods_remark": "商品备注信息",
                }
            ],
        }
    ],
}
TRANSACTION_FAIL: dict[str, Any] = {
    **{k: v for k, v in TRANSACTION_SUCCESS.items() if k not in ("success_time", "promotion_detail")},
    "trade_state": "PAY_FAIL",
    "trade_state_desc": "余额不足",
    "plan_id": 12535,
    "contract_information": {
        "contract_id": "Wx15463511252015071056489715",
        "contract_status": "ADD",
        "create_time": "2015-07-01T10:00:00+08:00",
    },
    "description": "保险自动续费",
    "create_time": "2018-06-08T10:30:00+08:00",
    "trade_state_description": "余额不足",
    "user_repaid": "N",
}

EVENTS: dict[str, tuple[str, dict[str, Any]]] = {
    "INSURANCE_ENTRUST.SIGN": ("insurance_entrust", ENTRUST_SIGN),
    "INSURANCE_ENTRUST.TERMINATE": ("insurance_entrust", ENTRUST_TERMINATE),
    "INSURANCE_ENTRUST.RENEW": ("insurance_entrust", ENTRUST_RENEW),
    "TRANSACTION.SUCCESS": ("transaction", TRANSACTION_SUCCESS),
    "TRANSACTION.FAIL": ("transaction", TRANSACTION_FAIL),
}


# --------------------------------------------------------------------------- building notifications


def encrypt(plaintext: bytes, *, key: str | bytes = APIV3_KEY, nonce: str, associated_data: str = "") -> str:
    """Base64 of AES-256-GCM ciphertext || tag, computed with ``cryptography`` directly."""
    raw_key = key.encode() if isinstance(key, str) else key
    return base64.b64encode(AESGCM(raw_key).encrypt(nonce.encode(), plaintext, associated_data.encode())).decode()


def rsa_sign(signer: str, message: bytes) -> str:
    return base64.b64encode(KEYS.signers[signer].sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()


@dataclass
class Notification:
    """One callback as WeChat Pay would POST it: ``headers`` (a dict) and the raw ``body``."""

    headers: dict[str, str]
    body: bytes
    envelope: dict[str, Any] = field(default_factory=dict)

    def pairs(self) -> list[tuple[str, str]]:
        return list(self.headers.items())

    def with_headers(self, **changes: str | None) -> Notification:
        """A copy with headers replaced (``Wechatpay_Nonce="x"``) or removed (``=None``)."""
        headers = dict(self.headers)
        for name, value in changes.items():
            real = name.replace("_", "-")
            if value is None:
                headers.pop(real, None)
            else:
                headers[real] = value
        return Notification(headers, self.body, self.envelope)


def envelope(
    event_type: str = "INSURANCE_ENTRUST.SIGN",
    resource: dict[str, Any] | bytes | None = None,
    *,
    notification_id: str | None = None,
    create_time: str = "2015-07-01T10:00:01+08:00",
    original_type: str | None = None,
    nonce: str | None = None,
    associated_data: str | None = "AUTO",
    algorithm: str = "AEAD_AES_256_GCM",
    key: str | bytes = APIV3_KEY,
    summary: str | None = "签约成功",
) -> dict[str, Any]:
    """The outer JSON of a notification with an independently encrypted ``resource``.

    ``associated_data``: ``"AUTO"`` = the original type; None = the key is left out (AAD "").
    """
    known_type, known_resource = EVENTS.get(event_type, ("unknown", {"hello": "world"}))
    plain_resource = known_resource if resource is None else resource
    plaintext = (
        plain_resource
        if isinstance(plain_resource, bytes)
        else json.dumps(plain_resource, ensure_ascii=False).encode("utf-8")
    )
    nonce = nonce or secrets.token_hex(6)
    if associated_data == "AUTO":  # what WeChat Pay sends: the original type
        associated_data = original_type or known_type
    resource_obj: dict[str, Any] = {
        "original_type": original_type or known_type,
        "algorithm": algorithm,
        "ciphertext": encrypt(plaintext, key=key, nonce=nonce, associated_data=associated_data or ""),
        "nonce": nonce,
    }
    if associated_data is not None:
        resource_obj["associated_data"] = associated_data
    doc: dict[str, Any] = {
        "id": notification_id or f"EV-{secrets.token_hex(8)}",
        "create_time": create_time,
        "resource_type": "encrypt-resource",
        "event_type": event_type,
        "resource": resource_obj,
    }
    if summary is not None:
        doc["summary"] = summary
    return doc


def sign_body(
    body: bytes,
    *,
    signer: str = "pubkey",
    serial: str | None = None,
    timestamp: int | str | None = None,
    nonce: str | None = None,
    signature: str | None = None,
    signature_type: str | None = SIGNATURE_TYPE,
) -> dict[str, str]:
    """The callback headers for ``body`` signed directly with the named private key."""
    ts = str(NOW if timestamp is None else timestamp)
    nonce = nonce or secrets.token_hex(16)
    message = ts.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    headers = {
        "Wechatpay-Timestamp": ts,
        "Wechatpay-Nonce": nonce,
        "Wechatpay-Signature": signature if signature is not None else rsa_sign(signer, message),
        "Wechatpay-Serial": serial if serial is not None else KEYS.serials[signer],
        "Request-ID": REQUEST_ID,
        "Content-Type": "application/json",
    }
    if signature_type is not None:
        headers["Wechatpay-Signature-Type"] = signature_type
    return headers


def notification(
    event_type: str = "INSURANCE_ENTRUST.SIGN",
    resource: dict[str, Any] | bytes | None = None,
    *,
    doc: dict[str, Any] | None = None,
    body: bytes | None = None,
    signer: str = "pubkey",
    serial: str | None = None,
    timestamp: int | str | None = None,
    signature: str | None = None,
    signature_type: str | None = SIGNATURE_TYPE,
    **envelope_options: Any,
) -> Notification:
    """A signed notification; ``doc``/``body`` override the envelope or the raw bytes signed."""
    if doc is None:
        doc = envelope(event_type, resource, **envelope_options)
    raw = body if body is not None else json.dumps(doc, ensure_ascii=False).encode("utf-8")
    headers = sign_body(
        raw, signer=signer, serial=serial, timestamp=timestamp, signature=signature, signature_type=signature_type
    )
    return Notification(headers, raw, copy.deepcopy(doc))


# --------------------------------------------------------------------------- a fake /v3/certificates


def rfc3339(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone(dt.timedelta(hours=8))).isoformat(timespec="seconds")


class FakeCertificateServer:
    """Answers ``GET /v3/certificates`` like WeChat Pay: certificates encrypted with the APIv3 key,
    the answer signed with the platform key. Counts downloads."""

    def __init__(self, clock: FakeClock, names: Iterable[str] = ("platform",)) -> None:
        self.clock = clock
        self.names = list(names)
        self.downloads = 0
        self.authorizations: list[str] = []
        self.fail = False
        self._lock = threading.Lock()

    def body(self) -> bytes:
        data = []
        for name in self.names:
            cert = KEYS.certificates[name]
            nonce = secrets.token_hex(6)
            pem = cert.public_bytes(serialization.Encoding.PEM)
            data.append(
                {
                    "serial_no": KEYS.serials[name],
                    "effective_time": rfc3339(cert.not_valid_before_utc.timestamp()),
                    "expire_time": rfc3339(cert.not_valid_after_utc.timestamp()),
                    "encrypt_certificate": {
                        "algorithm": "AEAD_AES_256_GCM",
                        "nonce": nonce,
                        "associated_data": "certificate",
                        "ciphertext": encrypt(pem, nonce=nonce, associated_data="certificate"),
                    },
                }
            )
        return json.dumps({"data": data}).encode()

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v3/certificates", request.url
        with self._lock:
            self.downloads += 1
            self.authorizations.append(request.headers.get("Authorization", ""))
        if self.fail:
            return httpx.Response(500, json={"code": "SYSTEM_ERROR", "message": "busy"})
        body = self.body()
        headers = sign_body(body, signer=self.names[0], timestamp=int(self.clock()))
        return httpx.Response(200, headers=headers, content=body)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        return self.handler(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    @property
    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.async_handler)


def certificate_parser_kwargs(server: FakeCertificateServer, **extra: Any) -> dict[str, Any]:
    """Constructor arguments for certificate mode against ``server``."""
    return {
        "apiv3_key": APIV3_KEY,
        "mchid": KEYS.mchid,
        "merchant_serial_no": KEYS.merchant_serial,
        "merchant_private_key": KEYS.merchant_key_pem,
        "transport": server.transport,
        "async_transport": server.async_transport,
        "clock": server.clock,
        **extra,
    }


#: ``await parse(parser, headers, body)``: the conftest fixture runs parse() or aparse() underneath.
ParseFn = Callable[[Any, Any, Any], Awaitable[Any]]
