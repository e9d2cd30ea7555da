"""The `wechatpay` command: demo, call and notification parse against a real sandbox."""

from __future__ import annotations

import datetime as dt
import io
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from wechatpay_cli._main import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK, EXIT_UNTRUSTED, EXIT_USAGE, main
from wechatpay_sandbox import Sandbox

BEIJING = dt.timezone(dt.timedelta(hours=8))
PRESIGN = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


class Captured:
    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Event()


@pytest.fixture(scope="module")
def receiver() -> Iterator[tuple[str, Captured]]:
    captured = Captured()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            captured.requests.append((dict(self.headers.items()), body))
            captured.arrived.set()
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/notify", captured
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox("both", retry_compression=1000.0) as sb:
        yield sb


@pytest.fixture()
def env(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    files = sandbox.credentials.write(tmp_path / "creds")
    values = {
        "WECHATPAY_MCHID": sandbox.credentials.mchid,
        "WECHATPAY_MERCHANT_SERIAL_NO": sandbox.credentials.merchant_serial_no,
        "WECHATPAY_MERCHANT_PRIVATE_KEY": str(files["merchant_private_key"]),
        "WECHATPAY_PUBLIC_KEY_ID": sandbox.credentials.public_key_id,
        "WECHATPAY_PUBLIC_KEY": str(files["wechatpay_public_key"]),
        "WECHATPAY_APIV3_KEY": sandbox.credentials.apiv3_key,
        "WECHATPAY_BASE_URL": sandbox.base_url,
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def presign_body(notify_url: str, code: str) -> dict[str, Any]:
    today = dt.datetime.now(BEIJING).date()
    return {
        "appid": "wxd678efh567hg6787",
        "plan_id": 12535,
        "out_contract_code": code,
        "insured_display_name": "*明",
        "contract_notify_url": notify_url,
        "policy_start_date": today.isoformat(),
        "policy_end_date": (today + dt.timedelta(days=60)).isoformat(),
        "policy_periods": [
            {
                "policy_period_id": 1,
                "estimated_deduct_date": today.isoformat(),
                "estimated_deduct_amount": {"total": 100},
            }
        ],
    }


def test_demo_runs_the_whole_story_and_prints_no_secret() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wechatpay_cli", "demo"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    output = result.stdout
    for step in (
        "pre_sign_mini_program",
        "pre_entrustweb_id=",
        "redirect_appid=wxbd687630cd02ce1d",
        "redirect_path=pages/PwdExemptContract/index",
        "INSURANCE_ENTRUST.SIGN notification",
        "query_contract",
        "contract_state=SIGNED",
        "list_policy_periods",
        "schedule_policy_period",
        "policy_period_state=SCHEDULED",
        "apply_deduction",
        "TRANSACTION.SUCCESS notification",
        "trade_type=PAP",
        "terminate_contract",
        "INSURANCE_ENTRUST.TERMINATE notification",
        "All 10 steps verified",
    ):
        assert step in output, step
    assert output.count("Request-ID ") >= 6
    assert "张*" in output and "1101**********0011" in output  # masked identity shown
    assert "张三" not in output and "110101199003070011" not in output  # plaintext never
    assert "PRIVATE KEY" not in output + result.stderr


def test_call_sends_a_signed_request_and_prints_the_verified_body(
    env: dict[str, str], receiver: tuple[str, Captured], tmp_path: Path
) -> None:
    body_file = tmp_path / "presign.json"
    body_file.write_text(json.dumps(presign_body(receiver[0], "CLICALL0001")), encoding="utf-8")
    code, out, err = run("call", "POST", PRESIGN, "--json", f"@{body_file}")
    assert code == EXIT_OK, err
    assert json.loads(out)["redirect_appid"] == "wxbd687630cd02ce1d"
    assert "HTTP 200, Request-ID " in err and "signature verified" in err


def test_call_maps_an_api_error_to_exit_1_with_code_and_detail(env: dict[str, str]) -> None:
    code, out, err = run("call", "POST", PRESIGN, "--json", '{"appid": "wx"}')
    assert code == EXIT_API_ERROR
    assert "PARAM_ERROR" in err
    assert out == ""


def test_call_rejects_a_probe_signed_answer_with_exit_3(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.faults.add("probe", 1)
    code, out, err = run("call", "GET", "/v3/certificates")  # a 2xx answer, which must be signed
    assert code == EXIT_UNTRUSTED
    assert "untrusted answer" in err
    assert out == ""


def test_call_reports_a_network_failure_with_exit_4(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("WECHATPAY_BASE_URL", f"http://127.0.0.1:{port}")
    code, _out, err = run("call", "GET", "/v3/certificates")
    assert code == EXIT_NETWORK
    assert "error:" in err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("call", "GET", "v3/no-slash"), "must start with '/'"),
        (("call", "POST", PRESIGN, "--json", "{not json"), "not valid JSON"),
        (("call", "POST", PRESIGN, "--json", "@/nonexistent/body.json"), "cannot read the file"),
    ],
)
def test_call_usage_errors_exit_2(env: dict[str, str], argv: tuple[str, ...], needle: str) -> None:
    code, _out, err = run(*argv)
    assert code == EXIT_USAGE
    assert needle in err


def test_call_without_configuration_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WECHATPAY_MCHID", "WECHATPAY_MERCHANT_SERIAL_NO", "WECHATPAY_MERCHANT_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)
    code, _out, err = run("call", "GET", "/v3/certificates")
    assert code == EXIT_USAGE
    assert "WECHATPAY_MCHID" in err and "WECHATPAY_MERCHANT_PRIVATE_KEY" in err


def test_notification_parse_verifies_and_decrypts_a_recorded_callback(
    env: dict[str, str], sandbox: Sandbox, receiver: tuple[str, Captured], tmp_path: Path
) -> None:
    url, captured = receiver
    captured.requests.clear()
    captured.arrived.clear()
    code, out, err = run("call", "POST", PRESIGN, "--json", json.dumps(presign_body(url, "CLINOTIFY0001")))
    assert code == EXIT_OK, err
    contract = sandbox.simulate_user_sign(json.loads(out)["pre_entrustweb_id"])
    assert captured.arrived.wait(5)
    headers, body = captured.requests[0]
    (tmp_path / "headers.json").write_text(json.dumps(headers), encoding="utf-8")
    (tmp_path / "body.json").write_bytes(body)

    code, out, err = run(
        "notification", "parse", "--headers", str(tmp_path / "headers.json"), "--body", str(tmp_path / "body.json")
    )
    assert code == EXIT_OK, err
    parsed = json.loads(out)
    assert parsed["event_type"] == "INSURANCE_ENTRUST.SIGN"
    assert parsed["resource"]["contract_id"] == contract.contract_id
    assert "signature verified" in err

    (tmp_path / "body.json").write_bytes(body.replace(b'"', b"'", 1))  # one byte changed
    code, out, err = run(
        "notification", "parse", "--headers", str(tmp_path / "headers.json"), "--body", str(tmp_path / "body.json")
    )
    assert code == EXIT_UNTRUSTED
    assert out == ""


def test_help_lists_commands_and_exit_codes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wechatpay_cli", "--help"], capture_output=True, text=True, check=True
    )
    for word in ("demo", "sandbox", "call", "notification", "exit codes"):
        assert word in result.stdout
