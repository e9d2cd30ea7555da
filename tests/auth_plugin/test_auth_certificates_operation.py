"""The platform-certificate downloader sends the generated ``download_certificates`` operation."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest
from auth_testkit import APIV3_KEY, BASE_URL, FakeWeChatPay
from wechatpay_auth import create_client
from wechatpay_client._metadata import get_operation
from wechatpay_client.api.certificates import download_certificates
from wechatpay_client.models.certificate_list_response import CertificateListResponse


class Recorder:
    """Wraps the fake's transports and keeps each request's method, raw path and operation extension."""

    def __init__(self, fake: FakeWeChatPay) -> None:
        self.fake = fake
        self.seen: list[tuple[str, str, Any]] = []

    def _note(self, request: httpx.Request) -> None:
        self.seen.append(
            (request.method, request.url.raw_path.decode(), request.extensions.get("wechatpay_operation_id"))
        )

    def handler(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return self.fake.handler(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return await self.fake.async_handler(request)


@pytest.fixture
def recorder(fake: FakeWeChatPay) -> Recorder:
    fake.responder = lambda request: fake.signed_response(200, b'{"ok":true}', key="platform")
    return Recorder(fake)


async def test_download_names_the_generated_operation(send, make_auth, recorder: Recorder) -> None:
    auth = make_auth(
        "certificate",
        operations=get_operation,
        transport=httpx.MockTransport(recorder.handler),
        async_transport=httpx.MockTransport(recorder.async_handler),
    )
    await send(auth, "GET", "/v3/a")
    meta = get_operation("download_certificates")
    assert meta is not None
    assert recorder.seen == [(meta.method, meta.path, "download_certificates")]
    assert recorder.fake.certificate_downloads == 1


async def test_download_follows_the_metadata_path(send, make_auth, recorder: Recorder) -> None:
    """Method and path come from the metadata (here a copy with a query added, still /v3/certificates)."""
    real = get_operation("download_certificates")
    assert real is not None
    custom = dataclasses.replace(real, path="/v3/certificates?algorithm_type=RSA")
    lookup = {"download_certificates": custom}.get
    auth = make_auth(
        "certificate",
        operations=lookup,
        transport=httpx.MockTransport(recorder.handler),
        async_transport=httpx.MockTransport(recorder.async_handler),
    )
    if send.mode == "sync":
        auth.certificate_manager.download()
    else:
        await auth.async_certificate_manager.download()
    assert recorder.seen == [("GET", "/v3/certificates?algorithm_type=RSA", "download_certificates")]


async def test_without_metadata_the_documented_path_is_used(send, make_auth, recorder: Recorder) -> None:
    auth = make_auth(
        "certificate",
        operations=None,
        transport=httpx.MockTransport(recorder.handler),
        async_transport=httpx.MockTransport(recorder.async_handler),
    )
    await send(auth, "GET", "/v3/a")
    assert recorder.seen[0] == ("GET", "/v3/certificates", "download_certificates")


def test_generated_operation_parses_the_same_download(fake: FakeWeChatPay, vectors: Any) -> None:
    """The typed ``download_certificates`` call through the signing client gets a CertificateListResponse."""
    client = create_client(
        vectors.mchid,
        merchant_serial_no=vectors.merchant_serial,
        merchant_private_key=vectors.private_keys["merchant"],
        apiv3_key=APIV3_KEY,
        base_url=BASE_URL,
        transport=fake.transport,
    )
    result = download_certificates.sync(client=client)
    assert isinstance(result, CertificateListResponse)
    assert [item.serial_no for item in result.data] == [vectors.serials["platform"]]
    client.get_httpx_client().close()
