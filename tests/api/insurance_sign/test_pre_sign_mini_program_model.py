"""The generated mini-program pre-sign: model shape, repr masking, and the request on the wire."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from wechatpay_client import Client
from wechatpay_client.api.insurance_sign import pre_sign_mini_program
from wechatpay_client.models.insurance_amount import InsuranceAmount
from wechatpay_client.models.insurance_policy_clause import InsurancePolicyClause
from wechatpay_client.models.insurance_policy_coverage_detail import InsurancePolicyCoverageDetail
from wechatpay_client.models.insurance_policy_period_plan import InsurancePolicyPeriodPlan
from wechatpay_client.models.insurance_pre_sign_mini_program_request import InsurancePreSignMiniProgramRequest
from wechatpay_client.models.insurance_pre_sign_mini_program_response import InsurancePreSignMiniProgramResponse
from wechatpay_client.models.insurance_real_identity import InsuranceRealIdentity

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PATH = "/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program"


def documented_request() -> InsurancePreSignMiniProgramRequest:
    """Every field of the documented example, built through the typed constructors."""
    return InsurancePreSignMiniProgramRequest(
        appid="wxd678efh567hg6787",
        openid="oYobu0MVnQfWpSMOYJz2AHPG_gQw",
        plan_id=12535,
        out_contract_code="wxwtdk20200910100000",
        insured_display_name="*明",
        contract_notify_url="https://yourapp.com/notify",
        policy_start_date=datetime.date(2019, 11, 22),
        policy_end_date=datetime.date(2020, 11, 22),
        policy_periods=[
            InsurancePolicyPeriodPlan(
                policy_period_id=1,
                estimated_deduct_date=datetime.date(2019, 11, 22),
                estimated_deduct_amount=InsuranceAmount(total=1, currency="CNY"),
            )
        ],
        amount=InsuranceAmount(total=1, currency="CNY"),
        out_trade_no="1217752501201407033233368018",
        description="Image形象店-深圳腾大-QQ公仔",
        transaction_notify_url="https://www.qq.com/",
        out_user_code="用户昵称",
        goods_tag="DISCOUNTS",
        attach="自定义数据",
        can_auto_insure=True,
        can_auto_reinsure=True,
        real_identity=InsuranceRealIdentity(
            real_name="OEimkKuua8igpd+0YDgqF2Z61leeGD7x87j3Ph==",
            id_card_number="1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj==",
            identity_type="ID_CARD",
        ),
        combined_deduct_period_count=1,
    )


def test_model_serialises_to_the_documented_json() -> None:
    expected = json.loads((FIXTURES / "pre_sign_mini_program_request.json").read_text(encoding="utf-8"))
    assert documented_request().to_dict() == expected


def test_documented_json_parses_back_into_the_same_model() -> None:
    expected = json.loads((FIXTURES / "pre_sign_mini_program_request.json").read_text(encoding="utf-8"))
    parsed = InsurancePreSignMiniProgramRequest.from_dict(expected)
    assert parsed == documented_request()
    assert parsed.policy_start_date == datetime.date(2019, 11, 22)
    assert isinstance(parsed.policy_periods[0].estimated_deduct_amount.total, int)


def test_policy_coverage_detail_round_trips() -> None:
    period = InsurancePolicyPeriodPlan(
        policy_period_id=2,
        estimated_deduct_date=datetime.date(2026, 12, 1),
        estimated_deduct_amount=InsuranceAmount(total=2999),
        policy_coverage_detail=InsurancePolicyCoverageDetail(
            policy_amount="50000",
            policy_clauses=[InsurancePolicyClause(clause_name="意外身故", clause_quota="50000")],
        ),
    )
    data = period.to_dict()
    assert data == {
        "policy_period_id": 2,
        "estimated_deduct_date": "2026-12-01",
        "estimated_deduct_amount": {"total": 2999},
        "policy_coverage_detail": {
            "policy_amount": "50000",
            "policy_clauses": [{"clause_name": "意外身故", "clause_quota": "50000"}],
        },
    }
    assert InsurancePolicyPeriodPlan.from_dict(data) == period


def test_response_parses_the_documented_fields() -> None:
    data = json.loads((FIXTURES / "pre_sign_mini_program_response.json").read_text(encoding="utf-8"))
    response = InsurancePreSignMiniProgramResponse.from_dict(data)
    assert response.redirect_appid == "wxbd687630cd02ce1d"
    assert response.redirect_path == "pages/PwdExemptContract/index"
    assert response.pre_entrustweb_id == data["pre_entrustweb_id"]


def test_repr_masks_sensitive_values_at_every_level() -> None:
    identity = InsuranceRealIdentity(real_name="张三", id_card_number="110101199003070011")
    request = documented_request()
    request.real_identity = identity
    for text in (repr(identity), repr(request), str(request)):
        assert "张三" not in text
        assert "110101199003070011" not in text
        assert "real_name='<redacted>'" in text
    assert "identity_type=UNSET" in repr(identity)
    # Masking is only in repr: the value itself is untouched and serialised as given.
    assert identity.to_dict()["real_name"] == "张三"


def _capture(sent: list[httpx.Request], body: dict[str, Any]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_call_sends_method_path_header_body_and_operation_id() -> None:
    sent: list[httpx.Request] = []
    answer = json.loads((FIXTURES / "pre_sign_mini_program_response.json").read_text(encoding="utf-8"))
    client = Client(base_url="https://api.example.test")
    client.set_httpx_client(httpx.Client(base_url="https://api.example.test", transport=_capture(sent, answer)))
    result = pre_sign_mini_program.sync(client=client, body=documented_request(), wechatpay_serial="PUB_KEY_ID_0001")
    assert isinstance(result, InsurancePreSignMiniProgramResponse)
    assert result.pre_entrustweb_id == answer["pre_entrustweb_id"]
    [request] = sent
    assert request.method == "POST"
    assert request.url.raw_path == PATH.encode()
    assert request.headers["Wechatpay-Serial"] == "PUB_KEY_ID_0001"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == documented_request().to_dict()
    assert request.extensions["wechatpay_operation_id"] == "pre_sign_mini_program"


async def test_async_call_sends_the_same_request() -> None:
    sent: list[httpx.Request] = []
    answer = json.loads((FIXTURES / "pre_sign_mini_program_response.json").read_text(encoding="utf-8"))
    client = Client(base_url="https://api.example.test")
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://api.example.test", transport=_capture(sent, answer))
    )
    detailed = await pre_sign_mini_program.asyncio_detailed(client=client, body=documented_request())
    assert detailed.status_code == 200
    assert isinstance(detailed.parsed, InsurancePreSignMiniProgramResponse)
    [request] = sent
    assert request.url.raw_path == PATH.encode()
    assert "Wechatpay-Serial" not in request.headers  # optional: the auth plugin fills it
    assert request.extensions["wechatpay_operation_id"] == "pre_sign_mini_program"


def test_an_undocumented_status_raises_instead_of_returning_none() -> None:
    from wechatpay_client import errors

    client = Client(base_url="https://api.example.test")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://api.example.test",
            transport=httpx.MockTransport(lambda r: httpx.Response(400, json={"code": "PARAM_ERROR", "message": "x"})),
        )
    )
    with pytest.raises(errors.UnexpectedStatus) as info:
        pre_sign_mini_program.sync(client=client, body=documented_request())
    assert info.value.status_code == 400
