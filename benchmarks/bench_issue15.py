"""Issue 15: per-call client CPU of one signed call, interleaved, against the sandbox in another process.

    .venv/bin/python benchmarks/bench_issue15.py sync  [--iterations 3000] [--json out.json]
    .venv/bin/python benchmarks/bench_issue15.py async [--rounds 7] [--calls 640]
    .venv/bin/python benchmarks/bench_issue15.py profile [--calls 3000]   # cProfile of the SDK call

**sync**: ONE process, INTERLEAVED: every iteration runs each variant exactly once, in a shuffled
order, each call timed on its own with ``time.process_time_ns()`` (the sandbox runs in another
process, so only the client's CPU counts); the figures are medians and means of the per-call
CPU, and each ratio is taken between figures of the same run. Variants:

- ``sdk``: ``pre_sign_mini_program.sync`` with create_client's defaults (typed model in and out,
  validation, two encrypted fields, signing, verification; http.client transport);
- ``sdk_httpx_transport``: the same with ``transport=httpx.HTTPTransport()`` (httpx's own);
- ``floor_httpx``: the crypto every correct client does (one RSA-2048 signature, two RSA-OAEP
  encryptions, one RSA verification) + a bare ``httpx.Client.post`` of the same signed bytes to
  the same server (a request captured from the SDK and replayed; the sandbox does not track
  nonces), back to back in one function;
- ``floor_http_client``: the same crypto + a plain ``http.client.HTTPConnection`` POST of the same
  bytes (keep-alive), reading the answer;
- ``wechatpayv3``: the same call through wechatpayv3 (``core.request`` + 2 ``core.encrypt``), if
  installed (``pip install -e '.[bench]'``).

**async**: 32 calls in flight on one event loop, ``pre_sign_mini_program.asyncio``; per round each
variant runs once (shuffled order) on a fresh ``asyncio.run``: CPU per call
(``time.process_time``) and calls/s. Variants: httpx's own transport with ``sniffio`` hidden
(the state before this issue: httpcore retries the failed ``import sniffio`` on every lock and
event; the hiding finder does the same path search as a missing module, then fails), httpx's
own transport with ``sniffio`` importable, and ``AiohttpTransport`` (the default now when aiohttp
is installed).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import cProfile
import http.client
import importlib.abc
import importlib.machinery
import json
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from _common import machine, pre_sign_body, sandbox_process, versions
from bench_calls import OAEP, PATH, Capture, _client, _keys, _wechatpayv3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

IN_FLIGHT = 32


def _stats(values: list[int]) -> dict[str, float]:
    return {"median": statistics.median(values) / 1e9, "mean": statistics.fmean(values) / 1e9}


# ------------------------------------------------------------------------------------------------ sync


def sync_variants(server: Any) -> tuple[dict[str, Callable[[], Any]], Callable[[], None], list[Any]]:
    """The variants, a function that captures a fresh request for the floors, and what to close."""
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    credentials = server.credentials()
    merchant, wechatpay = _keys(credentials)
    body = pre_sign_body()
    client = _client(credentials, server.base_url, merchant)
    httpx_client = _client(credentials, server.base_url, merchant, transport=httpx.HTTPTransport())
    bare = httpx.Client(base_url=server.base_url)
    url = httpx.URL(server.base_url)
    connection = http.client.HTTPConnection(url.host, url.port)
    capture = Capture(client)
    replay: dict[str, Any] = {}

    def refresh() -> None:
        """Capture one real request/answer (fresh timestamp, so the sandbox accepts the replays)."""
        request, response = capture.take(lambda: pre_sign_mini_program.sync(client=client, body=body))
        replay["headers"] = dict(request.headers)
        replay["content"] = request.content
        replay["message"] = (
            b"POST\n" + request.url.raw_path + b"\n1800000000\n" + b"n" * 32 + b"\n" + request.content + b"\n"
        )
        replay["signature"] = base64.b64decode(response.headers["Wechatpay-Signature"])
        replay["answer"] = (
            response.headers["Wechatpay-Timestamp"].encode()
            + b"\n"
            + response.headers["Wechatpay-Nonce"].encode()
            + b"\n"
            + response.content
            + b"\n"
        )

    def crypto_before() -> None:
        merchant.sign(replay["message"], padding.PKCS1v15(), hashes.SHA256())
        wechatpay.encrypt("张三".encode(), OAEP)
        wechatpay.encrypt(b"110101199003070011", OAEP)

    def crypto_after() -> None:
        wechatpay.verify(replay["signature"], replay["answer"], padding.PKCS1v15(), hashes.SHA256())

    def floor_httpx() -> None:
        crypto_before()
        reply = bare.post(PATH, content=replay["content"], headers=replay["headers"])
        if reply.status_code != 200:
            raise RuntimeError(f"bare httpx POST answered {reply.status_code}")
        crypto_after()

    def floor_http_client() -> None:
        crypto_before()
        connection.request("POST", PATH, body=replay["content"], headers=replay["headers"])
        reply = connection.getresponse()
        reply.read()
        if reply.status != 200:
            raise RuntimeError(f"http.client POST answered {reply.status}")
        crypto_after()

    variants: dict[str, Callable[[], Any]] = {
        "sdk": lambda: pre_sign_mini_program.sync(client=client, body=body),
        "sdk_httpx_transport": lambda: pre_sign_mini_program.sync(client=httpx_client, body=body),
        "floor_httpx": floor_httpx,
        "floor_http_client": floor_http_client,
    }
    v3 = _wechatpayv3(credentials, server.base_url, body.to_dict())
    if v3 is not None:
        variants["wechatpayv3"] = v3
    return variants, refresh, [client.get_httpx_client(), httpx_client.get_httpx_client(), bare, connection]


def bench_sync(server: Any, iterations: int, only: list[str] | None) -> dict[str, Any]:
    variants, refresh, closers = sync_variants(server)
    if only:
        variants = {name: fn for name, fn in variants.items() if name in only or name.startswith("floor")}
    refresh()
    for fn in variants.values():  # warm up: connections, caches, first validation
        for _ in range(20):
            fn()
    names = list(variants)
    samples: dict[str, list[int]] = {name: [] for name in names}
    clock = time.process_time_ns
    order = names[:]
    for iteration in range(iterations):
        if iteration % 200 == 199:
            refresh()
        random.shuffle(order)
        for name in order:
            fn = variants[name]
            start = clock()
            fn()
            samples[name].append(clock() - start)
    for closer in closers:
        closer.close()
    result: dict[str, Any] = {name: _stats(values) for name, values in samples.items()}
    for floor in ("floor_httpx", "floor_http_client"):
        for name in names:
            if not name.startswith("floor"):
                for kind in ("median", "mean"):
                    result.setdefault("ratios", {})[f"{name}/{floor} ({kind})"] = (
                        result[name][kind] / result[floor][kind]
                    )
    if "wechatpayv3" in result:
        for kind in ("median", "mean"):
            result["ratios"][f"sdk/wechatpayv3 ({kind})"] = result["sdk"][kind] / result["wechatpayv3"][kind]
    result["iterations"] = iterations
    return result


def profile_sync(server: Any, calls: int) -> None:
    variants, refresh, closers = sync_variants(server)
    refresh()
    sdk = variants["sdk"]
    for _ in range(50):
        sdk()
    profiler = cProfile.Profile(time.process_time)  # CPU, not the wait for the server
    profiler.enable()
    for _ in range(calls):
        sdk()
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(35)
    stats.sort_stats("cumulative").print_stats(40)
    for closer in closers:
        closer.close()


# ----------------------------------------------------------------------------------------------- async


class _HideSniffio(importlib.abc.MetaPathFinder):
    """Makes ``import sniffio`` fail the way a missing module does: the full path search, then ImportError."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "sniffio":
            return None
        importlib.machinery.PathFinder.find_spec(name, None)  # what a failed import costs
        raise ModuleNotFoundError("No module named 'sniffio' (hidden by the benchmark)", name=name)


async def _async_round(client: Any, body: Any, total: int) -> tuple[float, float]:
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    queue = list(range(IN_FLIGHT * 4))

    async def worker(delay: float = 0.0) -> None:
        await asyncio.sleep(delay)
        while queue:
            queue.pop()
            await pre_sign_mini_program.asyncio(client=client, body=body)

    await asyncio.gather(*(worker(i * 0.02) for i in range(IN_FLIGHT)))  # open the connections one by one
    queue[:] = list(range(total))
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    return (time.process_time() - cpu) / total, total / (time.perf_counter() - wall)


_REPLAY_SERVER = r"""
import asyncio, sys
answer = open(sys.argv[1], "rb").read()

async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            writer.write(answer)
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()

async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0, backlog=128)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()

asyncio.run(main())
"""


@contextlib.contextmanager
def replay_server(server: Any) -> Iterator[str]:
    """An asyncio server in another process answering every request with one captured, signed
    sandbox answer (fresh timestamp): a server that costs next to nothing, so that calls/s show
    what the client can do rather than what the sandbox can serve."""
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    credentials = server.credentials()
    merchant, _ = _keys(credentials)
    client = _client(credentials, server.base_url, merchant)
    _, response = Capture(client).take(lambda: pre_sign_mini_program.sync(client=client, body=pre_sign_body()))
    head = [b"HTTP/1.1 200 OK"]
    for name, value in response.headers.raw:
        if name.lower() not in (b"connection", b"content-length", b"transfer-encoding", b"keep-alive"):
            head.append(name + b": " + value)
    head.append(b"Content-Length: %d" % len(response.content))
    with tempfile.NamedTemporaryFile(suffix=".http", delete=False) as canned:
        canned.write(b"\r\n".join(head) + b"\r\n\r\n" + response.content)
    process = subprocess.Popen([sys.executable, "-c", _REPLAY_SERVER, canned.name], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline())}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        Path(canned.name).unlink()


def bench_async(server: Any, rounds: int, calls: int, base_url: str | None = None) -> dict[str, Any]:
    from wechatpay_auth import _aiohttp

    credentials = server.credentials()
    merchant, _ = _keys(credentials)
    body = pre_sign_body()
    sniffio_installed = importlib.machinery.PathFinder.find_spec("sniffio", None) is not None
    variants = ["httpx_without_sniffio", "httpx_with_sniffio", "aiohttp_default"]
    if not sniffio_installed:
        variants.remove("httpx_with_sniffio")
    if _aiohttp.default_async_transport() is None:
        variants.remove("aiohttp_default")
    original_default = _aiohttp.default_async_transport
    results: dict[str, list[float]] = {}
    for _ in range(rounds):
        random.shuffle(variants)
        for name in variants:
            hide = _HideSniffio() if name == "httpx_without_sniffio" and sniffio_installed else None
            if hide is not None:
                sys.modules.pop("sniffio", None)
                sys.meta_path.insert(0, hide)
            if name.startswith("httpx"):
                _aiohttp.default_async_transport = lambda **kwargs: None  # type: ignore[assignment]
            try:
                client = _client(credentials, base_url or server.base_url, merchant)

                async def run(client: Any = client) -> tuple[float, float]:
                    try:
                        return await _async_round(client, body, calls)
                    finally:
                        await client.get_async_httpx_client().aclose()

                cpu, rate = asyncio.run(run())
            finally:
                _aiohttp.default_async_transport = original_default  # type: ignore[assignment]
                if hide is not None:
                    sys.meta_path.remove(hide)
            results.setdefault(f"{name}_cpu", []).append(cpu)
            results.setdefault(f"{name}_calls_per_s", []).append(rate)
    report: dict[str, Any] = {name: statistics.median(values) for name, values in results.items()}
    report["rounds"] = results
    report["sniffio_installed"] = sniffio_installed
    base = "httpx_without_sniffio_calls_per_s"
    for name in variants:
        report[f"{name}_speedup"] = statistics.median(
            [a / b for a, b in zip(results[f"{name}_calls_per_s"], results[base], strict=True)]
        )
    return report


# ------------------------------------------------------------------------------------------------ main


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["sync", "async", "profile"])
    parser.add_argument("--iterations", type=int, default=3000, help="sync: iterations (each runs every variant)")
    parser.add_argument("--only", nargs="*", default=None, help="sync: variants besides the floors")
    parser.add_argument("--rounds", type=int, default=7, help="async: rounds")
    parser.add_argument("--calls", type=int, default=640, help="async: calls per round; profile: calls")
    parser.add_argument(
        "--server", choices=["sandbox", "replay"], default="sandbox", help="async: answer from the sandbox or a replay"
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(
        f"versions: {versions('httpx', 'httpcore', 'h11', 'anyio', 'sniffio', 'aiohttp', 'cryptography', 'wechatpayv3')}"
    )
    with sandbox_process() as server:
        if args.what == "profile":
            profile_sync(server, args.calls)
            return 0
        if args.what == "sync":
            report = bench_sync(server, args.iterations, args.only)
            print(f"\n{report['iterations']} iterations, per-call process CPU\n")
            print("| variant | median | mean |\n|---|---:|---:|")
            for name, figures in report.items():
                if isinstance(figures, dict) and "median" in figures:
                    print(f"| {name} | {_us(figures['median'])} | {_us(figures['mean'])} |")
            print("\n| ratio | value |\n|---|---:|")
            for name, value in report["ratios"].items():
                print(f"| {name} | {value:.3f} |")
        else:
            if args.server == "replay":
                with replay_server(server) as base_url:
                    report = bench_async(server, args.rounds, args.calls, base_url)
            else:
                report = bench_async(server, args.rounds, args.calls)
            print(
                f"\nserver: {args.server}; sniffio installed: {report['sniffio_installed']}; "
                f"{args.rounds} rounds of {args.calls} calls\n"
            )
            print(
                "| async transport, 32 in flight | CPU per call | calls/s | calls/s vs before |\n|---|---:|---:|---:|"
            )
            for name in ("httpx_without_sniffio", "httpx_with_sniffio", "aiohttp_default"):
                if f"{name}_cpu" in report:
                    print(
                        f"| {name} | {_us(report[f'{name}_cpu'])} | {report[f'{name}_calls_per_s']:,.0f} | "
                        f"{report[f'{name}_speedup']:.2f} |"
                    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
