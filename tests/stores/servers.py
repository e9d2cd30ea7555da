"""Private Redis and PostgreSQL servers that a test may stop and start again (on 127.0.0.1 only).

The shared test servers (``WECHATPAY_TEST_*_URL``) are never stopped; a test that takes a server
down mid-run starts its own from the same system binaries, on a free port, with its data in a
temporary directory, and every wait is bounded.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock, contextlib.suppress(OSError):
            sock.settimeout(0.5)
            sock.connect(("127.0.0.1", port))
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


class PrivateRedis:
    """``redis-server`` with an append-only file synced on every write: what was acknowledged
    before :meth:`stop` (SIGKILL) is there again after :meth:`start`."""

    def __init__(self, binary: str, directory: Path) -> None:
        self.binary = binary
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--dir", str(self.directory),
                "--appendonly", "yes",
                "--appendfsync", "always",
                "--save", "",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=30)
            self.process = None


@contextlib.contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (.ci/test-servers.sh installs it): server-outage test skipped")
    with tempfile.TemporaryDirectory(prefix="wechatpay-redis-") as directory:
        server = PrivateRedis(binary, Path(directory))
        server.start()
        try:
            yield server
        finally:
            server.stop()


def _postgres_bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(x) for x in p.split("/")[4].split(".") if x.isdigit()],
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PrivatePostgres:
    """A throw-away PostgreSQL cluster (trust authentication, 127.0.0.1 only); when the tests run
    as root (CI) the server runs as the ``postgres`` user, which PostgreSQL requires."""

    def __init__(self, bindir: Path, directory: Path) -> None:
        self.bindir = bindir
        self.directory = directory
        self.data = directory / "data"
        self.port = free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *args: str, timeout: float = 60.0) -> None:
        subprocess.run(
            args, check=True, timeout=timeout, user=self.user, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )

    def initdb(self) -> None:
        if self.user is not None:
            shutil.chown(self.directory, user=self.user)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
        )

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.directory} -c fsync=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.directory / "log"),
            "-w",
            "-t",
            "30",
            "-o",
            options,
            "start",
        )
        wait_for_port(self.port)

    def stop(self) -> None:
        """Stop the server the hard way (``immediate``: no clean shutdown of the sessions)."""
        with contextlib.suppress(subprocess.SubprocessError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "-t", "30", "stop")

    def kill(self) -> None:
        pid_file = self.data / "postmaster.pid"
        if pid_file.exists():
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    bindir = _postgres_bin()
    if bindir is None or not (bindir / "pg_ctl").exists():
        pytest.skip(
            "PostgreSQL server binaries are not installed (.ci/test-servers.sh installs them): server-outage test skipped"
        )
    directory = Path(tempfile.mkdtemp(prefix="wechatpay-postgres-", dir="/tmp"))
    server = PrivatePostgres(bindir, directory)
    try:
        server.initdb()
        server.start()
        yield server
    finally:
        server.stop()
        server.kill()
        shutil.rmtree(directory, ignore_errors=True)
