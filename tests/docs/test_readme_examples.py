"""The README's Python examples run as written (the first one against a sandbox instead of WeChat Pay)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import wechatpay_auth
import wechatpay_typed
from wechatpay_cli._main import main as cli_main
from wechatpay_client.api.insurance_sign import pre_sign_mini_program
from wechatpay_client.models.insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
from wechatpay_sandbox import Sandbox

from tests.cli.cli_sandbox import running_cli_sandbox

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def run_block(code: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {"__name__": "readme_example"})  # noqa: S102 - our own README
    return out.getvalue()


def test_readme_has_the_examples() -> None:
    blocks = python_blocks()
    assert any("wxpay.insurance_sign.pre_sign_mini_program(body=body)" in b for b in blocks)
    assert any("async with AsyncWeChatPay(" in b for b in blocks)
    assert any("with Sandbox(" in b for b in blocks)


def _sandbox_client(monkeypatch: pytest.MonkeyPatch, sb: Sandbox, name: str) -> None:
    """Replace ``wechatpay_typed.<name>`` by a factory that ignores the README's placeholder
    credentials and builds the real class for ``sb``; the rest of the example runs unchanged."""
    real = getattr(wechatpay_typed, name)
    creds = sb.credentials

    def factory(**documented: Any) -> Any:
        assert documented["mchid"] == "1230000109" and "merchant_private_key" in documented
        return real(
            creds.mchid,
            merchant_serial_no=creds.merchant_serial_no,
            merchant_private_key=creds.merchant_private_key_pem,
            wechatpay_public_key_id=creds.public_key_id,
            wechatpay_public_key=creds.wechatpay_public_key_pem,
            base_url=sb.base_url,
        )

    monkeypatch.setattr(wechatpay_typed, name, factory)


def test_calling_example_runs_against_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    [block] = [b for b in python_blocks() if "wxpay.insurance_sign.pre_sign_mini_program(body=body)" in b]
    assert "from wechatpay_typed import" in block
    with Sandbox("public_key") as sb:
        _sandbox_client(monkeypatch, sb, "WeChatPay")
        output = run_block(block)
        printed_model, printed_response = output.splitlines()[:2]
        pre_entrustweb_id, redirect_appid, redirect_path = printed_response.split()
        stored = sb.state.session(pre_entrustweb_id).real_identity  # the sandbox decrypted what the SDK encrypted
    assert "real_name='<redacted>'" in printed_model and "张三" not in printed_model
    assert (redirect_appid, redirect_path) == ("wxbd687630cd02ce1d", "pages/PwdExemptContract/index")
    assert stored is not None and (stored.real_name, stored.id_card_number) == ("张三", "110101199003070011")


def test_async_client_example_runs_against_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    [block] = [b for b in python_blocks() if "async with AsyncWeChatPay(" in b]
    with Sandbox("public_key") as sb:
        _sandbox_client(monkeypatch, sb, "AsyncWeChatPay")
        output = run_block(block)
        raw_line, error_line = output.splitlines()
        status, request_id, pre_entrustweb_id = raw_line.split()
        session = sb.state.session(pre_entrustweb_id)  # the dict body reached the sandbox
    assert status == "200" and request_id and session is not None
    assert error_line.startswith("CONTRACT_NOT_EXIST ")


def test_sandbox_example_runs_as_written() -> None:
    [block] = [b for b in python_blocks() if "with Sandbox(" in b]
    output = run_block(block)
    assert output.startswith("CONTRACT_NOT_EXIST ")


def test_webhook_example_runs_against_wechatpay_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README webhook, configured by exactly what `wechatpay sandbox` exports (issue 14: it read
    WECHATPAY_PUBLIC_KEY_FILE, which the sandbox does not export: KeyError), accepts the sandbox's
    real INSURANCE_ENTRUST.SIGN callback through the typed accessor and refuses a tampered one."""
    pytest.importorskip("flask")
    redis_url = os.environ.get("WECHATPAY_TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("the README's webhook examples keep their store in Redis: WECHATPAY_TEST_REDIS_URL is not set")
    [block] = [
        b for b in python_blocks() if "notification_view(parser, on_event)" in b and "from flask import Flask" in b
    ]
    assert "resource_as(InsuranceEntrustNotificationResource)" in block
    captured: list[tuple[dict[str, str], bytes]] = []
    arrived = threading.Event()

    class Capture(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            captured.append((dict(self.headers.items()), self.rfile.read(int(self.headers["Content-Length"]))))
            arrived.set()
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with running_cli_sandbox(tmp_path / "sandbox") as exported:
            for name, value in exported.items():
                monkeypatch.setenv(name, value)
            monkeypatch.setenv("REDIS_URL", redis_url)
            monkeypatch.setenv("WECHATPAY_MCHID", "readme" + secrets.token_hex(6))  # Redis keys of this run only
            namespace: dict[str, Any] = {"__name__": "readme_webhook"}
            exec(compile(block, str(README), "exec"), namespace)  # noqa: S102 - our own README

            client = wechatpay_auth.create_client(
                exported["WECHATPAY_MCHID"],
                merchant_serial_no=exported["WECHATPAY_MERCHANT_SERIAL_NO"],
                merchant_private_key=exported["WECHATPAY_MERCHANT_PRIVATE_KEY"],
                wechatpay_public_key_id=exported["WECHATPAY_PUBLIC_KEY_ID"],
                wechatpay_public_key=exported["WECHATPAY_PUBLIC_KEY"],
                base_url=exported["WECHATPAY_BASE_URL"],
            )
            today = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
            body = InsurancePreSignMiniProgramRequest.from_dict(
                {
                    "appid": "wxd678efh567hg6787",
                    "plan_id": 12535,
                    "out_contract_code": "README0001",
                    "insured_display_name": "*明",
                    "contract_notify_url": f"http://127.0.0.1:{server.server_port}/notify",
                    "policy_start_date": today.isoformat(),
                    "policy_end_date": (today + dt.timedelta(days=30)).isoformat(),
                    "policy_periods": [
                        {
                            "policy_period_id": 1,
                            "estimated_deduct_date": today.isoformat(),
                            "estimated_deduct_amount": {"total": 100},
                        }
                    ],
                }
            )
            presign = pre_sign_mini_program.sync(client=client, body=body)
            out, err = io.StringIO(), io.StringIO()
            assert cli_main(["sandbox", "sign", presign.pre_entrustweb_id], out=out, err=err) == 0, err.getvalue()
            contract_id = json.loads(out.getvalue())["contract_id"]
            assert arrived.wait(10)
    finally:
        server.shutdown()
        server.server_close()

    headers, raw = captured[0]
    web = namespace["app"].test_client()
    tampered = web.post(
        "/wechatpay/notify", data=raw.replace(b"encrypt-resource", b"encrypt-resourcE"), headers=headers
    )
    assert tampered.status_code == 401
    assert tampered.get_json()["code"] == "FAIL"
    assert namespace["contracts"] == {}
    accepted = web.post("/wechatpay/notify", data=raw, headers=headers)
    assert accepted.status_code in (200, 204)
    assert namespace["contracts"] == {contract_id: "SIGNED"}
    assert namespace["store"].is_processed(json.loads(raw)["id"])  # recorded in Redis
