"""Issue 13 item 1: the Flask webhook adapter stops reading a body at ``max_body_size``.

A chunked POST (no Content-Length) used to be read whole before the size check: 300 MiB sent
grew the server by about 600 MiB, unauthenticated. The adapter must stop at the limit, as the
Starlette adapter does. The Flask app runs in werkzeug's threaded server on a loopback socket; a
WSGI middleware counts the bytes the application pulls from ``wsgi.input``. The valid notification
is a real callback delivered by the sandbox (an independent implementation of the server side).
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hardening_kit import pre_sign_body
from wechatpay_auth import NotificationEvent, NotificationParser
from wechatpay_sandbox import Sandbox, SandboxCredentials

pytest.importorskip("flask")

LIMIT = 4096


@dataclass(frozen=True)
class Captured:
    headers: dict[str, str]
    body: bytes


class _Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.captured: list[Captured] = []
        self.event = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.captured.append(Captured(dict(self.headers.items()), body))
                outer.event.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture(scope="module")
def callback(sandbox: Sandbox, credentials: SandboxCredentials) -> Iterator[Captured]:
    """One INSURANCE_ENTRUST.SIGN callback as the sandbox sent it (raw headers and bytes)."""
    from wechatpay_auth import create_client
    from wechatpay_client.api.insurance_sign import pre_sign_mini_program

    receiver = _Receiver()
    thread = threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    client = create_client(
        credentials.mchid,
        merchant_serial_no=credentials.merchant_serial_no,
        merchant_private_key=credentials.merchant_private_key_pem,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
        base_url=sandbox.base_url,
    )
    try:
        url = f"http://127.0.0.1:{receiver.server_address[1]}/notify"
        answer = pre_sign_mini_program.sync(client=client, body=pre_sign_body(contract_notify_url=url))
        sandbox.simulate_user_sign(answer.pre_entrustweb_id)
        assert receiver.event.wait(5.0), "the sandbox did not deliver INSURANCE_ENTRUST.SIGN"
        yield receiver.captured[0]
    finally:
        client.get_httpx_client().close()
        receiver.shutdown()
        receiver.server_close()


class _CountingInput:
    """Wraps ``wsgi.input`` and counts the bytes the application reads from it."""

    def __init__(self, stream: Any, counter: list[int]) -> None:
        self._stream = stream
        self._counter = counter

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._stream.read(size)
        self._counter.append(len(data))
        return data

    def readline(self, size: int = -1) -> bytes:
        data: bytes = self._stream.readline(size)
        self._counter.append(len(data))
        return data

    def __iter__(self) -> Iterator[bytes]:
        for line in self._stream:
            self._counter.append(len(line))
            yield line


@dataclass
class FlaskServer:
    url: str
    reads: list[int]
    events: list[NotificationEvent]

    @property
    def bytes_read(self) -> int:
        return sum(self.reads)


@pytest.fixture
def flask_server(credentials: SandboxCredentials) -> Iterator[FlaskServer]:
    from flask import Flask
    from wechatpay_auth.contrib.flask import notification_view
    from werkzeug.serving import make_server

    parser = NotificationParser(
        apiv3_key=credentials.apiv3_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
    )
    events: list[NotificationEvent] = []
    app = Flask("issue13_adapters")
    app.add_url_rule(
        "/notify", view_func=notification_view(parser, events.append, max_body_size=LIMIT), methods=["POST"]
    )
    reads: list[int] = []
    wsgi_app = app.wsgi_app

    def counting(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        environ["wsgi.input"] = _CountingInput(environ["wsgi.input"], reads)
        return wsgi_app(environ, start_response)

    app.wsgi_app = counting  # type: ignore[method-assign]
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="issue13-flask", daemon=True)
    thread.start()
    try:
        yield FlaskServer(f"http://127.0.0.1:{server.server_port}/notify", reads, events)
    finally:
        server.shutdown()
        thread.join(5)


def _chunked_post(url: str, chunks: Iterable[bytes], headers: dict[str, str] | None = None) -> int | None:
    """POST ``chunks`` with Transfer-Encoding: chunked over a raw socket; the status, or None if the
    server closed the connection before answering (allowed once it stopped reading)."""
    parsed = httpx.URL(url)
    assert parsed.port is not None
    lines = [f"POST {parsed.path} HTTP/1.1", f"Host: {parsed.host}:{parsed.port}", "Transfer-Encoding: chunked"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    with socket.create_connection((parsed.host, parsed.port), timeout=10) as sock:
        try:
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
            for chunk in chunks:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sock.sendall(b"0\r\n\r\n")
        except OSError:  # the server answered and closed while we were still sending
            pass
        try:
            answer = sock.makefile("rb").readline()
        except OSError:
            return None
    if not answer:
        return None
    return int(answer.split()[1])


def test_flask_stops_reading_a_chunked_body_at_the_limit(flask_server: FlaskServer) -> None:
    # 2 MiB in 16 KiB chunks, no Content-Length: 512 times the limit.
    status = _chunked_post(flask_server.url, (b"x" * 16384 for _ in range(128)))
    assert status in (413, None)
    # The application pulled at most the limit plus one byte from the stream (not the 2 MiB).
    assert flask_server.bytes_read <= LIMIT + 1, flask_server.bytes_read
    assert flask_server.events == []


def test_flask_answers_413_for_a_chunked_body_just_over_the_limit(flask_server: FlaskServer) -> None:
    status = _chunked_post(flask_server.url, [b"y" * 1000] * 5)  # 5000 bytes, fits the socket buffers
    assert status == 413
    assert flask_server.bytes_read <= LIMIT + 1
    declared = httpx.post(flask_server.url, content=b"z" * (LIMIT + 1), timeout=10)
    assert declared.status_code == 413 and declared.json()["code"] == "FAIL"


def test_flask_accepts_a_chunked_notification_within_the_limit(flask_server: FlaskServer, callback: Captured) -> None:
    assert len(callback.body) < LIMIT
    headers = {k: v for k, v in callback.headers.items() if k.lower() not in ("content-length", "host", "connection")}
    body = callback.body
    status = _chunked_post(flask_server.url, [body[:100], body[100:]], headers)
    assert status == 200
    assert [event.event_type for event in flask_server.events] == ["INSURANCE_ENTRUST.SIGN"]
    assert flask_server.bytes_read == len(body)
    # Exactly at the limit still passes the size check (it then fails verification: 401, not 413).
    flask_server.reads.clear()
    assert _chunked_post(flask_server.url, [b"{" * LIMIT], headers) == 401
    assert flask_server.bytes_read == LIMIT


def test_flask_body_already_read_by_a_hook_is_used(credentials: SandboxCredentials, callback: Captured) -> None:
    """A ``before_request`` hook that read ``request.data`` leaves an empty stream: the adapter
    uses the cached bytes (still size-checked) instead of verifying an empty body."""
    from flask import Flask
    from flask import request as flask_request
    from wechatpay_auth.contrib.flask import notification_view
    from werkzeug.serving import make_server

    parser = NotificationParser(
        apiv3_key=credentials.apiv3_key,
        wechatpay_public_key_id=credentials.public_key_id,
        wechatpay_public_key=credentials.wechatpay_public_key_pem,
    )
    events: list[NotificationEvent] = []

    def read_everything() -> None:
        flask_request.get_data()

    app = Flask("issue13_hook")
    app.before_request(read_everything)
    app.add_url_rule(
        "/notify", view_func=notification_view(parser, events.append, max_body_size=LIMIT), methods=["POST"]
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="issue13-flask-hook", daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/notify"
        headers = {
            k: v for k, v in callback.headers.items() if k.lower() not in ("content-length", "host", "connection")
        }
        assert _chunked_post(url, [callback.body], headers) == 200
        assert len(events) == 1
        assert _chunked_post(url, [b"{" * (LIMIT + 1)], headers) == 413
    finally:
        server.shutdown()
        thread.join(5)
