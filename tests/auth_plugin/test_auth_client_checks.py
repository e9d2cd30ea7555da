"""Issue 14: ``create_client`` checks ``base_url``, and a sync-only ``transport=`` does not leak async calls."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from auth_testkit import VECTORS, Vectors
from wechatpay_auth import ConfigurationError, WeChatPayError, create_client
from wechatpay_client.api.insurance_sign import query_contract
from wechatpay_typed import AsyncWeChatPay


def arguments(vectors: Vectors, **overrides: Any) -> dict[str, Any]:
    return {
        "mchid": vectors.mchid,
        "merchant_serial_no": vectors.merchant_serial,
        "merchant_private_key": vectors.private_keys["merchant"],
        "wechatpay_public_key_id": vectors.public_key_id,
        "wechatpay_public_key": VECTORS / "wechatpay_public_key.pem",
        **overrides,
    }


@pytest.mark.parametrize(
    ("base_url", "words"),
    [
        ("localhost:8080", "no http:// or https:// scheme"),
        ("api.mch.weixin.qq.com", "no http:// or https:// scheme"),
        ("ftp://api.mch.weixin.qq.com", "no http:// or https:// scheme"),
        ("https://", "has no host"),
        ("http://127.0.0.1:port", "not a valid URL"),
        ("https://api.mch.weixin.qq.com/?x=1", "query or fragment"),
        ("https://user:secret@api.mch.weixin.qq.com", "credentials"),
    ],
)
def test_a_bad_base_url_is_refused_naming_base_url(vectors: Vectors, base_url: str, words: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        create_client(**arguments(vectors, base_url=base_url))
    message = str(info.value)
    assert message.startswith("base_url") and words in message
    assert "secret" not in message


@pytest.mark.parametrize(
    "base_url", ["https://api.mch.weixin.qq.com", "http://127.0.0.1:8080", "https://gw.example.com/wechatpay"]
)
def test_good_base_urls_are_accepted(vectors: Vectors, base_url: str) -> None:
    client = create_client(**arguments(vectors, base_url=base_url))
    assert str(client.get_httpx_client().base_url).rstrip("/") == base_url


def test_a_bad_failover_base_url_is_refused_naming_it(vectors: Vectors) -> None:
    with pytest.raises(ConfigurationError, match="^failover_base_url"):
        create_client(**arguments(vectors, failover_base_url="api2.wechatpay.cn"))


class _Counter(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A real loopback server that counts the requests reaching it."""
    hits: ClassVar[list[str]] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


async def test_async_calls_on_a_client_with_only_a_sync_transport_are_refused(
    vectors: Vectors, server: tuple[str, list[str]]
) -> None:
    """Before issue 14 the async call bypassed the mock and reached the server."""
    base_url, hits = server
    mocked: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        mocked.append(request)
        return httpx.Response(404, json={"code": "NOT_FOUND", "message": "mocked"})

    client = create_client(**arguments(vectors, base_url=base_url, transport=httpx.MockTransport(handler)))
    with pytest.raises(WeChatPayError):
        query_contract.sync(12535, "C1", client=client)
    assert len(mocked) == 1  # the sync call used the mock
    with pytest.raises(ConfigurationError, match="async_transport"):
        await query_contract.asyncio(12535, "C1", client=client)
    with pytest.raises(ConfigurationError, match="async_transport"):
        await client.get_async_httpx_client().get("/v3/certificates")
    awxpay = AsyncWeChatPay(**arguments(vectors, base_url=base_url, transport=httpx.MockTransport(handler)))
    with pytest.raises(ConfigurationError, match="async_transport"):
        await awxpay.insurance_sign.query_contract(12535, "C1")
    assert hits == [] and len(mocked) == 1  # nothing reached the network, nor the sync mock


async def test_an_async_transport_given_too_serves_the_async_calls(vectors: Vectors) -> None:
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(404, json={"code": "NOT_FOUND", "message": "mocked"})

    client = create_client(
        **arguments(
            vectors,
            base_url="https://api.mch.weixin.qq.com",
            transport=httpx.MockTransport(lambda r: httpx.Response(500)),
            async_transport=httpx.MockTransport(handler),
        )
    )
    with pytest.raises(WeChatPayError) as info:
        await query_contract.asyncio(12535, "C1", client=client)
    assert not isinstance(info.value, ConfigurationError)
    assert seen == ["/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/C1"]
