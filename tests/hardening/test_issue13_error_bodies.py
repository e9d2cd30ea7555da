"""Issue 13, item 5: deeply nested JSON from an unauthenticated peer never escapes as RecursionError.

A non-2xx error body and a ``/v3/certificates`` body are read before anything is verified. Deep
nesting (far beyond Python's recursion limit, or deep enough to make later ``repr()`` calls
recurse) must give a ``WeChatPayError``: a generic ``APIError`` for error bodies, a
``malformed_certificate_list`` failure for the certificate list. A loopback HTTP server plays the
hostile peer.
"""

from __future__ import annotations

import http.server
import json
import secrets
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from wechatpay_auth import (
    APIError,
    BadRequestError,
    CertificateDownloadError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    SignatureVerificationError,
    WeChatPayError,
    create_client,
)
from wechatpay_auth._errors import api_error_from_response
from wechatpay_auth._keys import CERTIFICATES_MAX_BYTES, parse_certificate_download
from wechatpay_sandbox import SandboxCredentials

DEEP = 200_000  # far beyond the recursion limit
SHALLOW_BUT_DEEP = 900  # parses with the C scanner, but deeper than any real error body


def _deep_bodies() -> dict[str, bytes]:
    return {
        "arrays": b"[" * DEEP + b"]" * DEEP,
        "objects": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
        "unclosed": b"[" * DEEP,
        "in detail": b'{"code":"PARAM_ERROR","message":"m","detail":' + b"[" * DEEP + b"]" * DEEP + b"}",
        "detail just parseable": b'{"code":"PARAM_ERROR","detail":'
        + b"[" * SHALLOW_BUT_DEEP
        + b"]" * SHALLOW_BUT_DEEP
        + b"}",
        "objects just parseable": b'{"a":' * SHALLOW_BUT_DEEP + b"1" + b"}" * SHALLOW_BUT_DEEP,
    }


DEEP_BODIES = _deep_bodies()


# ------------------------------------------------------------------------------------------ the parsers


@pytest.mark.parametrize("name", sorted(DEEP_BODIES))
@pytest.mark.parametrize(
    ("status", "cls"), [(400, BadRequestError), (404, NotFoundError), (429, RateLimitError), (502, InternalServerError)]
)
def test_deep_error_body_gives_a_generic_api_error(name: str, status: int, cls: type[APIError]) -> None:
    body = DEEP_BODIES[name]
    error = api_error_from_response(status, {"Request-ID": "RID-1"}, body, operation_id="query_contract")
    assert type(error) is cls
    assert (error.code, error.message, error.detail) == (None, None, None)
    assert error.body == body  # kept raw for the caller; not in str()
    assert error.request_id == "RID-1"
    assert str(error).startswith(f"HTTP {status} [Request-ID: RID-1]")
    repr(error)


def test_shallow_error_body_is_still_parsed() -> None:
    body = json.dumps({"code": "PARAM_ERROR", "message": "bad", "detail": {"field": "x", "issue": [[1, [2]]]}})
    error = api_error_from_response(400, {}, body.encode())
    assert (error.code, error.message, error.detail) == ("PARAM_ERROR", "bad", {"field": "x", "issue": [[1, [2]]]})


def _headers(now: int) -> httpx.Headers:
    return httpx.Headers(
        {
            "Wechatpay-Timestamp": str(now),
            "Wechatpay-Nonce": secrets.token_hex(16),
            "Wechatpay-Signature": "c2lnbmF0dXJl",
            "Wechatpay-Serial": "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
            "Request-ID": "RID-2",
        }
    )


@pytest.mark.parametrize(
    "body",
    [
        DEEP_BODIES["arrays"],
        DEEP_BODIES["objects"],
        b'{"data":' + b"[" * DEEP + b"]" * DEEP + b"}",
        b'{"data":[{"serial_no":"5157F09E","encrypt_certificate":' + b'{"a":' * DEEP + b"1" + b"}" * DEEP + b"}]}",
        b'{"data":[' + b"[" * SHALLOW_BUT_DEEP + b"]" * SHALLOW_BUT_DEEP + b"]}",
    ],
    ids=["arrays", "objects", "data", "entry", "data just parseable"],
)
def test_deep_certificate_list_is_malformed(body: bytes) -> None:
    now = int(time.time())
    with pytest.raises(SignatureVerificationError) as info:
        parse_certificate_download(200, _headers(now), body, apiv3_key=b"k" * 32, now=now)
    assert info.value.reason == "malformed_certificate_list"
    assert info.value.request_id == "RID-2"


# ------------------------------------------------------------------------------------------ over the wire


class HostilePeer:
    """Answers every request with ``status``/``headers``/``body`` (``/v3/certificates`` separately)."""

    def __init__(self) -> None:
        self.status = 400
        self.body = b""
        self.certificates: tuple[int, bytes] | None = None
        self.paths: list[str] = []
        peer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                peer.paths.append(self.path)
                if self.path.startswith("/v3/certificates") and peer.certificates is not None:
                    status, body = peer.certificates
                    headers = dict(_headers(int(time.time())))
                else:
                    status, body = peer.status, peer.body
                    headers = {"Request-ID": "RID-3"}
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def peer() -> Iterator[HostilePeer]:
    server = HostilePeer()
    yield server
    server.close()


def _client(peer: HostilePeer, credentials: SandboxCredentials, merchant_key: rsa.RSAPrivateKey, **keys: Any) -> Any:
    if not keys:
        keys = {
            "wechatpay_public_key_id": credentials.public_key_id,
            "wechatpay_public_key": credentials.wechatpay_public_key_pem,
        }
    return create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=merchant_key,
        base_url=peer.base_url,
        retry=None,
        **keys,
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", ["arrays", "in detail", "detail just parseable"])
@pytest.mark.parametrize("status", [400, 500])
async def test_deep_error_body_over_the_wire(
    mode: str, name: str, status: int, peer: HostilePeer, credentials: SandboxCredentials, merchant_key: Any
) -> None:
    peer.status, peer.body = status, DEEP_BODIES[name]
    client = _client(peer, credentials, merchant_key)
    with pytest.raises(APIError) as info:
        if mode == "sync":
            client.get_httpx_client().get("/v3/anything")
        else:
            await client.get_async_httpx_client().get("/v3/anything")
    assert info.value.status_code == status and info.value.code is None
    assert info.value.request_id == "RID-3"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_deep_certificate_list_over_the_wire(
    mode: str, peer: HostilePeer, credentials: SandboxCredentials, merchant_key: Any
) -> None:
    # Half of DEEP: still far beyond the recursion limit, and under the download's own size cap.
    deep = b'{"a":' * (DEEP // 2) + b"1" + b"}" * (DEEP // 2)
    assert len(deep) < CERTIFICATES_MAX_BYTES
    peer.certificates = (200, deep)
    client = _client(peer, credentials, merchant_key, apiv3_key=credentials.apiv3_key)
    with pytest.raises(WeChatPayError) as info:
        if mode == "sync":
            client.get_httpx_client().get("/v3/anything")
        else:
            await client.get_async_httpx_client().get("/v3/anything")
    assert isinstance(info.value, CertificateDownloadError)
    cause = info.value.__cause__
    assert isinstance(cause, SignatureVerificationError) and cause.reason == "malformed_certificate_list"
    assert peer.paths == ["/v3/certificates"]  # nothing else was sent


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_deep_certificate_error_body_over_the_wire(
    mode: str, peer: HostilePeer, credentials: SandboxCredentials, merchant_key: Any
) -> None:
    peer.certificates = (500, DEEP_BODIES["arrays"])
    client = _client(peer, credentials, merchant_key, apiv3_key=credentials.apiv3_key)
    with pytest.raises(CertificateDownloadError) as info:
        if mode == "sync":
            client.get_httpx_client().get("/v3/anything")
        else:
            await client.get_async_httpx_client().get("/v3/anything")
    cause = info.value.__cause__
    assert isinstance(cause, InternalServerError) and cause.code is None
    assert peer.paths == ["/v3/certificates"]
