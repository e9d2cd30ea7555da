"""Client-side pay-sign (protocol.md section 8): the parameters a payer's client needs.

After ``create_jsapi_transaction`` (JSAPI / mini-program) or ``create_app_transaction`` (APP)
returns a ``prepay_id``, the merchant backend signs a short message with the **merchant API
private key** and hands the result to the payer's client:

* JSAPI / mini-program (``WeixinJSBridge.invoke('getBrandWCPayRequest', ...)`` /
  ``wx.requestPayment``): ``paySign`` over ``appId\\ntimeStamp\\nnonceStr\\npackage\\n`` with
  ``package = "prepay_id=<id>"``; ``signType = "RSA"`` is sent but not signed.
* APP (``PayReq`` of the OpenSDK): ``sign`` over ``appid\\ntimestamp\\nnoncestr\\nprepayid\\n``
  (the bare prepay_id); ``package`` is the constant ``"Sign=WXPay"``.

The signature is RSASSA-PKCS1-v1_5 with SHA-256, standard Base64, like request signing.
``appid`` must be the appid the order was placed with. Get the signer of a client with
``get_auth(client).signer``.
"""

from __future__ import annotations

import time
from typing import Final, TypedDict

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from ._errors import ConfigurationError, RequestValidationError
from ._keys import PemSource, load_merchant_private_key
from ._signing import MerchantSigner, generate_nonce, sign

__all__ = [
    "AppPayParams",
    "JsapiPayParams",
    "build_app_pay_params",
    "build_jsapi_pay_params",
    "build_pay_sign_message",
]

#: ``signType`` of JSAPI / mini-program payments with APIv3 keys.
PAY_SIGN_TYPE: Final = "RSA"
#: The fixed ``package`` value of APP payments.
APP_PACKAGE: Final = "Sign=WXPay"
#: nonceStr / timeStamp are at most 32 characters (JSAPI doc page, chapter7_2_9).
_MAX_FIELD: Final = 32


class JsapiPayParams(TypedDict):
    """Arguments of ``wx.requestPayment`` / ``getBrandWCPayRequest`` (plus appId)."""

    appId: str
    timeStamp: str
    nonceStr: str
    package: str
    signType: str
    paySign: str


class AppPayParams(TypedDict):
    """Fields of the OpenSDK ``PayReq`` of an APP payment."""

    appid: str
    partnerid: str
    prepayid: str
    package: str
    noncestr: str
    timestamp: str
    sign: str


def _line(value: object, name: str, *, max_length: int | None = None) -> str:
    if not isinstance(value, str) or not value:
        raise RequestValidationError(f"{name} must be a non-empty string", path=name)
    if any(c in value for c in "\r\n"):
        raise RequestValidationError(f"{name} must not contain line breaks (it is one line of the message)", path=name)
    if max_length is not None and len(value) > max_length:
        raise RequestValidationError(f"{name} must have at most {max_length} characters", path=name)
    return value


def build_pay_sign_message(appid: str, timestamp: str, nonce: str, package_or_prepay_id: str) -> bytes:
    """The four-line message a pay-sign covers: ``appid\\ntimestamp\\nnonce\\n<4th>\\n`` (UTF-8).

    The fourth line is ``prepay_id=<id>`` for JSAPI / mini-program and the bare prepay_id for APP.
    """
    lines = (
        _line(appid, "appid"),
        _line(timestamp, "timestamp"),
        _line(nonce, "nonce"),
        _line(package_or_prepay_id, "prepay_id"),
    )
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _private_key(signer: MerchantSigner | RSAPrivateKey | None, private_key: PemSource | None) -> RSAPrivateKey:
    if (signer is None) == (private_key is None):
        raise ConfigurationError(
            "pass exactly one of signer= (get_auth(client).signer or a loaded RSA private key) "
            "and private_key= (apiclient_key.pem as PEM text, bytes or a path)"
        )
    if isinstance(signer, MerchantSigner):
        return signer.private_key
    if isinstance(signer, RSAPrivateKey):
        return signer
    if signer is not None:
        raise ConfigurationError("signer must be a MerchantSigner (get_auth(client).signer) or an RSA private key")
    assert private_key is not None
    return load_merchant_private_key(private_key)


def _timestamp(timestamp: int | str | None) -> str:
    if timestamp is None:
        return str(int(time.time()))
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | str):
        raise RequestValidationError("timestamp must be Unix seconds (int or decimal string)", path="timestamp")
    text = str(timestamp)
    if not text.isascii() or not text.isdigit():
        raise RequestValidationError("timestamp must be Unix seconds in decimal digits", path="timestamp")
    return _line(text, "timestamp", max_length=_MAX_FIELD)


def _prepay_id(prepay_id: object) -> str:
    value = _line(prepay_id, "prepay_id", max_length=64)
    if value.startswith("prepay_id="):
        raise RequestValidationError(
            "pass the bare prepay_id from the order answer, without the 'prepay_id=' prefix", path="prepay_id"
        )
    return value


def build_jsapi_pay_params(
    appid: str,
    prepay_id: str,
    *,
    signer: MerchantSigner | RSAPrivateKey | None = None,
    private_key: PemSource | None = None,
    timestamp: int | str | None = None,
    nonce: str | None = None,
) -> JsapiPayParams:
    """The JSAPI / mini-program payment parameters with ``paySign`` (protocol.md 8).

    Args:
        appid: the appid the order was placed with (``PayJsapiRequest.appid``).
        prepay_id: ``create_jsapi_transaction(...).prepay_id`` (without ``prepay_id=``).
        signer: ``get_auth(client).signer`` or a loaded merchant private key; or
        private_key: the merchant API private key (``apiclient_key.pem``: PEM text, bytes, path).
        timestamp: Unix seconds; default now.
        nonce: at most 32 characters; default a fresh random 32-character string.

    Returns ``{"appId", "timeStamp", "nonceStr", "package": "prepay_id=...", "signType": "RSA",
    "paySign"}``, ready to pass to ``wx.requestPayment`` (which takes the same keys, appId aside).
    """
    key = _private_key(signer, private_key)
    app = _line(appid, "appid")
    ts = _timestamp(timestamp)
    nonce_str = _line(generate_nonce() if nonce is None else nonce, "nonce", max_length=_MAX_FIELD)
    package = "prepay_id=" + _prepay_id(prepay_id)
    pay_sign = sign(key, build_pay_sign_message(app, ts, nonce_str, package))
    return JsapiPayParams(
        appId=app, timeStamp=ts, nonceStr=nonce_str, package=package, signType=PAY_SIGN_TYPE, paySign=pay_sign
    )


def build_app_pay_params(
    appid: str,
    partnerid: str,
    prepay_id: str,
    *,
    signer: MerchantSigner | RSAPrivateKey | None = None,
    private_key: PemSource | None = None,
    timestamp: int | str | None = None,
    nonce: str | None = None,
) -> AppPayParams:
    """The APP payment parameters (OpenSDK ``PayReq``) with ``sign`` (protocol.md 8).

    ``partnerid`` is the merchant's mchid; ``prepay_id`` comes from ``create_app_transaction``.
    The signed message is ``appid\\ntimestamp\\nnoncestr\\nprepayid\\n``. Other arguments as in
    :func:`build_jsapi_pay_params`. Returns ``{"appid", "partnerid", "prepayid", "package":
    "Sign=WXPay", "noncestr", "timestamp", "sign"}``.
    """
    key = _private_key(signer, private_key)
    app = _line(appid, "appid")
    partner = _line(partnerid, "partnerid")
    ts = _timestamp(timestamp)
    nonce_str = _line(generate_nonce() if nonce is None else nonce, "nonce", max_length=_MAX_FIELD)
    prepay = _prepay_id(prepay_id)
    signature = sign(key, build_pay_sign_message(app, ts, nonce_str, prepay))
    return AppPayParams(
        appid=app,
        partnerid=partner,
        prepayid=prepay,
        package=APP_PACKAGE,
        noncestr=nonce_str,
        timestamp=ts,
        sign=signature,
    )
