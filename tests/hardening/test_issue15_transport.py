"""Issue 15: the http.client transport (``HTTPClientTransport``), the sync default of create_client.

Every fault is played by a raw socket server on 127.0.0.1 and sent through BOTH this transport
and httpx's own ``HTTPTransport``: the outcome (bytes, or the httpx exception class) must be the
same, and through ``create_client`` a failure must be the same ``WeChatPayError`` subclass with
the transport error chained. TLS uses a CA and server certificates made here with
``cryptography`` for 127.0.0.1; proxies are read from the environment (and then httpx's own
transport is used). No assertion depends on timing beyond generous timeouts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from wechatpay_auth import APIConnectionError, APITimeoutError, HTTPClientTransport, create_client
from wechatpay_auth._stdlib_transport import default_sync_transport

Handler = Callable[[socket.socket, "RawServer"], None]
TRANSPORTS = ["stdlib", "httpx"]


# ------------------------------------------------------------------------------------ raw server


def read_request(conn: socket.socket) -> tuple[bytes, bytes] | None:
    """One HTTP/1.1 request (head, body) from ``conn``; None at EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            more = conn.recv(65536)
        except OSError:
            return None
        if not more:
            return None
        data += more
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while not body.endswith(b"0\r\n\r\n"):
            body += conn.recv(65536)
        return head, body
    while len(body) < length:
        more = conn.recv(65536)
        if not more:
            return None
        body += more
    return head, body


def answer(status: int = 200, body: bytes = b"ok", headers: tuple[str, ...] = ()) -> bytes:
    lines = [f"HTTP/1.1 {status} X", *headers]
    if not any(h.lower().startswith(("content-length", "transfer-encoding")) for h in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class RawServer:
    """Accepts connections on 127.0.0.1 and runs ``handler(conn, server)`` for each in a thread."""

    def __init__(self, handler: Handler, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.tls = tls
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.requests: list[bytes] = []
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str = "/x") -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            self.handler(conn, self)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.listener.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def make(handler: Handler, tls: ssl.SSLContext | None = None) -> RawServer:
        server = RawServer(handler, tls)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


def keep_alive(*responses: bytes) -> Handler:
    """Answer each request on the connection with the next response (the last one repeats)."""

    def handler(conn: socket.socket, server: RawServer) -> None:
        index = 0
        while (request := read_request(conn)) is not None:
            server.requests.append(request[0] + b"\r\n\r\n" + request[1])
            conn.sendall(responses[min(index, len(responses) - 1)])
            index += 1

    return handler


def transport_for(kind: str, **kwargs: Any) -> httpx.BaseTransport:
    return HTTPClientTransport(**kwargs) if kind == "stdlib" else httpx.HTTPTransport(**kwargs)


def outcome(kind: str, url: str, *, method: str = "GET", timeout: float = 5.0, **kwargs: Any) -> Any:
    """The body read, or the class of the httpx error (with its cause's class)."""
    with httpx.Client(transport=transport_for(kind, **kwargs), timeout=timeout) as client:
        try:
            response = client.request(method, url)
        except httpx.TransportError as exc:
            return type(exc)
        return (response.status_code, response.content)


def fault(kind: str, url: str, **kwargs: Any) -> httpx.TransportError:
    with httpx.Client(transport=transport_for(kind), **kwargs) as client, pytest.raises(httpx.TransportError) as got:
        client.get(url)
    return got.value


# ------------------------------------------------------------------------- the fault matrix


def _reset_after(prefix: bytes) -> Handler:
    def handler(conn: socket.socket, server: RawServer) -> None:
        read_request(conn)
        conn.sendall(prefix)
        time.sleep(0.05)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST on close

    return handler


def _truncated(conn: socket.socket, server: RawServer) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 10)


def _truncated_chunked(conn: socket.socket, server: RawServer) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")


def _silent(conn: socket.socket, server: RawServer) -> None:
    read_request(conn)
    time.sleep(2)


def _slow_body(conn: socket.socket, server: RawServer) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
    time.sleep(2)


def _close_without_answer(conn: socket.socket, server: RawServer) -> None:
    read_request(conn)


def _garbage(conn: socket.socket, server: RawServer) -> None:
    read_request(conn)
    conn.sendall(b"NOT HTTP AT ALL\r\n\r\n")


def _sends(data: bytes) -> Handler:
    def handler(conn: socket.socket, server: RawServer) -> None:
        read_request(conn)
        conn.sendall(data)

    return handler


FAULTS: dict[str, tuple[Handler, type[httpx.TransportError]]] = {
    "header-without-colon": (
        _sends(b"HTTP/1.1 200 OK\r\nno colon here\r\nContent-Length: 0\r\n\r\n"),
        httpx.RemoteProtocolError,
    ),
    "headers-cut-off": (_sends(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Half"), httpx.RemoteProtocolError),
    "status-line-cut-off": (_sends(b"HTTP/1.1 20"), httpx.RemoteProtocolError),
    "reset-mid-body": (_reset_after(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"x" * 10), httpx.ReadError),
    "reset-before-answer": (_reset_after(b""), httpx.ReadError),
    "truncated": (_truncated, httpx.RemoteProtocolError),
    "truncated-chunked": (_truncated_chunked, httpx.RemoteProtocolError),
    "no-answer": (_close_without_answer, httpx.RemoteProtocolError),
    "not-http": (_garbage, httpx.RemoteProtocolError),
    "slow-headers": (_silent, httpx.ReadTimeout),
    "slow-body": (_slow_body, httpx.ReadTimeout),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_each_fault_is_the_same_httpx_error_as_with_httpx_transport(name: str, serve) -> None:
    handler, expected = FAULTS[name]
    server = serve(handler)
    timeout = httpx.Timeout(5.0, read=0.3)
    for kind in TRANSPORTS:
        error = fault(kind, server.url(), timeout=timeout)
        assert isinstance(error, expected), f"{kind}: {type(error).__name__}: {error}"
    ours = fault("stdlib", server.url(), timeout=timeout)
    assert ours.__cause__ is not None  # the socket / http.client error is chained


def test_connection_refused_is_a_connect_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, not listening: refused
        for kind in TRANSPORTS:
            error = fault(kind, f"http://127.0.0.1:{port}/x", timeout=2.0)
            assert type(error) is httpx.ConnectError, kind
        assert isinstance(fault("stdlib", f"http://127.0.0.1:{port}/x").__cause__, ConnectionRefusedError)


@pytest.mark.parametrize(
    ("name", "response", "method", "expected"),
    [
        ("204", b"HTTP/1.1 204 No Content\r\n\r\n", "GET", (204, b"")),
        ("304", b"HTTP/1.1 304 Not Modified\r\nETag: x\r\n\r\n", "GET", (304, b"")),
        ("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "HEAD", (200, b"")),
        ("100-continue", b"HTTP/1.1 100 Continue\r\n\r\n" + answer(200, b"after"), "GET", (200, b"after")),
        ("length-0", answer(200, b""), "GET", (200, b"")),
        (
            "chunked",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
            "GET",
            (200, b"abcde"),
        ),
    ],
)
def test_empty_and_chunked_bodies_keep_the_connection(name, response, method, expected, serve) -> None:
    server = serve(keep_alive(response))
    for kind in TRANSPORTS:
        before = server.connections
        with httpx.Client(transport=transport_for(kind)) as client:
            for _ in range(3):
                got = client.request(method, server.url())
                assert (got.status_code, got.content) == expected, kind
        assert server.connections - before == 1, f"{kind}: the connection was not reused"


def test_large_bodies_arrive_whole(serve) -> None:
    big = bytes(range(256)) * (5 * 4096)  # 5 MiB
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(big[i : i + 70000]), big[i : i + 70000]) for i in range(0, len(big), 70000)
    )
    server = serve(
        keep_alive(answer(200, big), b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n")
    )
    with httpx.Client(transport=HTTPClientTransport()) as client:
        assert client.get(server.url()).content == big
        assert client.get(server.url()).content == big
        posted = client.post(server.url(), content=big)  # a large request body too
        assert posted.content == big
    assert server.requests[-1].endswith(big)
    assert server.connections == 1


def test_a_streamed_request_body_is_sent_chunked(serve) -> None:
    server = serve(keep_alive(answer(200, b"ok")))
    with httpx.Client(transport=HTTPClientTransport()) as client:
        assert client.post(server.url(), content=iter([b"ab", b"", b"cde"])).content == b"ok"
    assert server.requests[0].endswith(b"\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n")


def test_streaming_reads_the_body_as_it_comes(serve) -> None:
    def handler(conn: socket.socket, server: RawServer) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc")
        time.sleep(0.3)
        conn.sendall(b"def")

    server = serve(handler)
    with httpx.Client(transport=HTTPClientTransport()) as client, client.stream("GET", server.url()) as response:
        chunks = response.iter_raw()
        assert next(chunks) == b"abc"  # handed over before the rest arrived
        assert b"".join(chunks) == b"def"


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_an_idle_connection_the_server_closed_is_not_reused(kind: str, serve) -> None:
    def handler(conn: socket.socket, server: RawServer) -> None:
        read_request(conn)
        conn.sendall(answer(200, b"one"))
        time.sleep(0.05)  # then close the idle keep-alive connection

    server = serve(handler)
    with httpx.Client(transport=transport_for(kind)) as client:
        assert client.get(server.url()).content == b"one"
        time.sleep(0.3)
        assert client.get(server.url()).content == b"one"  # a new connection, not an error
    assert server.connections == 2


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_connection_close_is_honoured(kind: str, serve) -> None:
    server = serve(keep_alive(answer(200, b"bye", ("Connection: close",))))
    with httpx.Client(transport=transport_for(kind)) as client:
        for _ in range(3):
            assert client.get(server.url()).content == b"bye"
    assert server.connections == 3


def test_the_pool_is_bounded(serve) -> None:
    server = serve(keep_alive(answer(200, b"ok")))
    transport = HTTPClientTransport(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(transport=transport, timeout=httpx.Timeout(5.0, pool=0.2)) as client:
        with client.stream("GET", server.url()) as held:
            with pytest.raises(httpx.PoolTimeout):
                client.get(server.url())  # the only connection is in use
            held.read()
        assert client.get(server.url()).content == b"ok"  # back in the pool once closed
    assert server.connections == 1


def test_idle_connections_are_bounded(serve) -> None:
    server = serve(keep_alive(answer(200, b"ok")))
    transport = HTTPClientTransport(max_keepalive_connections=1)
    with httpx.Client(transport=transport) as client:
        with client.stream("GET", server.url()) as one, client.stream("GET", server.url()) as two:
            one.read()
            two.read()
        assert len(transport._idle) == 1
    assert server.connections == 2


def test_idle_connections_expire(serve) -> None:
    server = serve(keep_alive(answer(200, b"ok")))
    with httpx.Client(transport=HTTPClientTransport(keepalive_expiry=0.1)) as client:
        client.get(server.url())
        time.sleep(0.3)
        client.get(server.url())
    assert server.connections == 2


def test_phases_are_reported_to_trace(serve) -> None:
    server = serve(keep_alive(answer(200, b"ok")))
    seen: list[str] = []
    with httpx.Client(transport=HTTPClientTransport()) as client:
        client.get(server.url(), extensions={"trace": lambda name, info: seen.append(name)})
    started = [name for name in seen if name.endswith(".started")]
    assert started == [
        "connection.connect_tcp.started",
        "http11.send_request_headers.started",
        "http11.receive_response_headers.started",
        "http11.receive_response_body.started",
    ]


# ----------------------------------------------------------------------------------------- TLS


def _certificates(tmp: Path, *, host: str) -> tuple[Path, ssl.SSLContext]:
    """A CA (its PEM file) and a server context whose certificate names ``host``, signed by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "issue15 test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    try:
        san: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        san = x509.DNSName(host)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([san]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = tmp / f"ca-{host}.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    chain = tmp / f"server-{host}.pem"
    chain.write_bytes(
        leaf.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(chain)
    return ca_file, server


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_tls_with_a_trusted_ca(kind: str, serve, tmp_path: Path) -> None:
    ca_file, server_context = _certificates(tmp_path, host="127.0.0.1")
    server = serve(keep_alive(answer(200, b"secure")), tls=server_context)
    verify = ssl.create_default_context(cafile=str(ca_file))
    assert outcome(kind, server.url(), verify=verify) == (200, b"secure")


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_tls_with_the_ca_from_ssl_cert_file(kind: str, serve, tmp_path: Path, monkeypatch) -> None:
    ca_file, server_context = _certificates(tmp_path, host="127.0.0.1")
    server = serve(keep_alive(answer(200, b"secure")), tls=server_context)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))  # httpx's trust_env CA handling, both transports
    assert outcome(kind, server.url()) == (200, b"secure")


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_tls_refuses_a_certificate_for_another_host(kind: str, serve, tmp_path: Path) -> None:
    ca_file, server_context = _certificates(tmp_path, host="other.example")
    server = serve(keep_alive(answer(200, b"secure")), tls=server_context)
    verify = ssl.create_default_context(cafile=str(ca_file))
    assert outcome(kind, server.url(), verify=verify) is httpx.ConnectError


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_tls_refuses_an_untrusted_ca(kind: str, serve, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _, server_context = _certificates(tmp_path, host="127.0.0.1")
    server = serve(keep_alive(answer(200, b"secure")), tls=server_context)
    assert outcome(kind, server.url()) is httpx.ConnectError  # certifi's roots do not know this CA
    with httpx.Client(transport=HTTPClientTransport()) as client, pytest.raises(httpx.ConnectError) as got:
        client.get(server.url())
    assert isinstance(got.value.__cause__, ssl.SSLCertVerificationError)


def test_verify_false_skips_the_check(serve, tmp_path: Path) -> None:
    _, server_context = _certificates(tmp_path, host="other.example")
    server = serve(keep_alive(answer(200, b"secure")), tls=server_context)
    assert outcome("stdlib", server.url(), verify=False) == (200, b"secure")


# -------------------------------------------------------------------- through create_client


def _client(vectors: Any, base_url: str, **overrides: Any) -> Any:
    return create_client(
        vectors.mchid,
        merchant_serial_no=vectors.merchant_serial,
        merchant_private_key=vectors.private_keys["merchant"],
        wechatpay_public_key_id=vectors.public_key_id,
        wechatpay_public_key=(
            Path(__file__).resolve().parents[1] / "vectors" / "wechatpay_public_key.pem"
        ).read_bytes(),
        base_url=base_url,
        retry=None,
        failover=False,
        **overrides,
    )


@pytest.fixture
def vectors() -> Any:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "auth_plugin"))
    from auth_testkit import Vectors

    return Vectors()


def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_create_client_uses_it_by_default(vectors, monkeypatch) -> None:
    _no_proxy_env(monkeypatch)
    client = _client(vectors, "https://api.mch.weixin.qq.com")
    assert isinstance(client.get_httpx_client()._transport, HTTPClientTransport)
    given = httpx.MockTransport(lambda request: httpx.Response(200))
    assert _client(vectors, "https://api.mch.weixin.qq.com", transport=given).get_httpx_client()._transport is given


@pytest.mark.parametrize(
    ("handler", "error", "cause"),
    [
        (_close_without_answer, APIConnectionError, httpx.RemoteProtocolError),
        (_reset_after(b""), APIConnectionError, httpx.ReadError),
        (_truncated, APIConnectionError, httpx.RemoteProtocolError),
        (_silent, APITimeoutError, httpx.ReadTimeout),
    ],
    ids=["no-answer", "reset", "truncated", "timeout"],
)
def test_create_client_maps_its_failures_as_before(handler, error, cause, vectors, serve, monkeypatch) -> None:
    _no_proxy_env(monkeypatch)
    server = serve(handler)
    results = []
    for transport in (None, httpx.HTTPTransport()):
        client = _client(vectors, server.url(""), timeout=httpx.Timeout(5.0, read=0.3), transport=transport)
        with pytest.raises(error) as got:
            client.get_httpx_client().get("/v3/x")
        assert isinstance(got.value.__cause__, cause)
        results.append((type(got.value), type(got.value.__cause__)))
    assert results[0] == results[1]


def test_create_client_maps_a_refused_connection(vectors, monkeypatch) -> None:
    _no_proxy_env(monkeypatch)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        client = _client(vectors, f"http://127.0.0.1:{probe.getsockname()[1]}")
        with pytest.raises(APIConnectionError) as got:
            client.get_httpx_client().get("/v3/x")
    assert isinstance(got.value.__cause__, httpx.ConnectError)
    assert isinstance(got.value.__cause__.__cause__, ConnectionRefusedError)
    assert not got.value.outcome_unknown  # nothing was sent


# -------------------------------------------------------------------------------------- proxies


def _forward_proxy(conn: socket.socket, server: RawServer) -> None:
    """A plain-HTTP forward proxy that answers itself (absolute-form request line expected)."""
    while (request := read_request(conn)) is not None:
        server.requests.append(request[0])
        conn.sendall(answer(200, b"via proxy"))


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_proxy_in_the_environment_means_httpx_transport(variable, vectors, serve, monkeypatch) -> None:
    _no_proxy_env(monkeypatch)
    proxy = serve(_forward_proxy)
    monkeypatch.setenv(variable, f"http://127.0.0.1:{proxy.port}")
    assert default_sync_transport() is None
    client = _client(vectors, "http://127.0.0.1:9")
    http_client = client.get_httpx_client()
    assert not isinstance(http_client._transport, HTTPClientTransport)
    assert http_client._mounts  # httpx's proxy transports, as without this change
    # The request really goes through the proxy (which answers unsigned: a verification error).
    with pytest.raises(Exception):  # noqa: B017 - any failure after the proxy answered
        http_client.get("/v3/x")
    assert proxy.requests and proxy.requests[0].startswith(b"GET http://127.0.0.1:9/v3/x HTTP/1.1")


def test_without_trust_env_the_environment_is_ignored(monkeypatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert isinstance(default_sync_transport(trust_env=False), HTTPClientTransport)


def test_the_transport_needs_only_the_standard_library_and_httpx() -> None:
    """A guard that the transport adds no runtime dependency: every import of its module is from
    the standard library, httpx, or the SDK itself."""
    import ast
    import sys

    import wechatpay_auth._stdlib_transport as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    roots = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    roots |= {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
    }
    assert "http" in roots  # it is built on http.client
    assert roots - set(sys.stdlib_module_names) - {"__future__"} == {"httpx"}


# --------------------------------------------------------------------------------- async default


def test_the_async_default_is_aiohttp_with_httpx_ca_handling(vectors, monkeypatch) -> None:
    pytest.importorskip("aiohttp")
    from wechatpay_auth import AiohttpTransport
    from wechatpay_auth._aiohttp import default_async_transport

    _no_proxy_env(monkeypatch)
    client = _client(vectors, "https://api.mch.weixin.qq.com")
    transport = client.get_async_httpx_client()._transport
    assert isinstance(transport, AiohttpTransport)
    # Nothing imported or built until the first async call (a sync-only client pays for neither) ...
    assert transport._aiohttp_module is None and transport._ssl_factory is not None

    async def first_session() -> None:
        await transport._get_session()
        await transport.aclose()

    asyncio.run(first_session())
    # ... then httpx.create_ssl_context(), not aiohttp's own trust store
    assert isinstance(transport._ssl, ssl.SSLContext)
    assert transport._ssl.verify_mode == ssl.CERT_REQUIRED and transport._ssl.check_hostname
    given = httpx.MockTransport(lambda request: httpx.Response(200))
    made = _client(vectors, "https://api.mch.weixin.qq.com", async_transport=given)
    assert made.get_async_httpx_client()._transport is given  # a caller's transport wins
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert default_async_transport() is None  # httpx's own, which knows proxies
    assert not isinstance(_client(vectors, "https://x.example").get_async_httpx_client()._transport, AiohttpTransport)


@pytest.mark.parametrize("trusted", [True, False], ids=["ssl-cert-file", "untrusted"])
async def test_the_async_default_trusts_what_httpx_trusts(trusted, serve, tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("aiohttp")
    from wechatpay_auth._aiohttp import default_async_transport

    _no_proxy_env(monkeypatch)
    ca_file, server_context = _certificates(tmp_path, host="127.0.0.1")
    server = serve(keep_alive(answer(200, b"secure")), tls=server_context)
    if trusted:
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    else:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    transport = default_async_transport()
    assert transport is not None
    async with httpx.AsyncClient(transport=transport) as client:
        if trusted:
            assert (await client.get(server.url())).content == b"secure"
        else:
            with pytest.raises(httpx.ConnectError):
                await client.get(server.url())
    await transport.aclose()


def test_sniffio_is_a_runtime_dependency() -> None:
    # Without it httpcore retries `import sniffio` (a failed path search) on every async lock.
    import importlib.metadata
    import importlib.util
    import tomllib

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert any(dep.startswith("sniffio") for dep in pyproject["project"]["dependencies"])
    assert importlib.util.find_spec("sniffio") is not None
    requires = importlib.metadata.requires("wechatpay-typed") or []
    assert any(req.startswith("sniffio") for req in requires)


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_headers_arrive_as_sent(kind: str, serve) -> None:
    raw = (
        b"HTTP/1.1 200 OK\r\nX-Twice: one\r\nx-twice: two\r\nX-Spaces:   padded  \r\nX-Latin: caf\xe9\r\n"
        b"Content-Length: 2\r\n\r\nok"
    )
    server = serve(keep_alive(raw))
    with httpx.Client(transport=transport_for(kind)) as client:
        response = client.get(server.url())
    assert response.headers.get_list("x-twice") == ["one", "two"]
    assert response.headers["x-spaces"] == "padded"
    assert response.headers.raw[3] == (b"X-Latin", b"caf\xe9")
    assert response.content == b"ok"


def test_cookies_are_kept_only_from_answers_that_set_them(vectors, serve, monkeypatch) -> None:
    _no_proxy_env(monkeypatch)
    server = serve(keep_alive(answer(401, b"{}", ("Set-Cookie: session=abc; Path=/",)), answer(401, b"{}")))
    client = _client(vectors, server.url(""))
    http_client = client.get_httpx_client()
    for _ in range(2):
        with pytest.raises(Exception):  # noqa: B017 - an unsigned 401: any APIError
            http_client.get("/v3/x")
    assert http_client.cookies.get("session") == "abc"  # as a plain httpx client keeps it
    assert b"Cookie: session=abc" in server.requests[1]


def test_keep_alive_reuse_with_descriptors_past_fd_setsize(serve) -> None:
    """A process with more than 1,024 open descriptors (a busy service) still reuses connections:
    the idle check must not use select(), which refuses descriptors >= FD_SETSIZE."""
    import os
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip(f"the hard descriptor limit ({hard}) is below what the test needs")
    if soft != resource.RLIM_INFINITY and soft < 1200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (1200, hard))
    fillers = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        server = serve(keep_alive(answer(200, b"one"), answer(200, b"two"), answer(200, b"three")))
        with httpx.Client(transport=HTTPClientTransport()) as client:
            got = [client.get(server.url()).content for _ in range(3)]
            assert got == [b"one", b"two", b"three"]
        assert server.connections == 1, "the idle connection was not reused"
    finally:
        for fd in fillers:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_an_interrupt_while_reading_the_answer_is_raised_as_it_is(serve, monkeypatch) -> None:
    """Only transport failures become httpx errors; a KeyboardInterrupt while the answer's head is
    read was raised as its own __cause__."""
    from wechatpay_auth import _stdlib_transport

    def interrupted(self: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_stdlib_transport._Answer, "begin", interrupted)
    server = serve(keep_alive(answer(200, b"ok")))
    with httpx.Client(transport=HTTPClientTransport()) as client, pytest.raises(KeyboardInterrupt) as raised:
        client.get(server.url())
    assert raised.value.__cause__ is None
