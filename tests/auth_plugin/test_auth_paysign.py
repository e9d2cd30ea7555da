"""Client-side pay-sign (protocol.md 8): known answers from the openssl CLI (make_vectors.sh paysign)."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
from typing import Any

import pytest
from auth_testkit import BASE_URL, VECTORS, Vectors
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from wechatpay_auth import (
    ConfigurationError,
    MerchantSigner,
    RequestValidationError,
    build_app_pay_params,
    build_jsapi_pay_params,
    build_pay_sign_message,
    create_client,
    get_auth,
)


@pytest.fixture(scope="module")
def inputs() -> dict[str, str]:
    data: dict[str, str] = json.loads((VECTORS / "paysign_inputs.json").read_text())
    return data


def test_messages_match_the_printf_vectors(vectors: Vectors, inputs: dict[str, str]) -> None:
    appid, ts, nonce, prepay_id = inputs["appid"], inputs["timestamp"], inputs["nonce"], inputs["prepay_id"]
    jsapi = build_pay_sign_message(appid, ts, nonce, f"prepay_id={prepay_id}")
    assert jsapi == vectors.read("paysign_jsapi_message.txt")
    assert build_pay_sign_message(appid, ts, nonce, prepay_id) == vectors.read("paysign_app_message.txt")


def test_jsapi_pay_params_known_answer(vectors: Vectors, inputs: dict[str, str]) -> None:
    params = build_jsapi_pay_params(
        inputs["appid"],
        inputs["prepay_id"],
        signer=vectors.private_keys["merchant"],
        timestamp=int(inputs["timestamp"]),
        nonce=inputs["nonce"],
    )
    assert params == {
        "appId": inputs["appid"],
        "timeStamp": inputs["timestamp"],
        "nonceStr": inputs["nonce"],
        "package": f"prepay_id={inputs['prepay_id']}",
        "signType": "RSA",
        "paySign": vectors.text("paysign_jsapi_signature.b64"),
    }


def test_app_pay_params_known_answer(vectors: Vectors, inputs: dict[str, str]) -> None:
    params = build_app_pay_params(
        inputs["appid"],
        inputs["mchid"],
        inputs["prepay_id"],
        private_key=VECTORS / "merchant_key.pem",
        timestamp=inputs["timestamp"],
        nonce=inputs["nonce"],
    )
    assert params == {
        "appid": inputs["appid"],
        "partnerid": inputs["mchid"],
        "prepayid": inputs["prepay_id"],
        "package": "Sign=WXPay",
        "noncestr": inputs["nonce"],
        "timestamp": inputs["timestamp"],
        "sign": vectors.text("paysign_app_signature.b64"),
    }


def test_signer_from_a_client_gives_the_same_answer(vectors: Vectors, inputs: dict[str, str]) -> None:
    client = create_client(
        vectors.mchid,
        merchant_serial_no=vectors.merchant_serial,
        merchant_private_key=VECTORS / "merchant_key.pem",
        wechatpay_public_key_id=vectors.public_key_id,
        wechatpay_public_key=VECTORS / "wechatpay_public_key.pem",
        base_url=BASE_URL,
    )
    signer = get_auth(client).signer
    assert isinstance(signer, MerchantSigner)
    params = build_jsapi_pay_params(
        inputs["appid"], inputs["prepay_id"], signer=signer, timestamp=inputs["timestamp"], nonce=inputs["nonce"]
    )
    assert params["paySign"] == vectors.text("paysign_jsapi_signature.b64")
    client.get_httpx_client().close()


def test_defaults_are_now_and_a_fresh_nonce(vectors: Vectors) -> None:
    before = int(time.time())
    first = build_jsapi_pay_params("wxapp", "wx123", signer=vectors.private_keys["merchant"])
    second = build_jsapi_pay_params("wxapp", "wx123", signer=vectors.private_keys["merchant"])
    assert before <= int(first["timeStamp"]) <= int(time.time())
    assert re.fullmatch(r"[0-9A-Za-z]{32}", first["nonceStr"]) and first["nonceStr"] != second["nonceStr"]
    message = f"wxapp\n{first['timeStamp']}\n{first['nonceStr']}\nprepay_id=wx123\n".encode()
    vectors.merchant_public_key.verify(base64.b64decode(first["paySign"]), message, padding.PKCS1v15(), hashes.SHA256())


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI not installed")
def test_openssl_verifies_a_fresh_app_sign(vectors: Vectors, tmp_path: Any) -> None:
    params = build_app_pay_params("wx中文app", "1230000109", "wx9", signer=vectors.private_keys["merchant"])
    message = f"wx中文app\n{params['timestamp']}\n{params['noncestr']}\nwx9\n".encode()
    (tmp_path / "msg").write_bytes(message)
    (tmp_path / "sig").write_bytes(base64.b64decode(params["sign"]))
    result = subprocess.run(
        [
            "openssl",
            "dgst",
            "-sha256",
            "-verify",
            str(VECTORS / "merchant_public_key.pem"),
            "-signature",
            str(tmp_path / "sig"),
            str(tmp_path / "msg"),
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        pytest.param({"appid": "wx\napp"}, "appid", id="newline-in-appid"),
        pytest.param({"appid": ""}, "appid", id="empty-appid"),
        pytest.param({"prepay_id": "prepay_id=wx1"}, "prepay_id", id="prefixed-prepay-id"),
        pytest.param({"prepay_id": "wx1\r"}, "prepay_id", id="cr-in-prepay-id"),
        pytest.param({"prepay_id": "w" * 65}, "prepay_id", id="prepay-id-too-long"),
        pytest.param({"nonce": "n" * 33}, "nonce", id="nonce-too-long"),
        pytest.param({"nonce": "a\nb"}, "nonce", id="newline-in-nonce"),
        pytest.param({"timestamp": "12a"}, "timestamp", id="timestamp-not-digits"),
        pytest.param({"timestamp": -5}, "timestamp", id="negative-timestamp"),
        pytest.param({"timestamp": True}, "timestamp", id="bool-timestamp"),
        pytest.param({"timestamp": 1.5}, "timestamp", id="float-timestamp"),
    ],
)
def test_bad_inputs_are_refused(vectors: Vectors, kwargs: dict[str, Any], path: str) -> None:
    args: dict[str, Any] = {"appid": "wxapp", "prepay_id": "wx1", **kwargs}
    with pytest.raises(RequestValidationError) as caught:
        build_jsapi_pay_params(
            args.pop("appid"), args.pop("prepay_id"), signer=vectors.private_keys["merchant"], **args
        )
    assert caught.value.path == path


def test_app_partnerid_is_required(vectors: Vectors) -> None:
    with pytest.raises(RequestValidationError) as caught:
        build_app_pay_params("wxapp", "", "wx1", signer=vectors.private_keys["merchant"])
    assert caught.value.path == "partnerid"


def test_exactly_one_key_source(vectors: Vectors) -> None:
    with pytest.raises(ConfigurationError, match="exactly one"):
        build_jsapi_pay_params("wxapp", "wx1")
    with pytest.raises(ConfigurationError, match="exactly one"):
        build_jsapi_pay_params(
            "wxapp", "wx1", signer=vectors.private_keys["merchant"], private_key=VECTORS / "merchant_key.pem"
        )
    with pytest.raises(ConfigurationError, match="MerchantSigner"):
        build_jsapi_pay_params("wxapp", "wx1", signer="not a key")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        build_jsapi_pay_params("wxapp", "wx1", private_key=VECTORS / "merchant_public_key.pem")
