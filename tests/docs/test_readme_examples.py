"""The README's Python examples run as written (the first one against a sandbox instead of WeChat Pay)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest
import wechatpay_auth
from wechatpay_sandbox import Sandbox

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
    assert any("pre_sign_mini_program.sync(client=client, body=body)" in b for b in blocks)
    assert any("with Sandbox(" in b for b in blocks)


def test_calling_example_runs_against_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    [block] = [b for b in python_blocks() if "pre_sign_mini_program.sync(client=client, body=body)" in b]
    with Sandbox("public_key") as sb:
        creds = sb.credentials
        real_create_client = wechatpay_auth.create_client

        def create_client(**_documented_placeholders: Any) -> Any:
            # The README shows placeholder credentials; the rest of the example runs unchanged.
            return real_create_client(
                creds.mchid,
                merchant_serial_no=creds.merchant_serial_no,
                merchant_private_key=creds.merchant_private_key_pem,
                wechatpay_public_key_id=creds.public_key_id,
                wechatpay_public_key=creds.wechatpay_public_key_pem,
                base_url=sb.base_url,
            )

        monkeypatch.setattr(wechatpay_auth, "create_client", create_client)
        output = run_block(block)
        printed_model, printed_response = output.splitlines()[:2]
        pre_entrustweb_id, redirect_appid, redirect_path = printed_response.split()
        stored = sb.state.session(pre_entrustweb_id).real_identity  # the sandbox decrypted what the SDK encrypted
    assert "real_name='<redacted>'" in printed_model and "张三" not in printed_model
    assert (redirect_appid, redirect_path) == ("wxbd687630cd02ce1d", "pages/PwdExemptContract/index")
    assert stored is not None and (stored.real_name, stored.id_card_number) == ("张三", "110101199003070011")


def test_sandbox_example_runs_as_written() -> None:
    [block] = [b for b in python_blocks() if "with Sandbox(" in b]
    output = run_block(block)
    assert output.startswith("CONTRACT_NOT_EXIST ")
