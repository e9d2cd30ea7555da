"""Issue 14, the command line: --version, every example of `wechatpay call --help` run against the
sandbox `wechatpay sandbox` serves, and the sandbox control commands (sign, pay, refund)."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import io
import json
import re
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import wechatpay_auth
from cli_sandbox import running_cli_sandbox
from wechatpay_cli._main import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK, EXIT_USAGE, main
from wechatpay_sandbox import Sandbox

BEIJING = dt.timezone(dt.timedelta(hours=8))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wechatpay_cli", *argv], capture_output=True, text=True, timeout=60, check=False
    )


class Receiver:
    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.arrived = threading.Event()


@pytest.fixture
def receiver() -> Iterator[tuple[str, Receiver]]:
    received = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.bodies.append(json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0")))))
            received.arrived.set()
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/notify", received
    server.shutdown()
    server.server_close()


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
            {"policy_period_id": 1, "estimated_deduct_date": today.isoformat(), "estimated_deduct_amount": {"total": 1}}
        ],
    }


# --------------------------------------------------------------------------- --version


def test_version_is_the_distributions_single_version() -> None:
    result = cli("--version")
    assert result.returncode == 0, result.stderr
    version = importlib.metadata.version("wechatpay-typed")
    assert result.stdout.strip() == f"wechatpay {version}"
    assert wechatpay_auth.__version__ == version
    import wechatpay_cli

    assert wechatpay_cli.__version__ == version


# --------------------------------------------------------------------------- every `call --help` example


def help_examples() -> list[str]:
    text = cli("call", "--help").stdout
    section = text.split("examples:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in section.splitlines() if line.strip().startswith("wechatpay ")]


def test_call_help_examples_run_against_wechatpay_sandbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: tuple[str, Receiver]
) -> None:
    examples = help_examples()
    assert len(examples) == 4 and examples[-1] == "wechatpay call GET /v3/certificates"
    url, received = receiver
    monkeypatch.chdir(tmp_path)
    code_value = "HELPEXAMPLE0001"
    (tmp_path / "presign.json").write_text(json.dumps(presign_body(url, code_value)), encoding="utf-8")
    values: dict[str, str] = {"CODE": code_value}
    with running_cli_sandbox(tmp_path / "public") as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        for example in examples[:-1]:
            argv = shlex.split(example)[1:]
            for placeholder, value in values.items():  # the upper-case placeholders of the help text
                argv = [word.replace(placeholder, value) for word in argv]
            status, out, err = run(*argv)
            assert status == EXIT_OK, f"{example}: {err}"
            answer = json.loads(out)
            if "pre_entrustweb_id" in answer:
                values["PRE_ENTRUSTWEB_ID"] = answer["pre_entrustweb_id"]
        assert answer["contract_state"] == "SIGNED" and answer["out_contract_code"] == code_value
        assert received.arrived.wait(10)
        assert received.bodies[0]["event_type"] == "INSURANCE_ENTRUST.SIGN"
        # The last example is for platform-certificate mode: a public-key-only merchant gets 404.
        status, _out, err = run(*shlex.split(examples[-1])[1:])
        assert status == EXIT_API_ERROR and "404" in err
    with running_cli_sandbox(tmp_path / "certificate", "--mode", "certificate") as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("WECHATPAY_PUBLIC_KEY_ID", raising=False)
        monkeypatch.delenv("WECHATPAY_PUBLIC_KEY", raising=False)
        status, out, err = run(*shlex.split(examples[-1])[1:])
        assert status == EXIT_OK, err
        assert json.loads(out)["data"][0]["serial_no"]


# --------------------------------------------------------------------------- sandbox sign / pay / refund


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox("public_key", refund_delay=None) as sb:
        files = sb.credentials.write(tmp_path / "creds")
        for name, value in {
            "WECHATPAY_MCHID": sb.credentials.mchid,
            "WECHATPAY_MERCHANT_SERIAL_NO": sb.credentials.merchant_serial_no,
            "WECHATPAY_MERCHANT_PRIVATE_KEY": str(files["merchant_private_key"]),
            "WECHATPAY_PUBLIC_KEY_ID": sb.credentials.public_key_id,
            "WECHATPAY_PUBLIC_KEY": str(files["wechatpay_public_key"]),
            "WECHATPAY_BASE_URL": sb.base_url,
        }.items():
            monkeypatch.setenv(name, value)
        yield sb


def test_sandbox_help_documents_the_control_endpoints() -> None:
    text = cli("sandbox", "--help").stdout
    for needle in (
        "POST /sandbox/sessions/{pre_entrustweb_id}/sign",
        "POST /sandbox/orders/{out_trade_no}/pay",
        "POST /sandbox/refunds/{out_refund_no}/complete",
        "wechatpay sandbox sign PRE_ENTRUSTWEB_ID",
        "wechatpay sandbox pay OUT_TRADE_NO",
        "wechatpay sandbox refund OUT_REFUND_NO",
    ):
        assert needle in text, needle


def test_sandbox_sign_finishes_a_presign(sandbox: Sandbox, receiver: tuple[str, Receiver]) -> None:
    url, received = receiver
    status, out, err = run(
        "call",
        "POST",
        "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program",
        "--json",
        json.dumps(presign_body(url, "CLISIGN0001")),
    )
    assert status == EXIT_OK, err
    session = json.loads(out)["pre_entrustweb_id"]
    status, out, err = run("sandbox", "sign", session, "--openid", "oCLI_SIGNER")
    assert status == EXIT_OK, err
    contract = json.loads(out)
    assert contract["contract_state"] == "SIGNED" and contract["openid"] == "oCLI_SIGNER"
    assert sandbox.state.contract(contract["contract_id"]).contract_state == "SIGNED"
    assert received.arrived.wait(10) and received.bodies[0]["event_type"] == "INSURANCE_ENTRUST.SIGN"
    status, _out, err = run("sandbox", "sign", session)  # already signed
    assert status == EXIT_API_ERROR and "sandbox answered 4" in err


def test_sandbox_pay_and_refund(sandbox: Sandbox, receiver: tuple[str, Receiver]) -> None:
    url, received = receiver
    order = {
        "appid": "wxd678efh567hg6787",
        "mchid": sandbox.credentials.mchid,
        "description": "CLI pay",
        "out_trade_no": "CLIPAY0001",
        "notify_url": url,
        "amount": {"total": 100, "currency": "CNY"},
        "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
    }
    status, _out, err = run("call", "POST", "/v3/pay/transactions/jsapi", "--json", json.dumps(order))
    assert status == EXIT_OK, err
    status, out, err = run("sandbox", "pay", "CLIPAY0001")
    assert status == EXIT_OK, err
    assert json.loads(out)["trade_state"] == "SUCCESS"
    assert received.arrived.wait(10) and received.bodies[0]["event_type"] == "TRANSACTION.SUCCESS"
    received.arrived.clear()
    refund = {"out_trade_no": "CLIPAY0001", "out_refund_no": "CLIREFUND0001", "notify_url": url}
    refund["amount"] = {"refund": 100, "total": 100, "currency": "CNY"}
    status, out, err = run("call", "POST", "/v3/refund/domestic/refunds", "--json", json.dumps(refund))
    assert status == EXIT_OK, err
    assert json.loads(out)["status"] == "PROCESSING"
    status, out, err = run("sandbox", "refund", "CLIREFUND0001", "--status", "CLOSED")
    assert status == EXIT_OK, err
    assert json.loads(out)["status"] == "CLOSED"
    assert received.arrived.wait(10) and received.bodies[-1]["event_type"] == "REFUND.CLOSED"
    status, _out, err = run("sandbox", "pay", "NO_SUCH_ORDER")
    assert status == EXIT_API_ERROR and "404" in err


@pytest.mark.parametrize("url", ["https://api.mch.weixin.qq.com", "http://10.0.0.1:8080", "ftp://127.0.0.1"])
def test_sandbox_controls_talk_only_to_a_local_sandbox(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECHATPAY_BASE_URL", url)
    status, _out, err = run("sandbox", "pay", "X")
    assert status == EXIT_USAGE and "not a local sandbox" in err
    monkeypatch.delenv("WECHATPAY_BASE_URL")
    status, _out, err = run("sandbox", "sign", "X")
    assert status == EXIT_USAGE and "--url" in err


def test_sandbox_control_reports_an_unreachable_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    status, _out, err = run("sandbox", "pay", "X", "--url", f"http://127.0.0.1:{port}")
    assert status == EXIT_NETWORK and re.search(r"cannot reach the sandbox", err)


def test_sandbox_controls_bypass_a_proxy_and_take_a_base_url_only(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy from the environment got the loopback-only control request (it left the machine);
    a URL with a path or query was glued to the control path."""
    import socket

    with socket.socket() as sock:  # a proxy address nothing listens on
        sock.bind(("127.0.0.1", 0))
        proxy = f"http://127.0.0.1:{sock.getsockname()[1]}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    status, _out, err = run("sandbox", "pay", "NO_SUCH_ORDER")  # straight to the sandbox: its 404
    assert status == EXIT_API_ERROR and "404" in err, err
    status, _out, err = run("sandbox", "pay", "X", "--url", sandbox.base_url + "/?a=b")
    assert status == EXIT_USAGE and "no path or query" in err
