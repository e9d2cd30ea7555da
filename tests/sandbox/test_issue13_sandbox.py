"""Issue 13, sandbox part: request framing bounded (14), socket timeouts (15), control API inputs
validated (16), and other unvalidated inputs of the HTTP layer. Raw loopback sockets throughout."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from sandbox_helpers import ApiClient
from wechatpay_sandbox import FaultRegistry, Sandbox, SandboxCredentials
from wechatpay_sandbox._server import MAX_BODY

WAIT = 5.0  # the longest any test waits for the server's answer (a bound, not a measurement)


@pytest.fixture
def fresh(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    with Sandbox(credentials=credentials) as sb:
        yield sb


@pytest.fixture
def quick(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    """A sandbox that gives up on a silent connection after 0.5 s."""
    with Sandbox(credentials=credentials, socket_timeout=0.5) as sb:
        yield sb


def _connect(sb: Sandbox) -> socket.socket:
    return socket.create_connection(("127.0.0.1", sb.port), timeout=WAIT)


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes, closed: bool) -> None:
        self.status, self.headers, self.body, self.closed = status, headers, body, closed

    def json(self) -> dict[str, object]:
        loaded = json.loads(self.body)
        assert isinstance(loaded, dict)
        return loaded


def _read_answer(conn: socket.socket) -> Answer:
    """One HTTP answer (head, then Content-Length bytes); raises socket.timeout if none comes in WAIT s."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise AssertionError(f"connection closed before an answer; got {data!r}")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Answer(status, headers, rest[:length], headers.get("connection", "").lower() == "close")


def _exchange(sb: Sandbox, data: bytes, *, half_close: bool = False) -> Answer:
    with _connect(sb) as conn:
        conn.sendall(data)
        if half_close:
            conn.shutdown(socket.SHUT_WR)
        return _read_answer(conn)


def _closed_by_server(conn: socket.socket) -> bool:
    """True when the server closes the connection (EOF or reset) within WAIT; False if it stays open."""
    try:
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def _connections(sb: Sandbox) -> int:
    server = sb._server
    assert server is not None
    return len(server._connections)


def _wait_for_connections(sb: Sandbox, count: int) -> int:
    deadline = time.monotonic() + WAIT
    while _connections(sb) != count and time.monotonic() < deadline:
        time.sleep(0.01)
    return _connections(sb)


def _still_serving(sb: Sandbox) -> None:
    """An unsigned API request gets its signed 401: the server and the fault registry are fine."""
    head = (
        b"GET /v3/certificates HTTP/1.1\r\nHost: sandbox\r\nAccept: */*\r\nUser-Agent: t\r\nConnection: close\r\n\r\n"
    )
    answer = _exchange(sb, head)
    assert answer.status == 401 and answer.json()["code"] == "SIGN_ERROR"


CHUNKED = b"POST /v3/certificates HTTP/1.1\r\nHost: sandbox\r\nTransfer-Encoding: chunked\r\n\r\n"


# --------------------------------------------------------------------------- 14: bounded body reading


def test_negative_chunk_size_is_refused_without_reading_on(fresh: Sandbox) -> None:
    """``-1`` used to become ``rfile.read(-1)``: read until the client closes, past the 16 MiB limit.
    The server must answer at once, without waiting for the rest of the stream."""
    with _connect(fresh) as conn:
        conn.sendall(CHUNKED + b"-1\r\n" + b"x" * 4096)
        answer = _read_answer(conn)  # before the fix: no answer until the client closes (timeout)
        assert answer.status == 400
        assert answer.closed and _closed_by_server(conn)
    _still_serving(fresh)


@pytest.mark.parametrize(
    "chunks",
    [
        b"0x5\r\nhello\r\n0\r\n\r\n",  # int(..., 16) took a 0x prefix
        b"+5\r\nhello\r\n0\r\n\r\n",  # ... a sign
        b"1_0\r\n" + b"h" * 16 + b"\r\n0\r\n\r\n",  # ... underscores
        b" 5\r\nhello\r\n0\r\n\r\n",  # ... surrounding whitespace
        b"5\r\nhelloXX\r\n0\r\n\r\n",  # chunk data longer than its size
        b"5\r\nhello\r\n0\r\n" + b"X-Trailer: 1\r\n" * 200 + b"\r\n",  # too many trailer lines
    ],
    ids=["hex-prefix", "sign", "underscore", "space", "overlong-data", "trailers"],
)
def test_malformed_chunked_framing_is_400(fresh: Sandbox, chunks: bytes) -> None:
    answer = _exchange(fresh, CHUNKED + chunks)
    assert answer.status == 400 and answer.closed


def test_chunks_past_the_body_limit_are_413_before_any_data(fresh: Sandbox) -> None:
    """The size line alone is enough to refuse; the 16 MiB are never sent."""
    over = f"{MAX_BODY + 1:x}".encode()
    assert _exchange(fresh, CHUNKED + over + b"\r\n").status == 413
    half = f"{MAX_BODY // 2:x}".encode()
    with _connect(fresh) as conn:
        conn.sendall(CHUNKED + half + b"\r\n")
        rest = f"{MAX_BODY // 2 + 1:x}".encode()  # one byte more than the limit leaves
        conn.sendall(b"\0" * (MAX_BODY // 2) + b"\r\n" + rest + b"\r\n" + b"\0" * 16)
        answer = _read_answer(conn)
    assert answer.status == 413 and answer.closed


def test_many_small_chunks_make_one_body(fresh: Sandbox) -> None:
    """A body in one-byte chunks is read whole (kept in one buffer, counted as it grows)."""
    body = json.dumps({"kind": "500", "path": "no_such_operation"}).encode()
    framed = b"".join(b"1\r\n" + body[i : i + 1] + b"\r\n" for i in range(len(body))) + b"0\r\n\r\n"
    head = b"POST /sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nTransfer-Encoding: chunked\r\n\r\n"
    answer = _exchange(fresh, head + framed)
    assert answer.status == 201, answer.body
    assert [f.path for f in fresh.faults.pending()] == ["no_such_operation"]


@pytest.mark.parametrize(
    "length_headers",
    [
        b"Content-Length: -1\r\n",
        b"Content-Length: +5\r\n",
        b"Content-Length: 5_0\r\n",
        b"Content-Length: 0x5\r\n",
        b"Content-Length: 5\r\nContent-Length: 6\r\n",
        b"Transfer-Encoding: gzip\r\n",
        b"Transfer-Encoding: chunked, gzip\r\n",
    ],
)
def test_malformed_length_or_coding_is_refused(fresh: Sandbox, length_headers: bytes) -> None:
    head = b"POST /v3/certificates HTTP/1.1\r\nHost: sandbox\r\n" + length_headers + b"\r\n"
    answer = _exchange(fresh, head + b"hello")
    assert answer.status in (400, 501) and answer.closed


def test_content_length_with_many_leading_zeros_is_read(fresh: Sandbox) -> None:
    head = b"GET /sandbox/health HTTP/1.1\r\nHost: sandbox\r\nContent-Length: " + b"0" * 5000 + b"2\r\n\r\n"
    assert _exchange(fresh, head + b"{}").status == 200


def test_huge_content_length_is_413(fresh: Sandbox) -> None:
    for value in (str(MAX_BODY + 1).encode(), b"9" * 5000):
        answer = _exchange(
            fresh, b"POST /v3/certificates HTTP/1.1\r\nHost: sandbox\r\nContent-Length: " + value + b"\r\n\r\n"
        )
        assert answer.status == 413 and answer.closed


def test_body_shorter_than_its_length_is_not_served(fresh: Sandbox) -> None:
    """The client sends 28 of 50 bytes and closes its side: nothing is dispatched with a short body
    (it used to be served as if complete: here, a valid fault)."""
    head = b"POST /sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 50\r\n\r\n"
    answer = _exchange(fresh, head + b'{"kind": "500", "path": "x"}', half_close=True)
    assert answer.status == 400
    assert fresh.faults.pending() == []


# --------------------------------------------------------------------------- 15: socket timeouts


def test_half_open_request_head_is_timed_out(quick: Sandbox) -> None:
    with _connect(quick) as conn:
        conn.sendall(b"GET /v3/certificates HTTP/1.1\r\nHost: sand")
        answer = _read_answer(conn)  # before the fix: the server waits forever (timeout here)
        assert answer.status == 408 and answer.closed
        assert _closed_by_server(conn)
    assert _wait_for_connections(quick, 0) == 0


def test_short_body_is_timed_out(quick: Sandbox) -> None:
    with _connect(quick) as conn:
        conn.sendall(b"POST /sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 100\r\n\r\n{")
        answer = _read_answer(conn)
        assert answer.status == 408 and answer.closed
        assert _closed_by_server(conn)
    assert quick.faults.pending() == []
    assert _wait_for_connections(quick, 0) == 0


def test_silent_and_idle_connections_are_closed_quietly(quick: Sandbox) -> None:
    with _connect(quick) as silent, _connect(quick) as idle:
        idle.sendall(b"GET /sandbox/health HTTP/1.1\r\nHost: sandbox\r\n\r\n")
        assert _read_answer(idle).status == 200
        assert _closed_by_server(silent)  # no byte of a request: closed without an answer
        assert _closed_by_server(idle)  # keep-alive, then nothing: closed without an answer
    assert _wait_for_connections(quick, 0) == 0


def test_slow_but_steady_client_is_served(credentials: SandboxCredentials) -> None:
    """Pauses shorter than the timeout are fine even when the whole request takes longer."""
    with Sandbox(credentials=credentials, socket_timeout=1.0) as sb:
        body = json.dumps({"kind": "500", "path": "slow_client"}).encode()
        head = f"POST /sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        with _connect(sb) as conn:
            for piece in (head[:10], head[10:], body[:5], body[5:10], body[10:]):
                conn.sendall(piece)
                time.sleep(0.3)  # 5 x 0.3 s > the 1 s timeout in total, each pause well under it
            answer = _read_answer(conn)
        assert answer.status == 201
        # the SDK-style client (signed, keep-alive pool) still works on the same sandbox
        client = ApiClient(sb)
        try:
            assert client.get("/v3/certificates").status_code == 404  # public-key mode: signed 404
            assert client.get("/v3/certificates").status_code == 404
        finally:
            client.close()


class _CountingClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self.calls += 1
            return self.now


def test_drip_fed_request_meets_the_request_deadline(credentials: SandboxCredentials) -> None:
    """Bytes that keep coming, each before the socket timeout, still cannot hold a thread longer
    than ``request_timeout`` (a fake monotonic clock: no timing in the test)."""
    with Sandbox(credentials=credentials, socket_timeout=WAIT * 2, request_timeout=10.0) as sb:
        clock = _CountingClock()
        assert sb._server is not None
        sb._server.monotonic = clock
        with _connect(sb) as conn:
            conn.sendall(b"GET /sandbox/health HTTP/1.1\r\n")
            deadline = time.monotonic() + WAIT
            while clock.calls == 0 and time.monotonic() < deadline:  # the server has started the deadline
                time.sleep(0.01)
            assert clock.calls > 0
            clock.now += 11.0
            conn.sendall(b"Host: sand")
            answer = _read_answer(conn)
            assert answer.status == 408 and answer.closed
        clock.now += 1.0
        _still_serving(sb)  # a new request gets a new deadline


def test_timeouts_are_validated(credentials: SandboxCredentials) -> None:
    for bad in (0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            Sandbox(credentials=credentials, socket_timeout=bad)
        with pytest.raises(ValueError):
            Sandbox(credentials=credentials, request_timeout=bad)


# --------------------------------------------------------------------------- 16: control API inputs


def _control(sb: Sandbox, method: str, path: str, body: bytes = b"") -> Answer:
    head = f"{method} {path} HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    return _exchange(sb, head.encode() + body)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b'{"kind": "slow", "count": 1e309}', "count"),
        (b'{"kind": "slow", "count": 1.5}', "count"),
        (b'{"kind": "slow", "count": true}', "count"),
        (b'{"kind": "slow", "count": "2"}', "count"),
        (b'{"kind": "slow", "count": 0}', "count"),
        (b'{"kind": "slow", "count": 100000000000}', "count"),
        (b'{"kind": "slow", "delay": -1}', "delay"),
        (b'{"kind": "slow", "delay": NaN}', "NaN"),
        (b'{"kind": "slow", "delay": Infinity}', "Infinity"),
        (b'{"kind": "slow", "delay": 1e309}', "delay"),
        (b'{"kind": "slow", "delay": 1000000000}', "delay"),
        (b'{"kind": "slow", "delay": "2"}', "delay"),
        (b'{"kind": "slow", "delay": null}', "delay"),
        (b'{"kind": "429", "retry_after": -1}', "retry_after"),
        (b'{"kind": "429", "retry_after": 1e309}', "retry_after"),
        (b'{"kind": "429", "retry_after": "3"}', "retry_after"),
        (b'{"kind": "500", "after_processing": "false"}', "after_processing"),
        (b'{"kind": "500", "path": ["query_contract"]}', "path"),
        (b'{"kind": "500", "path": 5}', "path"),
        (b'{"kind": 500}', "kind"),
        (b'{"kind": "slow", "dealy": 1}', "dealy"),
    ],
)
def test_bad_fault_inputs_are_400_and_queue_nothing(fresh: Sandbox, body: bytes, field: str) -> None:
    answer = _control(fresh, "POST", "/sandbox/faults", body)
    assert answer.status == 400, answer.body
    payload = answer.json()
    assert payload["code"] in ("PARAM_ERROR", "INVALID_REQUEST")
    assert field in str(payload["message"])
    assert fresh.faults.pending() == []
    _still_serving(fresh)


def test_a_valid_fault_still_works_through_the_control_api(fresh: Sandbox) -> None:
    body = b'{"kind": "slow", "count": 2, "delay": 0, "path": "/v3/certificates", "after_processing": false}'
    answer = _control(fresh, "POST", "/sandbox/faults", body)
    assert answer.status == 201
    assert answer.json()["delay"] == 0 and answer.json()["remaining"] == 2
    _still_serving(fresh)
    _still_serving(fresh)
    assert fresh.faults.pending() == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"count": True},
        {"count": 2.0},
        {"delay": float("nan")},
        {"delay": float("inf")},
        {"delay": -0.5},
        {"retry_after": -1},
        {"after_processing": "yes"},
        {"path": b"/v3/*"},
    ],
)
def test_fault_registry_validates_the_python_api_too(kwargs: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        FaultRegistry().add("slow", **kwargs)  # type: ignore[arg-type]


def test_deeply_nested_control_body_is_400(fresh: Sandbox) -> None:
    answer = _control(fresh, "POST", "/sandbox/faults", b"[" * 100_000 + b"]" * 100_000)
    assert answer.status == 400 and answer.json()["code"] == "INVALID_REQUEST"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/sandbox/certificates/rotate", b'{"activate": "no"}', "activate"),
        ("/sandbox/sessions/unknown/sign", b'{"openid": {"a": 1}}', "openid"),
        ("/sandbox/orders/unknown/pay", b'{"openid": 7}', "openid"),
        ("/sandbox/refunds/unknown/complete", b'{"status": 1}', "status"),
    ],
)
def test_other_control_inputs_are_typed(fresh: Sandbox, path: str, body: bytes, field: str) -> None:
    rotated = len(fresh.platform_certificates)
    answer = _control(fresh, "POST", path, body)
    assert answer.status == 400 and field in str(answer.json()["message"])
    assert len(fresh.platform_certificates) == rotated


def test_a_control_bug_is_a_500_answer_not_a_dropped_connection(
    fresh: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(session_id: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(fresh.state, "session", broken)
    answer = _control(fresh, "GET", "/sandbox/sessions/x")
    assert answer.status == 500 and answer.json()["code"] == "SYSTEM_ERROR"
    assert "boom" not in answer.body.decode()


# --------------------------------------------------------------------------- other inputs of the API side


@pytest.mark.parametrize("timestamp", ["\u00b2", "9" * 5000], ids=["latin1-superscript", "5000-digits"])
def test_odd_authorization_timestamps_are_401_not_500(fresh: Sandbox, timestamp: str) -> None:
    creds = fresh.credentials
    authorization = (
        f'WECHATPAY2-SHA256-RSA2048 mchid="{creds.mchid}",nonce_str="N",timestamp="{timestamp}",'
        f'serial_no="{creds.merchant_serial_no}",signature="AAAA"'
    )
    head = (
        "GET /v3/certificates HTTP/1.1\r\nHost: sandbox\r\nAccept: application/json\r\nUser-Agent: t\r\n"
        f"Authorization: {authorization}\r\nConnection: close\r\n\r\n"
    )
    answer = _exchange(fresh, head.encode("latin-1"))
    assert answer.status == 401 and answer.json()["code"] == "SIGN_ERROR"


def test_deeply_nested_api_body_is_400_not_500(fresh: Sandbox) -> None:
    client = ApiClient(fresh)
    try:
        response = client.post("/v3/pay/transactions/jsapi", raw=b'{"a":' * 5000 + b"1" + b"}" * 5000)
    finally:
        client.close()
    assert response.status_code == 400 and response.json()["code"] == "INVALID_REQUEST"


def test_the_sdk_client_survives_the_sandbox_closing_its_idle_connections(credentials: SandboxCredentials) -> None:
    """The typed client's keep-alive pool meets connections the sandbox has closed for silence."""
    from wechatpay_auth import NotFoundError, create_client
    from wechatpay_client.api.insurance_sign import query_contract

    with Sandbox(credentials=credentials, socket_timeout=0.2) as sb:
        client = create_client(
            credentials.mchid,
            merchant_serial_no=credentials.merchant_serial_no,
            merchant_private_key=credentials.merchant_private_key_pem,
            wechatpay_public_key_id=credentials.public_key_id,
            wechatpay_public_key=credentials.wechatpay_public_key_pem,
            base_url=sb.base_url,
        )
        with client:
            for _ in range(3):
                with pytest.raises(NotFoundError):
                    query_contract.sync(12535, "NO_SUCH_CONTRACT", client=client)
                assert _wait_for_connections(sb, 0) == 0  # the sandbox closed the idle connection
        assert sb.request_count("query_contract") == 3
