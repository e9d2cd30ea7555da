"""Real HTTP round trips: the Flask and FastAPI examples of docs/notifications.md, executed as
written, served on 127.0.0.1 port 0 (werkzeug / uvicorn in a thread) and called with httpx; plus
the framework test clients for the remaining branches."""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
import types
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from notify_kit import APIV3_KEY, KEYS, FakeClock, notification
from wechatpay_auth import NotificationEvent, NotificationParser

DOC = Path(__file__).resolve().parents[2] / "docs" / "notifications.md"
EXAMPLE_RE = re.compile(r"<!-- example: (\w+) [^>]*-->\n```python\n(.*?)```", re.DOTALL)
SIGNED_ID = "EV-HTTP-SIGN-1"


def example_source(name: str) -> str:
    examples: dict[str, str] = dict(EXAMPLE_RE.findall(DOC.read_text(encoding="utf-8")))
    assert name in examples, f"docs/notifications.md has no '{name}' example"
    return examples[name]


def load_example(name: str, monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """Execute the documented example as a module, configured through its environment variables."""
    monkeypatch.setenv("WECHATPAY_APIV3_KEY", APIV3_KEY)
    monkeypatch.setenv("WECHATPAY_PUBLIC_KEY_ID", KEYS.public_key_id)
    monkeypatch.setenv("WECHATPAY_PUBLIC_KEY", str(KEYS.public_key_path))
    module = types.ModuleType(f"notify_{name}_example")
    module.__file__ = str(DOC)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(example_source(name), f"{DOC}:{name}", "exec"), module.__dict__)  # noqa: S102 - our own doc
    return module


def test_examples_are_short() -> None:
    for name in ("flask", "fastapi"):
        code = [
            line
            for line in example_source(name).splitlines()
            if line.strip() and not line.startswith(("import", "from"))
        ]
        assert len(code) <= 16, name


def _now() -> int:
    return int(time.time())  # the examples use the real clock


def _exchange(base_url: str, note: Any) -> httpx.Response:
    return httpx.post(f"{base_url}/wechatpay/notify", content=note.body, headers=note.headers, timeout=10)


def _round_trip_checks(base_url: str, example: types.ModuleType) -> None:
    """The same conversation against either server."""
    contracts: dict[str, str] = example.contracts
    signed = notification("INSURANCE_ENTRUST.SIGN", notification_id=SIGNED_ID, timestamp=_now())
    response = _exchange(base_url, signed)
    assert response.status_code == 200
    assert response.json() == {"code": "SUCCESS"}
    assert response.headers["content-type"].startswith("application/json")
    assert contracts == {"Wx15463511252015071056489715": "SIGNED"}
    assert example.parser.store.is_processed(SIGNED_ID)

    again = _exchange(base_url, signed)  # WeChat Pay delivers it twice
    assert again.status_code == 200 and again.json() == {"code": "SUCCESS"}

    tampered = notification("INSURANCE_ENTRUST.TERMINATE", timestamp=_now())
    tampered.body = tampered.body.replace(b"encrypt-resource", b"encrypt-resourcf")
    response = _exchange(base_url, tampered)
    assert response.status_code == 401
    assert response.json() == {"code": "FAIL", "message": "signature verification failed"}
    assert contracts == {"Wx15463511252015071056489715": "SIGNED"}  # nothing was applied

    probe = notification("INSURANCE_ENTRUST.TERMINATE", timestamp=_now(), signature="WECHATPAY/SIGNTEST/AAAA")
    assert _exchange(base_url, probe).status_code == 401

    wrong_key = notification("INSURANCE_ENTRUST.TERMINATE", timestamp=_now(), key="k" * 32)
    response = _exchange(base_url, wrong_key)
    assert response.status_code == 400 and response.json()["code"] == "FAIL"

    terminated = notification("INSURANCE_ENTRUST.TERMINATE", timestamp=_now())
    assert _exchange(base_url, terminated).status_code == 200
    assert contracts == {"Wx15463511252015071056489715": "TERMINATED"}

    too_big = httpx.post(f"{base_url}/wechatpay/notify", content=b"x" * (1024 * 1024 + 1), timeout=10)
    assert too_big.status_code == 413 and too_big.json()["code"] == "FAIL"


# --------------------------------------------------------------------------- WSGI: Flask over a socket


@pytest.fixture
def flask_example(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    pytest.importorskip("flask")
    return load_example("flask", monkeypatch)


@pytest.fixture
def flask_server(flask_example: types.ModuleType) -> Iterator[str]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, flask_example.app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="flask-notify", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


def test_flask_example_over_a_real_socket(flask_server: str, flask_example: types.ModuleType) -> None:
    _round_trip_checks(flask_server, flask_example)


def test_flask_handler_failure_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("flask")
    from flask import Flask
    from wechatpay_auth.contrib.flask import notification_view

    clock = FakeClock()
    parser = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=clock,
    )
    calls: list[str] = []

    def flaky(event: NotificationEvent) -> None:
        calls.append(event.id)
        if len(calls) == 1:
            raise RuntimeError("db down")

    app = Flask("flask_notify_test")
    app.add_url_rule("/notify", view_func=notification_view(parser, flaky, max_body_size=4096), methods=["POST"])
    client = app.test_client()
    note = notification("TRANSACTION.SUCCESS")
    first = client.post("/notify", data=note.body, headers=note.headers)
    assert first.status_code == 500 and first.get_json() == {"code": "FAIL", "message": "internal error"}
    second = client.post("/notify", data=note.body, headers=note.headers)
    assert second.status_code == 200 and second.get_json() == {"code": "SUCCESS"}
    assert calls == [note.envelope["id"]] * 2
    assert client.post("/notify", data=b"x" * 4097, headers=note.headers).status_code == 413
    assert client.get("/notify").status_code == 405


# --------------------------------------------------------------------------- ASGI: FastAPI over a socket


@pytest.fixture
def fastapi_example(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    pytest.importorskip("fastapi")
    return load_example("fastapi", monkeypatch)


@pytest.fixture
def uvicorn_server(fastapi_example: types.ModuleType) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(fastapi_example.app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn-notify", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def test_fastapi_example_over_a_real_socket(uvicorn_server: str, fastapi_example: types.ModuleType) -> None:
    _round_trip_checks(uvicorn_server, fastapi_example)


async def test_starlette_route_through_an_asgi_client() -> None:
    pytest.importorskip("starlette")
    from starlette.applications import Starlette
    from starlette.routing import Route
    from wechatpay_auth.contrib.starlette import notification_endpoint

    parser = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=FakeClock(),
    )
    seen: list[str] = []

    def handler(event: NotificationEvent) -> None:  # a plain function works in the async adapter too
        if event.event_type == "TRANSACTION.FAIL":
            raise ValueError("cannot book it yet")
        seen.append(event.resource.out_trade_no)

    endpoint = notification_endpoint(parser, handler, max_body_size=4096)
    app = Starlette(routes=[Route("/notify", endpoint, methods=["POST"])])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://notify.test") as client:
        ok = notification("TRANSACTION.SUCCESS")
        response = await client.post("/notify", content=ok.body, headers=ok.headers)
        assert response.status_code == 200 and response.json() == {"code": "SUCCESS"}
        assert seen == ["1217752501201407033233368018"]
        failing = notification("TRANSACTION.FAIL")
        response = await client.post("/notify", content=failing.body, headers=failing.headers)
        assert response.status_code == 500 and response.json() == {"code": "FAIL", "message": "internal error"}
        stale = notification("TRANSACTION.SUCCESS", timestamp=1)
        assert (await client.post("/notify", content=stale.body, headers=stale.headers)).status_code == 401
        malformed = notification(body=b'{"id": "x"}')
        response = await client.post("/notify", content=malformed.body, headers=malformed.headers)
        assert response.status_code == 400 and json.loads(response.content)["message"] == "invalid notification"
        assert (await client.post("/notify", content=b"x" * 4097)).status_code == 413

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit applies while streaming
            for _ in range(5):
                yield b"x" * 1024

        assert (await client.post("/notify", content=chunks())).status_code == 413
        assert (await client.get("/notify")).status_code == 405
