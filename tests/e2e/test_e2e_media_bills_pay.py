"""Uploads, verified bill downloads and client-side pay-sign through ``create_client`` against the sandbox.

* ``upload_image`` / ``upload_video`` with a body from ``build_media_upload`` (the sandbox checks
  the signature over the ``meta`` part, ``meta.sha256`` against the file, and the size limits);
* ``apply_trade_bill`` / ``apply_fund_flow_bill`` then ``download_bill`` / ``adownload_bill``
  (plain and GZIP; the sandbox's ``corrupt_download`` fault must raise ``BillIntegrityError``);
* ``create_jsapi_transaction`` / ``create_app_transaction`` then the pay-sign builders, whose
  signature is checked here with ``cryptography`` and the merchant certificate's public key.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from e2e_support import APPID, Receiver, call, capture_requests, today_beijing, unique
from wechatpay_auth import (
    BillIntegrityError,
    RequestValidationError,
    adownload_bill,
    build_app_pay_params,
    build_jsapi_pay_params,
    build_media_upload,
    download_bill,
    get_auth,
)
from wechatpay_client.api.bills import apply_fund_flow_bill, apply_trade_bill
from wechatpay_client.api.media import upload_image, upload_video
from wechatpay_client.api.pay import create_app_transaction, create_jsapi_transaction
from wechatpay_client.models.bill_apply_response import BillApplyResponse
from wechatpay_client.models.media_upload_response import MediaUploadResponse
from wechatpay_client.models.pay_amount import PayAmount
from wechatpay_client.models.pay_app_request import PayAppRequest
from wechatpay_client.models.pay_jsapi_request import PayJsapiRequest
from wechatpay_client.models.pay_payer import PayPayer
from wechatpay_sandbox import Sandbox

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 8
TRADE_HEADER = "交易时间,公众账号ID,商户号".encode()
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"


def yesterday() -> dt.date:
    return today_beijing() - dt.timedelta(days=1)


async def fetch_bill(mode: str, client: Any, apply: BillApplyResponse, **kwargs: Any) -> Any:
    if mode == "sync":
        return download_bill(client, apply, **kwargs)
    return await adownload_bill(client, apply, **kwargs)


def merchant_public_key(sandbox: Sandbox) -> RSAPublicKey:
    """From the merchant certificate the sandbox registered, not from the SDK's signer."""
    key = x509.load_pem_x509_certificate(sandbox.credentials.merchant_certificate_pem.encode()).public_key()
    assert isinstance(key, RSAPublicKey)
    return key


def verify_rsa(public_key: RSAPublicKey, message: str, signature_b64: str) -> None:
    public_key.verify(base64.b64decode(signature_b64), message.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())


# --------------------------------------------------------------------------- uploads


async def test_upload_image_built_with_the_helper(mode: str, client: Any, sandbox: Sandbox) -> None:
    body = build_media_upload(PNG, "logo.png")
    with capture_requests(client) as sent:
        result = await call(mode, upload_image, client=client, body=body)
    assert isinstance(result, MediaUploadResponse) and result.media_id
    [upload] = [u for u in sandbox.uploads if u.media_id == result.media_id]
    assert (upload.operation_id, upload.filename, upload.size) == ("upload_image", "logo.png", len(PNG))
    assert upload.sha256 == hashlib.sha256(PNG).hexdigest() and upload.content_type == "image/png"
    assert sent[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")


async def test_upload_video_built_with_the_helper(mode: str, client: Any, sandbox: Sandbox) -> None:
    result = await call(mode, upload_video, client=client, body=build_media_upload(MP4, "clip.mp4"))
    [upload] = [u for u in sandbox.uploads if u.media_id == result.media_id]
    assert (upload.operation_id, upload.filename, upload.content_type) == ("upload_video", "clip.mp4", "video/mp4")


async def test_bad_upload_is_refused_before_sending(mode: str, client: Any, sandbox: Sandbox) -> None:
    body = build_media_upload(PNG, "logo.png")
    body.meta.sha256 = hashlib.sha256(b"another file").hexdigest()
    before = sandbox.request_count("upload_image")
    with pytest.raises(RequestValidationError) as caught:
        await call(mode, upload_image, client=client, body=body)
    assert caught.value.path == "$.meta.sha256" and caught.value.operation_id == "upload_image"
    assert sandbox.request_count("upload_image") == before


# --------------------------------------------------------------------------- bills


@pytest.mark.parametrize("tar_type", [None, "GZIP"])
async def test_trade_bill_apply_and_verified_download(
    mode: str, client: Any, sandbox: Sandbox, tar_type: str | None
) -> None:
    kwargs = {"tar_type": tar_type} if tar_type else {}
    apply = await call(mode, apply_trade_bill, client=client, bill_date=yesterday(), **kwargs)
    assert isinstance(apply, BillApplyResponse) and apply.hash_type == "SHA1"
    assert ("tartype=GZIP" in apply.download_url) == (tar_type == "GZIP")
    before = sandbox.request_count("download_bill")
    csv = await fetch_bill(mode, client, apply)
    assert csv.startswith(TRADE_HEADER) and hashlib.sha1(csv).hexdigest() == apply.hash_value
    assert sandbox.request_count("download_bill") == before + 1


async def test_gzip_bill_kept_compressed_and_written_to_a_file(mode: str, client: Any, tmp_path: Path) -> None:
    apply = await call(mode, apply_fund_flow_bill, client=client, bill_date=yesterday(), tar_type="GZIP")
    packed = await fetch_bill(mode, client, apply, gunzip=False)
    assert packed[:2] == b"\x1f\x8b" and hashlib.sha1(gzip.decompress(packed)).hexdigest() == apply.hash_value
    target = tmp_path / "fundflow.csv"
    with target.open("wb") as out:
        written = await fetch_bill(mode, client, apply, target=out)
    assert written == target.stat().st_size and target.read_bytes() == gzip.decompress(packed)


@pytest.mark.parametrize("tar_type", [None, "GZIP"])
async def test_corrupted_download_is_an_integrity_error(
    mode: str, client: Any, sandbox: Sandbox, tar_type: str | None
) -> None:
    kwargs = {"tar_type": tar_type} if tar_type else {}
    apply = await call(mode, apply_trade_bill, client=client, bill_date=yesterday(), **kwargs)
    sandbox.faults.add("corrupt_download")
    target = io.BytesIO()
    with pytest.raises(BillIntegrityError) as caught:
        await fetch_bill(mode, client, apply, target=target)
    error = caught.value
    assert error.reason == "hash_mismatch" and error.expected == apply.hash_value
    assert error.actual is not None and error.actual != apply.hash_value and error.request_id
    # the fault is used up: the same URL (still valid) now verifies
    assert hashlib.sha1(await fetch_bill(mode, client, apply)).hexdigest() == apply.hash_value


async def test_download_url_of_another_host_is_never_requested(mode: str, client: Any, sandbox: Sandbox) -> None:
    apply = await call(mode, apply_trade_bill, client=client, bill_date=yesterday())
    apply.download_url = apply.download_url.replace("127.0.0.1", "localhost")
    before = sandbox.request_count("download_bill")
    with pytest.raises(RequestValidationError, match="refusing to send a signed request"):
        await fetch_bill(mode, client, apply)
    assert sandbox.request_count("download_bill") == before


# --------------------------------------------------------------------------- pay-sign


async def test_jsapi_order_then_pay_params(mode: str, client: Any, sandbox: Sandbox, receiver: Receiver) -> None:
    body = PayJsapiRequest(
        appid=APPID,
        mchid=sandbox.credentials.mchid,
        description="e2e pay-sign",
        out_trade_no=unique("js"),
        notify_url=receiver.url("/pay"),
        amount=PayAmount(total=1),
        payer=PayPayer(openid=OPENID),
    )
    prepay = await call(mode, create_jsapi_transaction, client=client, body=body)
    params = build_jsapi_pay_params(APPID, prepay.prepay_id, signer=get_auth(client).signer)
    assert set(params) == {"appId", "timeStamp", "nonceStr", "package", "signType", "paySign"}
    assert (params["appId"], params["package"], params["signType"]) == (APPID, f"prepay_id={prepay.prepay_id}", "RSA")
    message = f"{APPID}\n{params['timeStamp']}\n{params['nonceStr']}\nprepay_id={prepay.prepay_id}\n"
    verify_rsa(merchant_public_key(sandbox), message, params["paySign"])


async def test_app_order_then_pay_params(mode: str, client: Any, sandbox: Sandbox, receiver: Receiver) -> None:
    mchid = sandbox.credentials.mchid
    body = PayAppRequest(
        appid=APPID,
        mchid=mchid,
        description="e2e app pay-sign",
        out_trade_no=unique("app"),
        notify_url=receiver.url("/pay"),
        amount=PayAmount(total=1),
    )
    prepay = await call(mode, create_app_transaction, client=client, body=body)
    params = build_app_pay_params(
        APPID, mchid, prepay.prepay_id, private_key=sandbox.credentials.merchant_private_key_pem
    )
    assert (params["partnerid"], params["prepayid"], params["package"]) == (mchid, prepay.prepay_id, "Sign=WXPay")
    message = f"{APPID}\n{params['timestamp']}\n{params['noncestr']}\n{prepay.prepay_id}\n"
    verify_rsa(merchant_public_key(sandbox), message, params["sign"])
