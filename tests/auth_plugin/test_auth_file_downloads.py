"""Unsigned file downloads checked against a signed digest: ``download_verified_file`` and its async twin.

The receipt bytes are served unsigned by the fake; the expected digests come from the ``openssl``
command line (``openssl dgst -sm3`` / ``-sha256``), not from the code under test.
"""

from __future__ import annotations

import subprocess
from typing import Any

import httpx
import pytest
from auth_testkit import BASE_URL, FakeWeChatPay
from wechatpay_auth import (
    BillIntegrityError,
    ConfigurationError,
    RequestValidationError,
    adownload_verified_file,
    download_verified_file,
)
from wechatpay_client._metadata import get_operation

PDF = b"%PDF-1.4\n" + "电子回单 receipt ".encode() * 300 + b"\n%%EOF\n"
TOKEN = "tok_" + "Z9y8X7" * 6
RECEIPT = f"{BASE_URL}/v3/transferdownload/elecvoucherfile?token={TOKEN}&source=elecsign"
OPERATION = "download_transfer_bill_receipt"


def openssl_digest(algorithm: str, data: bytes) -> str:
    out = subprocess.run(["openssl", "dgst", f"-{algorithm}"], input=data, capture_output=True, check=True).stdout
    return out.decode().rsplit("=", 1)[1].strip()


def answer(hash_type: str, hash_value: str, url: str = RECEIPT) -> dict[str, Any]:
    return {"state": "FINISHED", "hash_type": hash_type, "hash_value": hash_value, "download_url": url}


class ReceiptServer:
    def __init__(self, fake: FakeWeChatPay) -> None:
        self.body = PDF
        self.requests: list[httpx.Request] = []
        fake.responder = self.respond

    def respond(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, headers={"Content-Type": "application/pdf"}, content=self.body)


@pytest.fixture
def server(fake: FakeWeChatPay) -> ReceiptServer:
    return ReceiptServer(fake)


@pytest.fixture(params=["sync", "async"])
def fetch(request: pytest.FixtureRequest, fake: FakeWeChatPay, make_auth: Any) -> Any:
    auth = make_auth(operations=get_operation)

    async def run(apply: Any, **kwargs: Any) -> Any:
        if request.param == "sync":
            with httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client:
                return download_verified_file(client, apply, **kwargs)
        async with httpx.AsyncClient(base_url=BASE_URL, transport=fake.async_transport, auth=auth) as aclient:
            return await adownload_verified_file(aclient, apply, **kwargs)

    return run


@pytest.mark.parametrize(("hash_type", "algorithm"), [("SM3", "sm3"), ("SHA256", "sha256"), ("sha256", "sha256")])
async def test_a_receipt_matching_its_signed_digest_is_returned(fetch, server, fake, hash_type, algorithm) -> None:
    data = await fetch(answer(hash_type, openssl_digest(algorithm, PDF)), operation=OPERATION)
    assert data == PDF
    [request] = server.requests
    assert request.extensions["wechatpay_operation_id"] == OPERATION
    [captured] = fake.requests
    assert captured.authorization_valid  # a signed GET, although the answer is not signed


async def test_a_tampered_receipt_is_refused(fetch, server) -> None:
    expected = openssl_digest("sm3", PDF)
    server.body = PDF.replace(b"receipt", b"RECEIPT", 1)
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(answer("SM3", expected), operation=OPERATION)
    assert caught.value.reason == "hash_mismatch"
    assert TOKEN not in str(caught.value)


async def test_streaming_into_a_target(fetch, server) -> None:
    import io

    sink = io.BytesIO()
    written = await fetch(answer("SM3", openssl_digest("sm3", PDF)), operation=OPERATION, target=sink)
    assert written == len(PDF) and sink.getvalue() == PDF


async def test_the_url_must_be_the_operations_path_on_the_clients_origin(fetch, server) -> None:
    digest = openssl_digest("sm3", PDF)
    with pytest.raises(RequestValidationError, match="download_transfer_bill_receipt"):
        await fetch(answer("SM3", digest, f"{BASE_URL}/v3/billdownload/file?token=x"), operation=OPERATION)
    with pytest.raises(RequestValidationError, match="not at this client's API origin"):
        await fetch(
            answer("SM3", digest, "https://evil.example.com/v3/transferdownload/elecvoucherfile"), operation=OPERATION
        )
    assert server.requests == []  # nothing was sent


async def test_only_unsigned_download_operations_qualify(fetch, server) -> None:
    digest = openssl_digest("sm3", PDF)
    with pytest.raises(ConfigurationError, match="not an unsigned file download"):
        await fetch(answer("SM3", digest), operation="query_transfer_bill_by_out_bill_no")
    with pytest.raises(ConfigurationError, match="has no 'no_such_download'"):
        await fetch(answer("SM3", digest), operation="no_such_download")
    assert server.requests == []


async def test_an_unknown_hash_type_is_refused_before_sending(fetch, server) -> None:
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(answer("MD5", "00"), operation=OPERATION)
    assert caught.value.reason == "unsupported_hash_type"
    assert server.requests == []
