"""The sandbox's socket side under rude clients: bursts of connects and clients that leave early."""

from __future__ import annotations

import logging
import socket
import struct
import time
from typing import Any, cast
from urllib.parse import urlsplit

import httpx
import pytest
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._server import _Server

BURST = 64


def _address(sandbox: Sandbox) -> tuple[str, int]:
    parts = urlsplit(sandbox.base_url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def _reset(connection: socket.socket) -> None:
    """Close with an RST instead of a FIN (SO_LINGER 0): the rudest way to leave."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


def test_listen_backlog_takes_a_burst_of_connects() -> None:
    """Nothing accepts here, so every connect must wait in the listen backlog (socketserver's
    default of 5 let the 7th connect stall until the client's SYN retry and time out)."""
    server = _Server(("127.0.0.1", 0), cast(Any, None))
    connections: list[socket.socket] = []
    try:
        assert server.request_queue_size >= 128
        host, port = server.server_address[:2]
        for _ in range(BURST):
            connections.append(socket.create_connection((str(host), int(port)), timeout=0.5))
    finally:
        for connection in connections:
            connection.close()
        server.server_close()


def _early_disconnects(sandbox: Sandbox) -> int:
    """Clients that reset the connection mid-request in different places; returns how many."""
    host, port = _address(sandbox)
    heads = [
        b"GET /v3/certificates HTTP/1.1\r\nHost: sandbox\r\n",  # in the middle of the headers
        b"POST /v3/certificates HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 100000\r\n\r\n" + b"x" * 1000,  # body
        b"GET /v3/certif",  # in the request line
    ]
    for head in heads:
        connection = socket.create_connection((host, port), timeout=5)
        connection.sendall(head)
        time.sleep(0.05)  # let the server start reading
        _reset(connection)
    return len(heads)


def test_client_leaving_early_is_quiet(
    sandbox: Sandbox, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="wechatpay.sandbox")
    capfd.readouterr()
    count = _early_disconnects(sandbox)

    def noted() -> list[logging.LogRecord]:
        return [r for r in caplog.records if "disconnected early" in r.getMessage()]

    deadline = time.monotonic() + 5
    while len(noted()) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(noted()) == count
    assert all(record.levelno == logging.DEBUG and record.name == "wechatpay.sandbox" for record in noted())

    # The server keeps serving (a signed 401 for an unsigned request is an answer).
    response = httpx.get(f"{sandbox.base_url}/v3/certificates", trust_env=False, timeout=5)
    assert response.status_code == 401
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert "ConnectionResetError" not in err and "BrokenPipeError" not in err


def test_client_that_never_reads_its_answer(sandbox: Sandbox, capfd: pytest.CaptureFixture[str]) -> None:
    """A complete request whose client resets before reading: the answer goes nowhere, quietly."""
    capfd.readouterr()
    host, port = _address(sandbox)
    for _ in range(5):
        connection = socket.create_connection((host, port), timeout=5)
        connection.sendall(b"GET /v3/certificates HTTP/1.1\r\nHost: sandbox\r\n\r\n" * 3)
        _reset(connection)
    time.sleep(0.3)
    assert httpx.get(f"{sandbox.base_url}/v3/certificates", trust_env=False, timeout=5).status_code == 401
    assert "Traceback" not in capfd.readouterr().err
