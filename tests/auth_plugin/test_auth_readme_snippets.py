"""The upload, bill and pay-sign snippets of auth_plugin/README.md run as written against a sandbox."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from auth_testkit import REPO
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from wechatpay_auth import create_client, get_auth
from wechatpay_sandbox import Sandbox

README = REPO / "auth_plugin" / "README.md"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def snippet(marker: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    [block] = [b for b in blocks if marker in b]
    return block


def run(code: str, client: Any) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme_snippet", "client": client}
    exec(compile(code, str(README), "exec"), namespace)  # noqa: S102 - our own README
    return namespace


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox("public_key") as sb:
        yield sb


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> Iterator[Any]:
    creds = sandbox.credentials
    c = create_client(
        creds.mchid,
        merchant_serial_no=creds.merchant_serial_no,
        merchant_private_key=creds.merchant_private_key_pem,
        wechatpay_public_key_id=creds.public_key_id,
        wechatpay_public_key=creds.wechatpay_public_key_pem,
        base_url=sandbox.base_url,
    )
    yield c
    c.get_httpx_client().close()


def test_upload_snippet(client: Any, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "logo.png").write_bytes(PNG)
    namespace = run(snippet("build_media_upload("), client)
    [upload] = [u for u in sandbox.uploads if u.media_id == namespace["media_id"]]
    assert upload.sha256 == hashlib.sha256(PNG).hexdigest()


def test_bill_snippet(client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace = run(snippet("download_bill(client, apply)"), client)
    csv = namespace["csv"]
    assert hashlib.sha1(csv).hexdigest() == namespace["apply"].hash_value
    assert (tmp_path / "tradebill.csv").read_bytes() == csv


def test_pay_sign_snippet(client: Any, sandbox: Sandbox) -> None:
    namespace = run(snippet("build_jsapi_pay_params("), client)
    params, app_params = namespace["params"], namespace["app_params"]
    key = x509.load_pem_x509_certificate(sandbox.credentials.merchant_certificate_pem.encode()).public_key()
    assert isinstance(key, RSAPublicKey)
    prepay_id = namespace["prepay_id"]
    jsapi = f"{namespace['appid']}\n{params['timeStamp']}\n{params['nonceStr']}\nprepay_id={prepay_id}\n"
    app = f"{namespace['appid']}\n{app_params['timestamp']}\n{app_params['noncestr']}\n{prepay_id}\n"
    key.verify(base64.b64decode(params["paySign"]), jsapi.encode(), padding.PKCS1v15(), hashes.SHA256())
    key.verify(base64.b64decode(app_params["sign"]), app.encode(), padding.PKCS1v15(), hashes.SHA256())
    assert app_params["partnerid"] == get_auth(client).mchid == sandbox.credentials.mchid
