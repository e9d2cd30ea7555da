"""mypy checks user code through ``wxpay.<tag>.<operation>(...)``: a wrong field type is caught."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CORRECT = """
import datetime
from wechatpay_typed import AsyncWeChatPay, WeChatPay, models

def run(wxpay: WeChatPay) -> str:
    body = models.InsurancePreSignMiniProgramRequest(
        appid="wxd678efh567hg6787", plan_id=12535, out_contract_code="C1", insured_display_name="*明",
        contract_notify_url="https://yourapp.example/notify",
        policy_start_date=datetime.date(2026, 12, 1), policy_end_date=datetime.date(2027, 11, 30),
        policy_periods=[models.InsurancePolicyPeriodPlan(
            policy_period_id=1, estimated_deduct_date=datetime.date(2026, 12, 1),
            estimated_deduct_amount=models.InsuranceAmount(total=2999, currency="CNY"))],
    )
    answer = wxpay.insurance_sign.pre_sign_mini_program(body=body)
    transaction = wxpay.with_options(timeout=5, max_retries=0).pay.query_transaction_by_out_trade_no("T1", mchid="1")
    raw = wxpay.with_raw_response.insurance_sign.query_contract(12535, "C1")
    dict_body = wxpay.insurance_sign.pre_sign_mini_program(body={"plan_id": 12535})
    return answer.pre_entrustweb_id + str(transaction.trade_state) + str(raw.request_id) + dict_body.pre_entrustweb_id

async def arun(wxpay: AsyncWeChatPay) -> str:
    refund = await wxpay.refunds.query_refund("R1")
    return refund.refund_id
"""

WRONG = """
from wechatpay_typed import AsyncWeChatPay, WeChatPay, models

def run(wxpay: WeChatPay) -> None:
    wxpay.insurance_sign.pre_sign_mini_program(body=models.InsurancePreSignMiniProgramRequest(
        appid="wx1", plan_id="12535", out_contract_code="C1", insured_display_name="*明",
        contract_notify_url="https://x", policy_start_date="2026-12-01", policy_end_date="2027-11-30",
        policy_periods=[]))
    wxpay.insurance_sign.query_contract("12535", "C1")
    wxpay.pay.query_transaction_by_out_trade_no("T1", mchid=1)
    wxpay.pay.query_transaction_by_out_trade_no("T1", mch_id="1")
    answer: int = wxpay.insurance_sign.query_contract(12535, "C1")

async def arun(wxpay: AsyncWeChatPay) -> None:
    refund: str = await wxpay.refunds.query_refund("R1")
"""


def run_mypy(tmp_path: Path, source: str) -> list[str]:
    user = tmp_path / "user_code.py"
    user.write_text(textwrap.dedent(source), encoding="utf-8")
    cache = REPO / ".cache" / "mypy-user-code"  # .cache/ is git-ignored; warm runs take seconds
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            "--config-file",
            str(REPO / "pyproject.toml"),
            str(user),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=600,
    )
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert (result.returncode == 0) == (not lines), result.stdout + result.stderr
    return lines


def test_correct_user_code_type_checks(tmp_path: Path) -> None:
    assert run_mypy(tmp_path, CORRECT) == []


def test_mypy_catches_wrong_types_through_the_client(tmp_path: Path) -> None:
    errors = run_mypy(tmp_path, WRONG)
    text = "\n".join(errors)
    expected = [
        r':6: error: Argument "plan_id" to "InsurancePreSignMiniProgramRequest" has incompatible type "str"; expected "int"',
        r':7: error: Argument "policy_start_date" .* has incompatible type "str"; expected "date"',
        r':9: error: Argument 1 to "query_contract" of "InsuranceSignResource" has incompatible type "str"; expected "int"',
        r':10: error: Argument "mchid" to "query_transaction_by_out_trade_no" of "PayResource" has incompatible type "int"',
        r':11: error: Unexpected keyword argument "mch_id" for "query_transaction_by_out_trade_no" of "PayResource"',
        r':12: error: Incompatible types in assignment \(expression has type "InsuranceContractQueryResponse"',
        r':15: error: Incompatible types in assignment \(expression has type "Refund", variable has type "str"\)',
    ]
    for pattern in expected:
        assert re.search(pattern, text), f"{pattern}\n--- mypy said:\n{text}"
