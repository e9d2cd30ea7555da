"""Client CPU per call, against the sandbox running in another process; one run, several rounds.

    .venv/bin/python benchmarks/bench_calls.py [--rounds 7] [--calls 300] [--json out.json]

Measures, in this process only (the server's CPU is not counted):

- the floor of one ``pre_sign_mini_program`` call: one RSA-2048 signature, one verification,
  two RSA-OAEP encryptions, and one bare ``httpx`` POST of the same signed bytes to the same
  server (the sandbox does not track nonces, so a captured request can be replayed);
- the SDK call (typed model in, typed model out, real_identity encrypted, response verified),
  also with request validation switched off, to show its share;
- the same call with ``wechatpayv3`` (PyPI, the most used Python WeChat Pay SDK), if installed;
- async: CPU per call and throughput with 32 calls in flight, httpx's own transport and the
  aiohttp-backed one (``httpx-aiohttp``), if installed;
- notification parsing vs its floor (one verify, one AES-GCM decryption, one JSON parse).

CPU is ``time.process_time()`` (user + system of this process, all threads). Each figure is the
median over rounds; the components are interleaved within each round so that a noisy
neighbour hits them alike, and the ratio is taken per round.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import http.server
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from _common import cpu_per_call, machine, median, pre_sign_body, sandbox_process, versions
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"
OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
IN_FLIGHT = 32


def _keys(credentials: Any) -> tuple[rsa.RSAPrivateKey, rsa.RSAPublicKey]:
    merchant = serialization.load_pem_private_key(credentials.merchant_private_key_pem.encode(), None)
    wechatpay = serialization.load_pem_public_key(credentials.wechatpay_public_key_pem.encode())
    assert isinstance(merchant, rsa.RSAPrivateKey) and isinstance(wechatpay, rsa.RSAPublicKey)
    return merchant, wechatpay


def _client(credentials: Any, base_url: str, merchant: rsa.RSAPrivateKey, **kwargs: Any) -> Any:
    from wechatpay_auth import create_client

    return create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=merchant,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        base_url=base_url,
        **kwargs,
    )


class Capture:
    """The last request and response the SDK's sync client put on the wire."""

    def __init__(self, client: Any) -> None:
        self.http = client.get_httpx_client()
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def take(self, call: Any) -> tuple[httpx.Request, httpx.Response]:
        def on_request(request: httpx.Request) -> None:
            self.request = request

        def on_response(response: httpx.Response) -> None:
            self.response = response

        self.http.event_hooks["request"].append(on_request)
        self.http.event_hooks["response"].append(on_response)
        try:
            call()
        finally:
            self.http.event_hooks["request"].remove(on_request)
            self.http.event_hooks["response"].remove(on_response)
        assert self.request is not None and self.response is not None
        return self.request, self.response


def _wechatpayv3(credentials: Any, base_url: str, body: dict[str, Any]) -> Any:
    """The same call through wechatpayv3's documented generic ``request`` (it has no insurance API)."""
    try:
        from wechatpayv3 import WeChatPay, WeChatPayType
        from wechatpayv3.type import RequestType
    except ImportError:
        return None
    pay = WeChatPay(
        wechatpay_type=WeChatPayType.MINIPROG,
        mchid=credentials.mchid,
        private_key=credentials.merchant_private_key_pem,
        cert_serial_no=credentials.merchant_serial_no,
        appid="wxd678efh567hg6787",
        apiv3_key=credentials.apiv3_key,
        public_key=credentials.wechatpay_public_key_pem,
        public_key_id=credentials.public_key_id,
    )
    core = pay._core
    core._gate_way = base_url  # its gateway is fixed to api.mch.weixin.qq.com otherwise
    identity = body["real_identity"]

    def call() -> None:
        data = dict(body)
        data["real_identity"] = {
            "real_name": core.encrypt(identity["real_name"]),
            "id_card_number": core.encrypt(identity["id_card_number"]),
        }
        code, text = core.request(PATH, method=RequestType.POST, data=data, cipher_data=True)
        if code != 200:
            raise RuntimeError(f"wechatpayv3 call failed: {code} {text[:200]}")
        json.loads(text)

    return call


# ------------------------------------------------------------------------------------------------ sync


def bench_sync(server: Any, rounds: int, calls: int) -> dict[str, Any]:
    from wechatpay_auth import request_options
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    credentials = server.credentials()
    merchant, wechatpay = _keys(credentials)
    client = _client(credentials, server.base_url, merchant)
    body = pre_sign_body()
    sdk_call = lambda: pre_sign_mini_program.sync(client=client, body=body)
    capture = Capture(client)
    bare = httpx.Client(base_url=server.base_url)
    v3_call = _wechatpayv3(credentials, server.base_url, body.to_dict())

    def sdk_without_validation() -> None:
        with request_options(validate=False):
            sdk_call()

    results: dict[str, list[float]] = {}
    for _ in range(rounds):
        request, response = capture.take(sdk_call)  # fresh timestamp: replayable for this round
        headers = dict(request.headers)
        content = request.content
        message = b"POST\n" + request.url.raw_path + b"\n1800000000\n" + b"n" * 32 + b"\n" + content + b"\n"
        signature = base64.b64decode(response.headers["Wechatpay-Signature"])
        answer = (
            response.headers["Wechatpay-Timestamp"].encode()
            + b"\n"
            + response.headers["Wechatpay-Nonce"].encode()
            + b"\n"
            + response.content
            + b"\n"
        )

        def bare_post(content: bytes = content, headers: dict[str, str] = headers) -> None:
            reply = bare.post(PATH, content=content, headers=headers)
            if reply.status_code != 200:
                raise RuntimeError(f"bare POST answered {reply.status_code}")

        def floor_in_one(m: bytes = message, s: bytes = signature, a: bytes = answer, post: Any = bare_post) -> None:
            """The floor's parts run back to back, as they do inside a call (warm-cache effects)."""
            merchant.sign(m, padding.PKCS1v15(), hashes.SHA256())
            wechatpay.encrypt("张三".encode(), OAEP)
            wechatpay.encrypt(b"110101199003070011", OAEP)
            post()
            wechatpay.verify(s, a, padding.PKCS1v15(), hashes.SHA256())

        steps: list[tuple[str, Any, int]] = [
            ("sign", lambda m=message: merchant.sign(m, padding.PKCS1v15(), hashes.SHA256()), calls),
            (
                "verify",
                lambda s=signature, a=answer: wechatpay.verify(s, a, padding.PKCS1v15(), hashes.SHA256()),
                calls * 4,
            ),
            ("oaep", lambda: wechatpay.encrypt("张三".encode(), OAEP), calls * 4),
            ("bare_post", bare_post, calls),
            ("floor_interleaved", floor_in_one, calls),
            ("sdk", sdk_call, calls),
            ("sdk_no_validation", sdk_without_validation, calls),
        ]
        if v3_call is not None:
            steps.append(("wechatpayv3", v3_call, calls))
        for name, fn, n in steps:
            fn()
            results.setdefault(name, []).append(cpu_per_call(fn, n))
        floor = results["sign"][-1] + results["verify"][-1] + 2 * results["oaep"][-1] + results["bare_post"][-1]
        results.setdefault("floor", []).append(floor)
        results.setdefault("ratio", []).append(results["sdk"][-1] / floor)
        results.setdefault("ratio_interleaved", []).append(results["sdk"][-1] / results["floor_interleaved"][-1])
        results.setdefault("ratio_no_validation", []).append(results["sdk_no_validation"][-1] / floor)
        results.setdefault("interleaved_over_floor", []).append(results["floor_interleaved"][-1] / floor)
        if v3_call is not None:
            results.setdefault("wechatpayv3_ratio", []).append(results["wechatpayv3"][-1] / floor)
    bare.close()
    client.get_httpx_client().close()
    return {name: median(values) for name, values in results.items()} | {"_rounds": {k: v for k, v in results.items()}}


# ----------------------------------------------------------------------------------------------- async


async def _async_round(client: Any, body: Any, total: int) -> tuple[float, float]:
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    queue = list(range(total))

    async def worker(delay: float = 0.0) -> None:
        await asyncio.sleep(delay)
        while queue:
            queue.pop()
            await pre_sign_mini_program.asyncio(client=client, body=body)

    # Warm up: open the 32 keep-alive connections one by one. The sandbox's listen backlog is
    # socketserver's default of 5, so 32 simultaneous connects can be reset (see PERFORMANCE.md).
    queue[:] = list(range(IN_FLIGHT * 4))
    await asyncio.gather(*(worker(i * 0.02) for i in range(IN_FLIGHT)))
    queue[:] = list(range(total))
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    return (time.process_time() - cpu) / total, total / (time.perf_counter() - wall)


def bench_async(server: Any, rounds: int, calls: int) -> dict[str, Any]:
    credentials = server.credentials()
    merchant, _ = _keys(credentials)
    body = pre_sign_body()
    transports: dict[str, Any] = {"httpx": lambda: None}
    try:
        import aiohttp  # noqa: F401
        from wechatpay_auth import AiohttpTransport

        transports["aiohttp"] = AiohttpTransport
    except ImportError:
        pass
    try:
        from httpx_aiohttp import AiohttpTransport as HttpxAiohttpTransport

        transports["httpx_aiohttp"] = HttpxAiohttpTransport
    except ImportError:
        pass
    results: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, make in transports.items():

            async def run(make: Any = make) -> tuple[float, float]:
                client = _client(credentials, server.base_url, merchant, async_transport=make())
                try:
                    return await _async_round(client, body, calls)
                finally:
                    await client.get_async_httpx_client().aclose()

            cpu, rate = asyncio.run(run())
            results.setdefault(f"{name}_cpu", []).append(cpu)
            results.setdefault(f"{name}_calls_per_s", []).append(rate)
    return {name: median(values) for name, values in results.items()}


# ------------------------------------------------------------------------------------------ notifications


class _Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.captured: list[tuple[dict[str, str], bytes]] = []
        self.event = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.captured.append((dict(self.headers.items()), body))
                outer.event.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


def capture_notification(server: Any) -> tuple[dict[str, str], bytes]:
    """A real ``INSURANCE_ENTRUST.SIGN`` callback from the sandbox: (headers as received, raw body)."""
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    credentials = server.credentials()
    merchant, _ = _keys(credentials)
    receiver = _Receiver()
    threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        client = _client(credentials, server.base_url, merchant)
        url = f"http://127.0.0.1:{receiver.server_address[1]}/notify"
        body = pre_sign_body(notify_url=url, out_contract_code="BENCHNOTIFY0000000001")
        answer = pre_sign_mini_program.sync(client=client, body=body)
        # The user signs (sandbox control API, loopback only): INSURANCE_ENTRUST.SIGN is sent.
        httpx.post(f"{server.base_url}/sandbox/sessions/{answer.pre_entrustweb_id}/sign").raise_for_status()
        if not receiver.event.wait(10):
            raise RuntimeError("no notification from the sandbox")
        return receiver.captured[0]
    finally:
        receiver.shutdown()
        receiver.server_close()


def notification_workloads(credentials: Any, headers: dict[str, str], raw: bytes) -> dict[str, Any]:
    """The functions compared: ``floor``, ``typed_floor`` and ``parse`` (clock pinned to the timestamp).

    * floor: one RSA verification, one AES-256-GCM decryption, one ``json.loads`` of the body;
    * typed_floor: the floor plus what any parse into a typed model must also do: Base64-decode
      the signature and the ciphertext, ``json.loads`` the plaintext, the generated ``from_dict``;
    * parse: ``NotificationParser.parse`` (headers normalised, all checks, duplicate lookup, event).
    """
    from wechatpay_auth import NotificationParser
    from wechatpay_client.models import InsuranceEntrustNotificationResource

    _, wechatpay = _keys(credentials)
    timestamp = int(headers["Wechatpay-Timestamp"])
    parser = NotificationParser(
        apiv3_key=credentials.apiv3_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        clock=lambda: float(timestamp),
    )
    envelope = json.loads(raw)
    resource = envelope["resource"]
    signature_b64 = headers["Wechatpay-Signature"]
    signature = base64.b64decode(signature_b64)
    message = f"{timestamp}\n{headers['Wechatpay-Nonce']}\n".encode() + raw + b"\n"
    aes = AESGCM(credentials.apiv3_key.encode())
    nonce, aad = resource["nonce"].encode(), resource.get("associated_data", "").encode()
    ciphertext_b64 = resource["ciphertext"]
    ciphertext = base64.b64decode(ciphertext_b64)

    def floor() -> None:
        wechatpay.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        aes.decrypt(nonce, ciphertext, aad)
        json.loads(raw)

    def typed_floor() -> None:
        wechatpay.verify(base64.b64decode(signature_b64), message, padding.PKCS1v15(), hashes.SHA256())
        json.loads(raw)
        plaintext = aes.decrypt(nonce, base64.b64decode(ciphertext_b64), aad)
        InsuranceEntrustNotificationResource.from_dict(json.loads(plaintext))

    def parse() -> None:
        parser.parse(headers, raw)

    parse()  # a bad capture fails here, not in the middle of the measurement
    return {"floor": floor, "typed_floor": typed_floor, "parse": parse, "parser": parser}


def bench_notifications(server: Any, rounds: int, calls: int) -> dict[str, Any]:
    try:
        import wechatpay_auth  # noqa: F401
    except ImportError:
        return {"missing": True}
    headers, raw = capture_notification(server)
    work = notification_workloads(server.credentials(), headers, raw)
    results: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name in ("floor", "typed_floor", "parse"):
            fn = work[name]
            fn()
            results.setdefault(name, []).append(cpu_per_call(fn, calls * 4))
        results.setdefault("ratio", []).append(results["parse"][-1] / results["floor"][-1])
        results.setdefault("typed_ratio", []).append(results["parse"][-1] / results["typed_floor"][-1])
    return {name: median(values) for name, values in results.items()}


# -------------------------------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=25, help="sync rounds (short, so that noise hits all parts alike)"
    )
    parser.add_argument("--calls", type=int, default=60, help="calls per component per round (sync)")
    parser.add_argument("--async-calls", type=int, default=640, help="calls per async round (32 in flight)")
    parser.add_argument("--async-rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--only", choices=["sync", "async", "notifications"], default=None)
    args = parser.parse_args()

    report: dict[str, Any] = {
        "machine": machine(),
        "versions": versions(
            "wechatpay-typed",
            "httpx",
            "httpcore",
            "h11",
            "cryptography",
            "wechatpayv3",
            "requests",
            "aiohttp",
            "httpx-aiohttp",
        ),
        "rounds": args.rounds,
    }
    with sandbox_process() as server:
        report["server"] = f"python -m wechatpay_sandbox in another process (pid {server.process.pid})"
        if args.only in (None, "sync"):
            report["sync"] = bench_sync(server, args.rounds, args.calls)
        if args.only in (None, "async"):
            report["async"] = bench_async(server, args.async_rounds, args.async_calls)
        if args.only in (None, "notifications"):
            report["notifications"] = bench_notifications(server, max(5, args.rounds // 3), args.calls * 5)
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def format_report(report: dict[str, Any]) -> str:
    lines = [f"machine: {report['machine']}", f"versions: {report['versions']}", f"server: {report['server']}", ""]
    sync = report.get("sync")
    if sync:
        floor = sync["floor"]
        lines += [
            "| client CPU per pre_sign_mini_program call | median | / floor |",
            "|---|---:|---:|",
            f"| RSA-2048 sign | {_us(sync['sign'])} | |",
            f"| RSA verify | {_us(sync['verify'])} | |",
            f"| RSA-OAEP encrypt (x2 in the floor) | {_us(sync['oaep'])} | |",
            f"| bare httpx POST, same bytes, same server | {_us(sync['bare_post'])} | |",
            f"| **floor** (sign + verify + 2 OAEP + bare POST) | {_us(floor)} | 1.00 |",
            (
                f"| the same floor run back to back in one function | {_us(sync['floor_interleaved'])} | "
                f"{sync['interleaved_over_floor']:.2f} |"
            ),
            (
                f"| **wechatpay-typed** `pre_sign_mini_program.sync` | {_us(sync['sdk'])} | **{sync['ratio']:.2f}** "
                f"({sync['ratio_interleaved']:.2f} of the back-to-back floor) |"
            ),
            (
                f"| wechatpay-typed, validation off | {_us(sync['sdk_no_validation'])} | "
                f"{sync['ratio_no_validation']:.2f} |"
            ),
        ]
        if "wechatpayv3" in sync:
            lines.append(
                f"| wechatpayv3 `core.request` (+2 `core.encrypt`) | {_us(sync['wechatpayv3'])} | "
                f"{sync['wechatpayv3_ratio']:.2f} |"
            )
        lines.append("")
    asy = report.get("async")
    if asy:
        lines += ["| async, 32 in flight | CPU per call | calls/s |", "|---|---:|---:|"]
        labels = {
            "httpx": "httpx's own async transport (default)",
            "aiohttp": "`wechatpay_auth.AiohttpTransport`",
            "httpx_aiohttp": "`httpx_aiohttp.AiohttpTransport` (for comparison)",
        }
        for name, label in labels.items():
            if f"{name}_cpu" in asy:
                lines.append(f"| {label} | {_us(asy[f'{name}_cpu'])} | {asy[f'{name}_calls_per_s']:,.0f} |")
        lines.append("")
    note = report.get("notifications")
    if note and not note.get("missing"):
        lines += [
            "| notification | CPU per parse | per second (1 core) | / floor |",
            "|---|---:|---:|---:|",
            f"| floor (verify + AES-GCM + json.loads) | {_us(note['floor'])} | {1 / note['floor']:,.0f} | 1.00 |",
            (
                f"| typed floor (+ 2 Base64, json.loads of the plaintext, from_dict) | {_us(note['typed_floor'])} | "
                f"{1 / note['typed_floor']:,.0f} | {note['typed_floor'] / note['floor']:.2f} |"
            ),
            (
                f"| `NotificationParser.parse` | {_us(note['parse'])} | {1 / note['parse']:,.0f} | "
                f"**{note['ratio']:.2f}** ({note['typed_ratio']:.2f} of the typed floor) |"
            ),
            "",
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
