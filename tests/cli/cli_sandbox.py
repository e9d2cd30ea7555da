"""``wechatpay sandbox`` as a user runs it: a subprocess on 127.0.0.1 whose printed ``export`` lines
become the environment (``$(cat FILE)`` read as the shell would). Used by the CLI tests and the
README tests, so that the examples are checked against exactly what the command exports."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

EXPORT_RE = re.compile(r"^\s*export (WECHATPAY_[A-Z0-9_]+)=(.*)$")
CAT_RE = re.compile(r"^\$\(cat (.+)\)$")


def parse_exports(text: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in text.splitlines():
        match = EXPORT_RE.match(line)
        if match is None:
            continue
        name, value = match.groups()
        cat = CAT_RE.match(value)
        env[name] = Path(cat.group(1)).read_text(encoding="utf-8").strip() if cat else value
    return env


@contextmanager
def running_cli_sandbox(credentials_dir: Path, *extra: str, timeout: float = 30.0) -> Iterator[dict[str, str]]:
    """Start ``python -m wechatpay_cli sandbox --credentials-dir DIR *extra``; yield its exports."""
    credentials_dir.mkdir(parents=True, exist_ok=True)
    log = (credentials_dir / "sandbox-stderr.log").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "wechatpay_cli", "sandbox", "--credentials-dir", str(credentials_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("WECHATPAY_")},
    )
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("press Ctrl-C"):
                break
        text = "".join(lines)
        assert "press Ctrl-C" in text, f"wechatpay sandbox did not start: {text}"
        yield parse_exports(text)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()
