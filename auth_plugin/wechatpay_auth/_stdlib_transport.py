"""A sync ``httpx`` transport on the standard library's ``http.client`` (HTTP/1.1, keep-alive).

httpx's own sync transport (httpcore + h11) costs about three times the CPU of ``http.client``
for the same POST (docs/PERFORMANCE.md). Everything above the transport (signing, encryption,
verification, the retry layer, the size cap) is unchanged; ``create_client`` uses this transport
for its sync client unless a ``transport=`` is given or a proxy is configured in the environment
(then httpx's own transport, which knows proxies, is used as before: :func:`default_sync_transport`).

What it does, as httpx's transport does it:

- **Timeouts** per phase from the request's ``timeout`` extension: ``connect`` (TCP and TLS
  handshake), ``write`` (each send), ``read`` (each receive), ``pool`` (waiting for a free
  connection slot). Each phase start is reported to the ``trace`` extension under httpcore's
  names (``connection.connect_tcp``, ``http11.send_request_headers`` ...) before its timeout is
  read, so the SDK's total deadline, which cuts the timeouts at each phase start, applies.
- **TLS**: the ``ssl.SSLContext`` of ``httpx.create_ssl_context(verify=..., trust_env=...)``,
  i.e. the same CA handling as httpx (certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``), host names
  checked; ``verify`` may be an ``SSLContext`` of your own.
- **Keep-alive**: at most ``max_connections`` connections at once and ``max_keepalive_connections``
  idle ones, each idle for at most ``keepalive_expiry`` seconds; an idle connection the server has
  closed (or sent anything on) is dropped before reuse, never written to.
- **Errors** are httpx's: ``ConnectError``/``ConnectTimeout`` only when no byte of the request
  can have left (connecting, TLS), ``PoolTimeout``, ``WriteError``/``WriteTimeout``,
  ``ReadError``/``ReadTimeout``, ``RemoteProtocolError`` (the server closed without an answer, a
  truncated or malformed answer), each with the original error as ``__cause__``; the retry layer
  maps them to :class:`APIConnectionError` / :class:`APITimeoutError` exactly as before.
- **Bodies** are streamed (one socket read per chunk), so the auth flow's size cap and deadline
  checks apply per chunk and bill downloads stream through.

Not supported (``create_client`` falls back to httpx's transport or you pass your own): proxies,
HTTP/2, client certificates other than through your own ``SSLContext``, Unix sockets.
"""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
import time
import urllib.request
from collections import deque
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Self

import httpx

__all__ = ["HTTPClientTransport", "default_sync_transport", "environment_proxies"]

_CHUNK = 65536
_HAS_POLL = hasattr(select, "poll")
_Origin = tuple[str, str, int]


def environment_proxies() -> dict[str, str]:
    """The proxies the environment configures (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, any case)."""
    return {scheme: url for scheme, url in urllib.request.getproxies().items() if scheme in ("http", "https", "all")}


def default_sync_transport(*, trust_env: bool = True) -> HTTPClientTransport | None:
    """The transport ``create_client`` gives its sync client: this one, or None (httpx's own)
    when the environment configures a proxy, which only httpx's transport handles."""
    if trust_env and environment_proxies():
        return None
    return HTTPClientTransport(trust_env=trust_env)


class _Connection:
    __slots__ = ("idle_since", "origin", "sock")

    def __init__(self, sock: socket.socket, origin: _Origin) -> None:
        self.sock = sock
        self.origin = origin
        self.idle_since = 0.0

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:  # pragma: no cover - closing a broken socket
            pass

    def usable(self) -> bool:
        """False if the server closed it (or sent something unasked) while it was idle."""
        try:
            if self.sock.fileno() < 0:
                return False
            # poll where there is one: select() refuses descriptors >= FD_SETSIZE (1024), which a
            # busy service reaches, and would then never reuse a connection. (Windows has no poll.)
            if _HAS_POLL:
                poller = select.poll()
                poller.register(self.sock, select.POLLIN | select.POLLPRI)
                readable = bool(poller.poll(0))
            else:  # pragma: no cover - Windows
                readable = bool(select.select([self.sock], [], [], 0)[0])
        except (OSError, ValueError):
            return False
        return not readable


class _Trace:
    """httpcore-style ``trace`` events: ``name.started`` / ``.complete`` / ``.failed``."""

    __slots__ = ("callback", "info", "name")

    def __init__(self, callback: Callable[[str, dict[str, Any]], Any] | None, name: str, info: dict[str, Any]) -> None:
        self.callback = callback
        self.name = name
        self.info = info

    def __enter__(self) -> Self:
        if self.callback is not None:
            self.callback(f"{self.name}.started", self.info)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.callback is not None:
            if exc is None:
                self.callback(f"{self.name}.complete", {"return_value": None})
            else:
                self.callback(f"{self.name}.failed", {"exception": exc})


_MAX_LINE = 65536  # http.client's limit for one header line
_MAX_HEADERS = 100  # and for the number of header lines


class _HeaderLookup:
    """What ``HTTPResponse.begin`` asks of its headers: ``get(name)``, case-insensitive."""

    __slots__ = ("_first",)

    def __init__(self, pairs: list[tuple[bytes, bytes]]) -> None:
        first: dict[str, str] = {}
        for name, value in pairs:
            first.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self._first = first

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._first.get(name.lower(), default)


class _Answer(http.client.HTTPResponse):
    """``HTTPResponse`` whose header block is split into (name, value) byte pairs directly.

    ``http.client`` hands the header block to the ``email`` package (a feed parser and a
    ``Message``), a fifth of this transport's CPU per call; the rest of ``begin`` (status line,
    1xx answers skipped, chunked, Content-Length, keep-alive) is http.client's as it is. A header
    line without a colon, a header block cut off by the server or longer than http.client's limits
    is an ``HTTPException`` (the transport's ``RemoteProtocolError``).
    """

    raw_headers: list[tuple[bytes, bytes]]

    def begin(self) -> None:
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != http.client.CONTINUE:
                break
            self._read_header_block()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        self.raw_headers = self._read_header_block()
        self.headers = self.msg = _HeaderLookup(self.raw_headers)
        transfer_encoding = self.headers.get("transfer-encoding")
        self.chunked = bool(transfer_encoding and transfer_encoding.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (
            status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED)
            or 100 <= status < 200
            or self._method == "HEAD"
        ):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _read_header_block(self) -> list[tuple[bytes, bytes]]:
        pairs: list[tuple[bytes, bytes]] = []
        readline = self.fp.readline
        count = 0
        while True:
            line = readline(_MAX_LINE + 1)
            if len(line) > _MAX_LINE:
                raise http.client.LineTooLong("header line")
            if line in (b"\r\n", b"\n"):
                return pairs
            if not line:
                raise http.client.IncompleteRead(b"", None)  # the server closed inside the header block
            count += 1
            if count > _MAX_HEADERS:
                raise http.client.HTTPException(f"got more than {_MAX_HEADERS} headers")
            if line[:1] in (b" ", b"\t"):  # obs-fold: a continuation of the previous value
                if not pairs:
                    raise http.client.HTTPException("a header block starts with a continuation line")
                name, value = pairs[-1]
                pairs[-1] = (name, value + b" " + line.strip(b" \t\r\n"))
                continue
            name, colon, value = line.partition(b":")
            if not colon or not name or name != name.strip(b" \t"):
                raise http.client.HTTPException("malformed header line")
            pairs.append((name, value.strip(b" \t\r\n")))


def _timeout(request: httpx.Request, phase: str) -> float | None:
    timeouts = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return None
    value = timeouts.get(phase)
    return None if value is None else float(value)


class HTTPClientTransport(httpx.BaseTransport):
    """``httpx.BaseTransport`` on ``http.client`` (see the module's docstring for what it does).

    ``verify``: ``True`` (httpx's CA handling), ``False`` (no verification: tests only) or an
    ``ssl.SSLContext``; ``trust_env``: read ``SSL_CERT_FILE``/``SSL_CERT_DIR`` (as httpx does).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = 5.0,
    ) -> None:
        if max_connections < 1 or max_keepalive_connections < 0 or keepalive_expiry < 0:
            raise ValueError("max_connections must be >= 1, max_keepalive_connections and keepalive_expiry >= 0")
        self._ssl_context = verify if isinstance(verify, ssl.SSLContext) else None
        self._verify = verify
        self._trust_env = trust_env
        self._keepalive_expiry = keepalive_expiry
        self._max_idle = max_keepalive_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        self._lock = threading.Lock()
        self._idle: deque[_Connection] = deque()
        self._closed = False

    # ----------------------------------------------------------------------------------- the pool

    def _context(self) -> ssl.SSLContext:
        context = self._ssl_context
        if context is None:
            context = self._ssl_context = httpx.create_ssl_context(verify=self._verify, trust_env=self._trust_env)
        return context

    def _take_idle(self, origin: _Origin) -> _Connection | None:
        now = time.monotonic()
        stale: list[_Connection] = []
        found: _Connection | None = None
        with self._lock:
            for connection in list(self._idle):
                if now - connection.idle_since > self._keepalive_expiry:
                    self._idle.remove(connection)
                    stale.append(connection)
                elif found is None and connection.origin == origin:
                    self._idle.remove(connection)
                    found = connection
        for connection in stale:
            connection.close()
        if found is not None and not found.usable():
            found.close()
            return self._take_idle(origin)
        return found

    def _release(self, connection: _Connection | None, reusable: bool) -> None:
        """Give a connection's slot back; keep the connection for reuse if it can be."""
        try:
            if connection is None:
                return
            connection.idle_since = time.monotonic()
            evicted: _Connection | None = None
            with self._lock:  # _closed under the lock: close() cannot miss a connection kept here
                keep = reusable and not self._closed and self._max_idle > 0
                if keep:
                    self._idle.append(connection)
                    if len(self._idle) > self._max_idle:
                        evicted = self._idle.popleft()
            if not keep:
                connection.close()
            if evicted is not None:
                evicted.close()
        finally:
            self._slots.release()

    def _connect(self, request: httpx.Request, origin: _Origin, trace: Any) -> _Connection:
        scheme, host, port = origin
        timeout = None
        try:
            with _Trace(trace, "connection.connect_tcp", {"host": host, "port": port, "timeout": None}) as step:
                timeout = _timeout(request, "connect")
                step.info["timeout"] = timeout
                sock = socket.create_connection((host, port), timeout=timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                server_hostname = request.extensions.get("sni_hostname") or host
                try:
                    with _Trace(trace, "connection.start_tls", {"server_hostname": server_hostname}):
                        timeout = _timeout(request, "connect")
                        sock.settimeout(timeout)
                        sock = self._context().wrap_socket(sock, server_hostname=server_hostname)
                except BaseException:
                    sock.close()  # the TCP socket, or the TLS one if only the trace failed
                    raise
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"timed out connecting to {host}:{port}", request=request) from exc
        except (OSError, ssl.SSLError, ValueError) as exc:
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}", request=request) from exc
        return _Connection(sock, origin)

    # ----------------------------------------------------------------------------- one exchange

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"the URL scheme {scheme!r} is not supported", request=request)
        if not url.host:
            raise httpx.UnsupportedProtocol("the URL has no host", request=request)
        origin: _Origin = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        trace = request.extensions.get("trace")
        if not self._slots.acquire(timeout=_timeout(request, "pool")):
            raise httpx.PoolTimeout("timed out waiting for a free connection", request=request)
        connection: _Connection | None = None
        try:
            connection = self._take_idle(origin)
            if connection is None:
                connection = self._connect(request, origin, trace)
            response = self._exchange(connection, request, trace)
        except BaseException:
            self._release(connection, reusable=False)
            raise
        return response

    def _exchange(self, connection: _Connection, request: httpx.Request, trace: Any) -> httpx.Response:
        sock = connection.sock
        head = [b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), request.url.raw_path)]
        for name, value in request.headers.raw:
            head.append(b"%s: %s\r\n" % (name, value))
        head.append(b"\r\n")
        body = request.stream
        content = body._stream if isinstance(body, httpx.ByteStream) else None
        chunked = request.headers.get("Transfer-Encoding", "").lower() == "chunked"
        try:
            with _Trace(trace, "http11.send_request_headers", {"request": request}):
                sock.settimeout(_timeout(request, "write"))
                if isinstance(content, bytes) and not chunked:
                    sock.sendall(b"".join(head) + content)  # one write for the whole request
                    content = b""
                else:
                    sock.sendall(b"".join(head))
            if content is None or content or chunked:
                with _Trace(trace, "http11.send_request_body", {"request": request}):
                    self._send_body(sock, request, chunked)
        except TimeoutError as exc:
            raise httpx.WriteTimeout("timed out sending the request", request=request) from exc
        except OSError as exc:
            raise httpx.WriteError(f"{type(exc).__name__}: {exc}", request=request) from exc
        answer = _Answer(sock, method=request.method)
        try:
            with _Trace(trace, "http11.receive_response_headers", {"request": request}):
                sock.settimeout(_timeout(request, "read"))
                answer.begin()
        except BaseException as exc:
            answer.close()
            error = _read_error(exc, request)
            if error is exc:  # not a transport failure (KeyboardInterrupt ...): as it is
                raise
            raise error from exc
        keep = not answer.will_close and request.headers.get("Connection", "").lower() != "close"
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1" if answer.version == 11 else b"HTTP/1.0"}
        if answer.reason:
            extensions["reason_phrase"] = answer.reason.encode("latin-1", "replace")
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            stream=_AnswerStream(self, connection, answer, request, trace, keep),
            request=request,
            extensions=extensions,
        )

    @staticmethod
    def _send_body(sock: socket.socket, request: httpx.Request, chunked: bool) -> None:
        stream = request.stream
        if not isinstance(stream, httpx.SyncByteStream):
            raise TypeError("an async request body cannot be sent by a sync transport")
        for chunk in stream:
            if not chunk:
                continue
            sock.settimeout(_timeout(request, "write"))
            if chunked:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                sock.sendall(chunk)
        if chunked:
            sock.sendall(b"0\r\n\r\n")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = list(self._idle), deque()
        for connection in idle:
            connection.close()


def _read_error(exc: BaseException, request: httpx.Request) -> BaseException:
    """What httpx's transport raises for a failure while receiving an answer."""
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout("timed out reading the answer", request=request)
    if isinstance(exc, http.client.RemoteDisconnected):
        return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if isinstance(exc, http.client.IncompleteRead):
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=request
        )
    if isinstance(exc, http.client.HTTPException | ValueError):
        return httpx.RemoteProtocolError(f"{type(exc).__name__}: {exc}", request=request)
    if isinstance(exc, OSError):
        return httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request)
    return exc


class _AnswerStream(httpx.SyncByteStream):
    """An answer's body, read one socket read at a time; the connection is pooled when it ends."""

    def __init__(
        self,
        transport: HTTPClientTransport,
        connection: _Connection,
        answer: _Answer,
        request: httpx.Request,
        trace: Any,
        keep: bool,
    ) -> None:
        self._transport = transport
        self._connection: _Connection | None = connection
        self._answer = answer
        self._request = request
        self._trace = trace
        self._keep = keep
        self._complete = False  # set when the body ended as HTTP/1.1 says (an empty one too)

    def __iter__(self) -> Iterator[bytes]:
        answer, request = self._answer, self._request
        if self._complete:
            return
        try:
            with _Trace(self._trace, "http11.receive_response_body", {"request": request}):
                sock = self._connection.sock if self._connection is not None else None
                while True:
                    if sock is not None:
                        sock.settimeout(_timeout(request, "read"))
                    chunk = answer.read1(_CHUNK)
                    if not chunk:
                        if answer.length:  # read1 reports the end of a short body as an empty read
                            raise http.client.IncompleteRead(b"", answer.length)
                        break
                    yield chunk
        except GeneratorExit:
            raise
        except BaseException as exc:
            self.close()
            error = _read_error(exc, request)
            if error is exc:
                raise
            raise error from exc
        self._complete = True  # the body ended as HTTP/1.1 says it ends

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        reusable = self._keep and self._complete
        self._answer.close()
        self._transport._release(connection, reusable)
