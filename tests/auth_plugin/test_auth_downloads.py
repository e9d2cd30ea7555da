"""Verified bill downloads (protocol.md 2.6): ``download_bill`` / ``adownload_bill``.

The fake serves an unsigned bill body (plain or gzip, optionally in small chunks or broken off);
the expected digests are computed here with ``hashlib`` over the CSV.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from auth_testkit import BASE_URL, FakeOperation, FakeWeChatPay
from wechatpay_auth import (
    APIConnectionError,
    BadRequestError,
    BillIntegrityError,
    ConfigurationError,
    RequestValidationError,
    SignatureVerificationError,
    WeChatPayError,
    adownload_bill,
    download_bill,
)
from wechatpay_client._metadata import get_operation
from wechatpay_client.models.bill_apply_response import BillApplyResponse

CSV = ("交易时间,公众账号ID,商户号\r\n`2026-01-01 10:00:00,`wxd678efh567hg6787,`1230000109\r\n" * 50).encode()
TOKEN = "tok_" + "A1b2C3" * 8
DOWNLOAD = f"{BASE_URL}/v3/billdownload/file?token={TOKEN}"
DOWNLOAD_GZIP = DOWNLOAD + "&tartype=GZIP"


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in pieces; ``fail_after`` pieces, then a read error."""

    def __init__(self, data: bytes, size: int = 1000, fail_after: int | None = None) -> None:
        self.pieces = [data[i : i + size] for i in range(0, len(data), size)]
        self.fail_after = fail_after

    def _iter(self) -> Iterator[bytes]:
        for index, piece in enumerate(self.pieces):
            if self.fail_after is not None and index >= self.fail_after:
                raise httpx.ReadError("connection reset by peer")
            yield piece

    def __iter__(self) -> Iterator[bytes]:
        yield from self._iter()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._iter():
            yield piece


def apply_for(url: str = DOWNLOAD, content: bytes = CSV, **overrides: str) -> BillApplyResponse:
    fields = {"hash_type": "SHA1", "hash_value": hashlib.sha1(content).hexdigest(), "download_url": url, **overrides}
    return BillApplyResponse(**fields)


class BillServer:
    """Answers /v3/billdownload/file with ``body`` (unsigned, like WeChat Pay); records requests."""

    def __init__(self, fake: FakeWeChatPay) -> None:
        self.fake = fake
        self.body: bytes | httpx.SyncByteStream = CSV
        self.content_type = "text/plain"
        self.status = 200
        self.requests: list[httpx.Request] = []
        fake.responder = self.respond

    def respond(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status != 200:
            body = json.dumps({"code": "INVALID_REQUEST", "message": "the download_url has expired"}).encode()
            return self.fake.signed_response(self.status, body)
        headers = {"Content-Type": self.content_type, "Request-ID": "REQ-BILL-1"}
        if isinstance(self.body, bytes):
            return httpx.Response(200, headers=headers, content=self.body)
        return httpx.Response(200, headers=headers, stream=self.body)


@pytest.fixture
def server(fake: FakeWeChatPay) -> BillServer:
    return BillServer(fake)


@pytest.fixture
def auth(make_auth: Any) -> Any:
    return make_auth(operations=get_operation)


@pytest.fixture(params=["sync", "async"])
def fetch(request: pytest.FixtureRequest, fake: FakeWeChatPay, auth: Any) -> Any:
    """``await fetch(apply, **kwargs)`` through download_bill (httpx.Client) or adownload_bill."""
    mode = request.param

    async def run(apply: Any, *, base_url: str = BASE_URL, with_auth: Any = None, **kwargs: Any) -> Any:
        use = with_auth or auth
        if mode == "sync":
            with httpx.Client(base_url=base_url, transport=fake.transport, auth=use) as client:
                return download_bill(client, apply, **kwargs)
        async with httpx.AsyncClient(base_url=base_url, transport=fake.async_transport, auth=use) as aclient:
            return await adownload_bill(aclient, apply, **kwargs)

    return run


# --------------------------------------------------------------------------- happy paths


async def test_plain_bill_is_verified_and_returned(fetch, server, fake) -> None:
    assert await fetch(apply_for()) == CSV
    [request] = server.requests
    assert request.url.raw_path.decode() == f"/v3/billdownload/file?token={TOKEN}"
    assert request.extensions["wechatpay_operation_id"] == "download_bill"
    [captured] = fake.requests
    assert captured.authorization_valid and captured.body == b""  # a signed GET


async def test_gzip_bill_is_gunzipped_and_hashed_decompressed(fetch, server) -> None:
    server.body, server.content_type = gzip.compress(CSV), "application/x-gzip"
    assert await fetch(apply_for(DOWNLOAD_GZIP)) == CSV


async def test_gzip_named_by_the_response_only(fetch, server) -> None:
    server.body, server.content_type = gzip.compress(CSV), "application/x-gzip"
    assert await fetch(apply_for(DOWNLOAD)) == CSV


async def test_gzip_named_by_the_url_only(fetch, server) -> None:
    server.body, server.content_type = gzip.compress(CSV), "application/octet-stream"
    assert await fetch(apply_for(DOWNLOAD_GZIP)) == CSV


async def test_gunzip_true_forces_decompression(fetch, server) -> None:
    server.body, server.content_type = gzip.compress(CSV), "application/octet-stream"
    assert await fetch(apply_for(DOWNLOAD), gunzip=True) == CSV


async def test_gunzip_false_keeps_the_gzip_bytes_but_verifies_the_content(fetch, server) -> None:
    packed = gzip.compress(CSV)
    server.body, server.content_type = packed, "application/x-gzip"
    assert await fetch(apply_for(DOWNLOAD_GZIP), gunzip=False) == packed
    server.body = gzip.compress(CSV + b"x")
    with pytest.raises(BillIntegrityError):
        await fetch(apply_for(DOWNLOAD_GZIP), gunzip=False)


@pytest.mark.parametrize("hash_type", ["SHA1", "sha1", "SHA-1"])
async def test_hash_comparison_is_case_insensitive(fetch, server, hash_type: str) -> None:
    apply = apply_for(hash_type=hash_type, hash_value=hashlib.sha1(CSV).hexdigest().upper())
    assert await fetch(apply) == CSV


async def test_sha256_hash_type_is_supported(fetch, server) -> None:
    assert await fetch(apply_for(hash_type="SHA256", hash_value=hashlib.sha256(CSV).hexdigest())) == CSV


async def test_apply_answer_as_a_dict(fetch, server) -> None:
    assert await fetch(apply_for().to_dict()) == CSV


async def test_target_receives_the_stream(fetch, server) -> None:
    server.body, server.content_type = Chunks(gzip.compress(CSV), size=100), "application/x-gzip"
    target = io.BytesIO()
    assert await fetch(apply_for(DOWNLOAD_GZIP), target=target) == len(CSV)
    assert target.getvalue() == CSV


async def test_multi_member_gzip(fetch, server) -> None:
    half = len(CSV) // 2
    server.body = Chunks(gzip.compress(CSV[:half]) + gzip.compress(CSV[half:]), size=7)
    assert await fetch(apply_for(DOWNLOAD_GZIP)) == CSV


async def test_large_highly_compressed_bill_in_one_chunk(fetch, server) -> None:
    big = b"0," * (3 * 1024 * 1024)  # 6 MiB of content: several bounded inflate steps
    server.body = gzip.compress(big)
    assert await fetch(apply_for(DOWNLOAD_GZIP, big)) == big


async def test_base_url_with_a_path_prefix(fetch, server) -> None:
    url = f"{BASE_URL}/gw/v3/billdownload/file?token={TOKEN}"
    assert await fetch(apply_for(url), base_url=BASE_URL + "/gw") == CSV
    assert server.requests[0].url.path == "/gw/v3/billdownload/file"


# --------------------------------------------------------------------------- integrity failures


async def test_corrupted_bill_is_an_integrity_error(fetch, server) -> None:
    server.body = CSV.replace(b"10:00:00", b"10:00:01", 1)
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(apply_for())
    error = caught.value
    assert isinstance(error, WeChatPayError)
    assert error.reason == "hash_mismatch" and error.hash_type == "SHA1"
    assert error.expected == hashlib.sha1(CSV).hexdigest()
    assert error.actual == hashlib.sha1(server.body).hexdigest()
    assert error.request_id == "REQ-BILL-1"
    assert TOKEN not in str(error) and "apply for the bill again" in str(error)


async def test_corrupted_gzip_bill_is_an_integrity_error(fetch, server) -> None:
    server.body = gzip.compress(CSV[:-3] + b"999")
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(apply_for(DOWNLOAD_GZIP))
    assert caught.value.reason == "hash_mismatch" and "decompressed" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(gzip.compress(CSV)[:-10], id="truncated"),
        pytest.param(CSV, id="not-gzip"),
        pytest.param(b"", id="empty"),
        pytest.param(gzip.compress(CSV) + b"trailing garbage", id="trailing-garbage"),
    ],
)
async def test_broken_gzip(fetch, server, body: bytes) -> None:
    server.body = body
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(apply_for(DOWNLOAD_GZIP))
    assert caught.value.reason == "malformed_gzip"


async def test_max_bytes(fetch, server) -> None:
    server.body = gzip.compress(CSV)
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(apply_for(DOWNLOAD_GZIP), max_bytes=len(CSV) - 1)
    assert caught.value.reason == "too_large"
    assert await fetch(apply_for(DOWNLOAD_GZIP), max_bytes=len(CSV)) == CSV
    with pytest.raises(RequestValidationError):
        await fetch(apply_for(), max_bytes=-1)


async def test_unsupported_hash_type_sends_nothing(fetch, server, fake) -> None:
    with pytest.raises(BillIntegrityError) as caught:
        await fetch(apply_for(hash_type="MD5"))
    assert caught.value.reason == "unsupported_hash_type"
    assert fake.requests == []


async def test_interrupted_body_is_a_connection_error(fetch, server) -> None:
    server.body = Chunks(CSV, size=100, fail_after=2)
    with pytest.raises(APIConnectionError) as caught:
        await fetch(apply_for())
    assert caught.value.operation_id == "download_bill" and isinstance(caught.value.__cause__, httpx.ReadError)


async def test_error_status_is_an_api_error(fetch, server) -> None:
    server.status = 400
    with pytest.raises(BadRequestError) as caught:
        await fetch(apply_for())
    assert caught.value.code == "INVALID_REQUEST"


# --------------------------------------------------------------------------- where a signed request may go


@pytest.mark.parametrize(
    "url",
    [
        pytest.param(f"https://evil.example.com/v3/billdownload/file?token={TOKEN}", id="other-host"),
        pytest.param(f"http://api.mch.weixin.qq.com/v3/billdownload/file?token={TOKEN}", id="other-scheme"),
        pytest.param(f"https://api.mch.weixin.qq.com:8443/v3/billdownload/file?token={TOKEN}", id="other-port"),
        pytest.param(f"https://u:p@api.mch.weixin.qq.com/v3/billdownload/file?token={TOKEN}", id="userinfo"),
        pytest.param(f"{BASE_URL}/v3/certificates?token={TOKEN}", id="other-path"),
        pytest.param(f"{BASE_URL}/v3/billdownload/file/../../certificates?token={TOKEN}", id="dot-segments"),
        pytest.param(f"{BASE_URL}/v3/billdownload/file/x?token={TOKEN}", id="longer-path"),
        pytest.param(f"/v3/billdownload/file?token={TOKEN}", id="relative"),
        pytest.param("api.mch.weixin.qq.com/v3/billdownload/file", id="no-scheme"),
    ],
)
async def test_download_url_off_the_api_origin_is_refused(fetch, server, fake, url: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        await fetch(apply_for(url))
    assert caught.value.path == "download_url" and "nothing was sent" in str(caught.value)
    assert fake.requests == []


async def test_explicit_default_port_is_the_same_origin(fetch, server) -> None:
    url = f"https://api.mch.weixin.qq.com:443/v3/billdownload/file?token={TOKEN}"
    assert await fetch(apply_for(url)) == CSV


@pytest.mark.parametrize("missing", ["hash_type", "hash_value", "download_url"])
async def test_incomplete_apply_answer(fetch, server, fake, missing: str) -> None:
    fields = apply_for().to_dict()
    del fields[missing]
    with pytest.raises(RequestValidationError) as caught:
        await fetch(fields)
    assert caught.value.path == missing and fake.requests == []


async def test_without_download_metadata_nothing_is_sent(fetch, server, fake, make_auth) -> None:
    other = make_auth(operations={"x": FakeOperation("x", "t", "GET", "/v3/x")}.get)
    with pytest.raises(ConfigurationError, match="download_bill"):
        await fetch(apply_for(), with_auth=other)
    assert fake.requests == []


# --------------------------------------------------------------------------- verification is skipped for this operation only


async def test_raw_get_of_the_download_path_is_still_verified(send, auth, server) -> None:
    with pytest.raises(SignatureVerificationError) as caught:
        await send(auth, "GET", f"/v3/billdownload/file?token={TOKEN}")
    assert caught.value.reason == "missing_header"


async def test_download_extension_on_another_path_is_refused(send, auth, server, fake) -> None:
    with pytest.raises(ConfigurationError, match="does not match operation"):
        await send(auth, "GET", "/v3/pay/transactions/id/1", extensions={"wechatpay_operation_id": "download_bill"})
    assert fake.requests == []


def test_auth_leaves_the_download_body_unread_for_streaming(auth, fake, server) -> None:
    server.body = Chunks(CSV, size=100)
    ext = {"wechatpay_operation_id": "download_bill"}
    with (
        httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client,
        client.stream("GET", f"/v3/billdownload/file?token={TOKEN}", extensions=ext) as response,
    ):
        assert not response.is_stream_consumed
        assert b"".join(response.iter_bytes()) == CSV


def test_wrong_client_kinds(auth, fake, server) -> None:
    async_client = httpx.AsyncClient(base_url=BASE_URL, auth=auth)
    with pytest.raises(ConfigurationError, match="adownload_bill"):
        download_bill(async_client, apply_for())
    with httpx.Client(base_url=BASE_URL, transport=fake.transport) as plain, pytest.raises(ConfigurationError):
        download_bill(plain, apply_for())
    assert fake.requests == []


async def test_async_helper_refuses_a_sync_client(auth) -> None:
    with httpx.Client(base_url=BASE_URL, auth=auth) as client, pytest.raises(ConfigurationError, match="download_bill"):
        await adownload_bill(client, apply_for())
