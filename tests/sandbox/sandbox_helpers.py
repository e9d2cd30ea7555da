"""Test-side helpers for the sandbox tests: a minimal signer/verifier and a loopback callback receiver.

The signer and verifier here are written directly on ``cryptography`` (a few lines each), not
taken from the sandbox or from ``wechatpay_auth``, so that the sandbox is checked against an
independent reading of the protocol.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import http.server
import json
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from wechatpay_sandbox import Sandbox

BEIJING = dt.timezone(dt.timedelta(hours=8))


# --------------------------------------------------------------------------- crypto, test side


@functools.lru_cache(maxsize=16)
def load_private(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def load_public(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    return key


def cert_public(pem: str) -> rsa.RSAPublicKey:
    key = x509.load_pem_x509_certificate(pem.encode()).public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    return key


def oaep_encrypt(public_key: rsa.RSAPublicKey, text: str) -> str:
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    return base64.b64encode(public_key.encrypt(text.encode(), oaep)).decode()


def verify_wechatpay(headers: httpx.Headers | dict[str, str], body: bytes, public_key: rsa.RSAPublicKey) -> bool:
    """Verify ``TS\\nNONCE\\nBODY\\n`` against Wechatpay-Signature."""
    h = httpx.Headers(headers)
    message = f"{h['wechatpay-timestamp']}\n{h['wechatpay-nonce']}\n".encode() + body + b"\n"
    try:
        public_key.verify(
            base64.b64decode(h["wechatpay-signature"], validate=True), message, padding.PKCS1v15(), hashes.SHA256()
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def aead_decrypt(apiv3_key: str, resource: dict[str, Any]) -> bytes:
    return AESGCM(apiv3_key.encode()).decrypt(
        resource["nonce"].encode(),
        base64.b64decode(resource["ciphertext"]),
        resource.get("associated_data", "").encode(),
    )


class ApiClient:
    """Raw httpx with a hand-rolled APIv3 signer. Every knob can be bent for negative tests."""

    def __init__(self, sandbox: Sandbox, clock: Callable[[], float] = time.time) -> None:
        self.sandbox = sandbox
        self.credentials = sandbox.credentials
        self.key = load_private(self.credentials.merchant_private_key_pem)
        self.clock = clock
        self.http = httpx.Client(base_url=sandbox.base_url, trust_env=False, timeout=10)

    def close(self) -> None:
        self.http.close()

    def authorization(
        self,
        method: str,
        target: str,
        body: bytes,
        *,
        timestamp: str | None = None,
        nonce: str | None = None,
        mchid: str | None = None,
        serial_no: str | None = None,
        key: rsa.RSAPrivateKey | None = None,
    ) -> str:
        ts = timestamp if timestamp is not None else str(int(self.clock()))
        nonce = nonce or secrets.token_hex(16).upper()
        message = f"{method}\n{target}\n{ts}\n{nonce}\n".encode() + body + b"\n"
        signature = base64.b64encode((key or self.key).sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()
        return (
            f'WECHATPAY2-SHA256-RSA2048 mchid="{mchid or self.credentials.mchid}",nonce_str="{nonce}",'
            f'timestamp="{ts}",serial_no="{serial_no or self.credentials.merchant_serial_no}",signature="{signature}"'
        )

    def request(
        self,
        method: str,
        target: str,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        authorization: str | None = None,
        omit: tuple[str, ...] = (),
        raw: bytes | None = None,
        **auth: Any,
    ) -> httpx.Response:
        content = raw if raw is not None else (b"" if body is None else json.dumps(body, ensure_ascii=False).encode())
        base = {"Accept": "application/json", "User-Agent": "sandbox-tests/1.0"}
        if content:
            base["Content-Type"] = "application/json"
        base.update(headers or {})
        request = self.http.build_request(method, target, content=content, headers=base)
        signed_target = request.url.raw_path.decode("ascii")
        request.headers["Authorization"] = authorization or self.authorization(method, signed_target, content, **auth)
        for name in omit:
            del request.headers[name]
        return self.http.send(request)

    def get(self, target: str, **kw: Any) -> httpx.Response:
        return self.request("GET", target, **kw)

    def post(self, target: str, body: Any = None, **kw: Any) -> httpx.Response:
        return self.request("POST", target, body, **kw)

    # ---------------------------------------------------------------- checks
    def verifier(self, serial: str) -> rsa.RSAPublicKey:
        creds = self.credentials
        if serial == creds.public_key_id:
            return load_public(creds.wechatpay_public_key_pem)
        for cert in self.sandbox.platform_certificates:
            if cert.serial_no == serial:
                return cert_public(cert.certificate_pem)
        raise AssertionError(f"unknown serial {serial}")

    def verified(self, response: httpx.Response) -> httpx.Response:
        """Assert the response carries a valid, fresh WeChat Pay signature; return it."""
        headers = response.headers
        for name in ("Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial", "Request-ID"):
            assert name in headers, f"missing {name}"
        assert headers["Wechatpay-Signature-Type"] == "WECHATPAY2-SHA256-RSA2048"
        assert abs(int(headers["Wechatpay-Timestamp"]) - self.clock()) <= 300
        assert verify_wechatpay(headers, response.content, self.verifier(headers["Wechatpay-Serial"])), "bad signature"
        return response


class FakeClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def beijing(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> float:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BEIJING).timestamp()


def today_beijing(clock: Callable[[], float] = time.time) -> dt.date:
    return dt.datetime.fromtimestamp(clock(), BEIJING).date()


# --------------------------------------------------------------------------- the receiver


class Receiver:
    """A tiny loopback callback endpoint. Answers ``statuses`` (after ``delays``) in turn, then 200 at once."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes, float]] = []
        self.paths: list[str] = []
        # a per-receiver prefix: late retries meant for an earlier receiver on a reused port are ignored
        self.token = secrets.token_hex(6)
        self.statuses: list[int] = []
        self.delays: list[float] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if not self.path.startswith(f"/{receiver.token}/"):
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                with receiver._cond:
                    receiver.received.append((dict(self.headers.items()), body, time.monotonic()))
                    receiver.paths.append(self.path)
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                    delay = receiver.delays.pop(0) if receiver.delays else 0.0
                    receiver._cond.notify_all()
                if delay:
                    time.sleep(delay)
                reply = (
                    b""
                    if status == 204
                    else json.dumps({"code": "SUCCESS" if status < 300 else "FAIL", "message": "ok"}).encode()
                )
                try:
                    self.send_response(status)
                    if status != 204:
                        self.send_header("Content-Length", str(len(reply)))
                        self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(reply)
                except OSError:
                    pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str = "/notify") -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{self.token}{path}"

    def wait(self, count: int, timeout: float = 5.0) -> list[tuple[dict[str, str], bytes, float]]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"received {len(self.received)} of {count} callbacks"
                self._cond.wait(left)
            return list(self.received)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def presign_body(
    code: str, notify_url: str, *, periods: list[dict[str, Any]] | None = None, **extra: Any
) -> dict[str, Any]:
    today = today_beijing()
    body: dict[str, Any] = {
        "appid": "wxd678efh567hg6787",
        "plan_id": 12535,
        "out_contract_code": code,
        "insured_display_name": "*明",
        "contract_notify_url": notify_url,
        "policy_start_date": today.isoformat(),
        "policy_end_date": (today + dt.timedelta(days=365)).isoformat(),
        "policy_periods": periods
        if periods is not None
        else [
            {
                "policy_period_id": 1,
                "estimated_deduct_date": today.isoformat(),
                "estimated_deduct_amount": {"total": 1200, "currency": "CNY"},
            },
            {
                "policy_period_id": 2,
                "estimated_deduct_date": (today + dt.timedelta(days=30)).isoformat(),
                "estimated_deduct_amount": {"total": 1200, "currency": "CNY"},
            },
        ],
    }
    body.update(extra)
    return body


def unique(prefix: str = "C") -> str:
    return prefix + secrets.token_hex(8).upper()


PRE_SIGN = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/"


def ctl(method: str, url: str, **kwargs: Any) -> httpx.Response:
    """A plain (unsigned) request, e.g. to the control API; never through an environment proxy."""
    return httpx.request(method, url, trust_env=False, timeout=10, **kwargs)
