"""Issue 14: `wechatpay notification parse` checks old recordings only with an explicit
``--tolerance``, prints a rejection once, and prints ``create_time`` as on the wire (ISO 8601 with
its ``T``). Run as a user runs it: a subprocess, no logging configured."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from notify_kit import APIV3_KEY, ENTRUST_SIGN, KEYS, notification

HOUR = 3600


def parse_cli(tmp_path: Path, timestamp: int, *extra: str) -> subprocess.CompletedProcess[str]:
    note = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN, timestamp=timestamp)
    (tmp_path / "headers.json").write_text(json.dumps(note.headers), encoding="utf-8")
    (tmp_path / "body.json").write_bytes(note.body)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WECHATPAY_")}
    env |= {
        "WECHATPAY_APIV3_KEY": APIV3_KEY,
        "WECHATPAY_PUBLIC_KEY_ID": KEYS.public_key_id,
        "WECHATPAY_PUBLIC_KEY": str(KEYS.public_key_path),
    }
    argv = ["notification", "parse", "--headers", str(tmp_path / "headers.json"), "--body", str(tmp_path / "body.json")]
    return subprocess.run(
        [sys.executable, "-m", "wechatpay_cli", *argv, *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_an_hour_old_recording_is_refused_once_by_default(tmp_path: Path) -> None:
    result = parse_cli(tmp_path, int(time.time()) - HOUR)
    assert result.returncode == 3
    assert result.stdout == ""
    [age] = re.findall(r"Wechatpay-Timestamp is (\d+) s old \(allowed: 300 s\)", result.stderr)  # once
    assert HOUR <= int(age) < HOUR + 60  # the recording's age (plus the subprocess's start-up)
    assert result.stderr.startswith("error: untrusted answer: ")
    assert "notification rejected" not in result.stderr


def test_tolerance_accepts_the_recording_and_prints_create_time_as_sent(tmp_path: Path) -> None:
    result = parse_cli(tmp_path, int(time.time()) - HOUR, "--tolerance", str(2 * HOUR))
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    sent = json.loads((tmp_path / "body.json").read_bytes())
    assert printed["create_time"] == sent["create_time"] == "2015-07-01T10:00:01+08:00"
    assert printed["resource"]["contract_id"] == ENTRUST_SIGN["contract_id"]


def test_tolerance_does_not_accept_a_recording_older_than_it(tmp_path: Path) -> None:
    result = parse_cli(tmp_path, int(time.time()) - 2 * HOUR, "--tolerance", str(HOUR))
    assert result.returncode == 3
    [age] = re.findall(r"Wechatpay-Timestamp is (\d+) s old \(allowed: 3600 s\)", result.stderr)
    assert 2 * HOUR <= int(age) < 2 * HOUR + 60


@pytest.mark.parametrize("value", ["0", "-5", str(367 * 24 * HOUR)])
def test_tolerance_is_validated(tmp_path: Path, value: str) -> None:
    result = parse_cli(tmp_path, int(time.time()), "--tolerance", value)
    assert result.returncode == 2 and "tolerance must be" in result.stderr
