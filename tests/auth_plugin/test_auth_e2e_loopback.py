"""End to end over a real loopback socket: stdlib http.server in a thread on 127.0.0.1, port 0.

The server checks our signature with the merchant public key, decrypts real_identity with the
private half of the WeChat Pay public key, compares it with the plaintext the caller gave, and
signs its answer with the WeChat Pay key.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from auth_testkit import (
    ID_CARD,
    PRE_SIGN_EXT,
    PRE_SIGN_PATH,
    REAL_NAME,
    VECTORS,
    FakeWeChatPay,
    build_auth,
    oaep_decrypt,
    pre_sign_body,
)
from wechatpay_auth import SignatureVerificationError, create_client

RESPONSE = {
    "pre_entrustweb_id": "5778aadY9nltAsZzXixCkFIGYnV2V",
    "redirect_appid": "wxbd687630cd02ce1d",
    "redirect_path": "pages/PwdExemptContract/index",
}


class LoopbackServer:
    def __init__(self, fake: FakeWeChatPay) -> None:
        self.fake = fake
        self.checks: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = httpx.Request(
                    self.command,
                    f"http://{self.headers['Host']}{self.path}",
                    headers=list(self.headers.items()),
                    content=body,
                )
                response = outer.fake.handler(request)
                self.send_response(response.status_code)
                for name, value in response.headers.multi_items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(response.content)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def pre_sign_responder(self, request: httpx.Request) -> httpx.Response:
        """What WeChat Pay does with a pre-sign: check the signature, decrypt, answer signed."""
        captured = self.fake.requests[-1]
        if not captured.authorization_valid:
            return self.fake.error_response(401, b'{"code":"SIGN_ERROR","message":"bad signature"}')
        sent = json.loads(request.content)
        server_key = self.fake.v.private_keys["pubkey"]
        self.checks.append(
            {
                "serial": request.headers.get("Wechatpay-Serial"),
                "real_name": oaep_decrypt(server_key, sent["real_identity"]["real_name"]),
                "id_card_number": oaep_decrypt(server_key, sent["real_identity"]["id_card_number"]),
            }
        )
        return self.fake.signed_response(200, json.dumps(RESPONSE).encode())


@pytest.fixture
def server(fake: FakeWeChatPay) -> Iterator[LoopbackServer]:
    loopback = LoopbackServer(fake)
    fake.responder = loopback.pre_sign_responder
    loopback.thread.start()
    try:
        yield loopback
    finally:
        loopback.httpd.shutdown()
        loopback.httpd.server_close()


def _assert_server_saw_plaintext(server: LoopbackServer, vectors) -> None:
    assert server.checks == [{"serial": vectors.public_key_id, "real_name": REAL_NAME, "id_card_number": ID_CARD}]
    assert server.fake.requests[-1].authorization_valid


def test_raw_auth_over_loopback_sync(server: LoopbackServer, vectors, clock) -> None:
    auth = build_auth(vectors, server.fake, clock)
    with httpx.Client(base_url=server.base_url, auth=auth) as client:
        response = client.post(
            PRE_SIGN_PATH, json=pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD), extensions=PRE_SIGN_EXT
        )
    assert response.json() == RESPONSE
    _assert_server_saw_plaintext(server, vectors)


async def test_raw_auth_over_loopback_async(server: LoopbackServer, vectors, clock) -> None:
    auth = build_auth(vectors, server.fake, clock)
    async with httpx.AsyncClient(base_url=server.base_url, auth=auth) as client:
        response = await client.post(
            PRE_SIGN_PATH, json=pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD), extensions=PRE_SIGN_EXT
        )
    assert response.json() == RESPONSE
    _assert_server_saw_plaintext(server, vectors)


def test_forged_answer_over_loopback_is_rejected(server: LoopbackServer, vectors, clock) -> None:
    server.fake.responder = lambda request: server.fake.signed_response(200, b'{"ok":true}', key="other")
    auth = build_auth(vectors, server.fake, clock)
    with httpx.Client(base_url=server.base_url, auth=auth) as client, pytest.raises(SignatureVerificationError):
        client.get("/v3/anything")


def _generated_client(server: LoopbackServer, vectors):
    pytest.importorskip("wechatpay_client.api.insurance_sign.pre_sign_mini_program")
    return create_client(
        mchid=vectors.mchid,
        merchant_serial_no=vectors.merchant_serial,
        merchant_private_key=VECTORS / "merchant_key.pem",
        wechatpay_public_key_id=vectors.public_key_id,
        wechatpay_public_key=VECTORS / "wechatpay_public_key.pem",
        base_url=server.base_url,
    )


def _body():
    from wechatpay_client.models import InsurancePreSignMiniProgramRequest

    return InsurancePreSignMiniProgramRequest.from_dict(pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD))


def test_generated_pre_sign_over_loopback_sync(server: LoopbackServer, vectors) -> None:
    client = _generated_client(server, vectors)
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    with client:
        result = pre_sign_mini_program.sync(client=client, body=_body())
    assert result.pre_entrustweb_id == RESPONSE["pre_entrustweb_id"]
    assert result.redirect_path == RESPONSE["redirect_path"]
    _assert_server_saw_plaintext(server, vectors)


async def test_generated_pre_sign_over_loopback_async(server: LoopbackServer, vectors) -> None:
    client = _generated_client(server, vectors)
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    async with client:
        result = await pre_sign_mini_program.asyncio(client=client, body=_body())
    assert result.redirect_appid == RESPONSE["redirect_appid"]
    _assert_server_saw_plaintext(server, vectors)
