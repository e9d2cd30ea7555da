"""Each of the 12 operations through ``create_client`` (public-key mode), sync and async, against the sandbox.

Every test runs twice (``mode`` = ``sync`` / ``async``). Success tests check the model class and
the values that follow from the request; error tests check the exception class, ``status_code``,
``code``, a non-empty ``request_id`` and, for ``PARAM_ERROR``, the field named in ``detail``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from e2e_support import (
    AMOUNT,
    APPID,
    BEIJING,
    ID_CARD,
    MINI_PROGRAM_REDIRECT_APPID,
    MINI_PROGRAM_REDIRECT_PATH,
    PLAN_ID,
    REAL_NAME,
    Contracts,
    Receiver,
    call,
    call_detailed,
    capture_requests,
    check_api_error,
    common_fields,
    identity,
    mini_program_body,
    period_plans,
    renew_plans,
    today_beijing,
    unique,
)
from wechatpay_auth import APIError, BadRequestError, NotFoundError, PermissionDeniedError
from wechatpay_client.api.insurance_pay import apply_deduction, query_policy_period_schedule, schedule_policy_period
from wechatpay_client.api.insurance_sign import (
    list_policy_periods,
    modify_policy_periods,
    pre_sign_app,
    pre_sign_h5,
    pre_sign_jsapi,
    pre_sign_mini_program,
    query_contract,
    renew_contract,
    terminate_contract,
)
from wechatpay_client.models.insurance_amount import InsuranceAmount
from wechatpay_client.models.insurance_apply_deduction_request import InsuranceApplyDeductionRequest
from wechatpay_client.models.insurance_apply_deduction_response import InsuranceApplyDeductionResponse
from wechatpay_client.models.insurance_contract import InsuranceContract
from wechatpay_client.models.insurance_contract_query_response import InsuranceContractQueryResponse
from wechatpay_client.models.insurance_contract_terminate_info import InsuranceContractTerminateInfo
from wechatpay_client.models.insurance_modify_policy_periods_request import InsuranceModifyPolicyPeriodsRequest
from wechatpay_client.models.insurance_modify_policy_periods_response import InsuranceModifyPolicyPeriodsResponse
from wechatpay_client.models.insurance_policy_period_list_item import InsurancePolicyPeriodListItem
from wechatpay_client.models.insurance_policy_period_list_response import InsurancePolicyPeriodListResponse
from wechatpay_client.models.insurance_policy_period_state import InsurancePolicyPeriodState
from wechatpay_client.models.insurance_pre_sign_app_request import InsurancePreSignAppRequest
from wechatpay_client.models.insurance_pre_sign_app_response import InsurancePreSignAppResponse
from wechatpay_client.models.insurance_pre_sign_h5_request import InsurancePreSignH5Request
from wechatpay_client.models.insurance_pre_sign_h5_response import InsurancePreSignH5Response
from wechatpay_client.models.insurance_pre_sign_jsapi_request import InsurancePreSignJsapiRequest
from wechatpay_client.models.insurance_pre_sign_jsapi_response import InsurancePreSignJsapiResponse
from wechatpay_client.models.insurance_pre_sign_mini_program_response import InsurancePreSignMiniProgramResponse
from wechatpay_client.models.insurance_renew_contract_request import InsuranceRenewContractRequest
from wechatpay_client.models.insurance_schedule_policy_period_request import InsuranceSchedulePolicyPeriodRequest
from wechatpay_client.models.insurance_terminate_contract_request import InsuranceTerminateContractRequest
from wechatpay_client.types import UNSET
from wechatpay_sandbox import Sandbox

TODAY = today_beijing  # evaluated per test, so a run across midnight uses the same day as the sandbox


def schedule_body(total: int = AMOUNT, appid: str = APPID) -> InsuranceSchedulePolicyPeriodRequest:
    return InsuranceSchedulePolicyPeriodRequest(
        appid=appid, scheduled_amount=InsuranceAmount(total=total, currency="CNY")
    )


def apply_body(
    contract_id: str, period_id: int, notify_url: str, *, total: int = AMOUNT, out_trade_no: str | None = None
) -> InsuranceApplyDeductionRequest:
    return InsuranceApplyDeductionRequest(
        appid=APPID,
        out_trade_no=out_trade_no or unique("t"),
        description="保险自动续费",
        transaction_notify_url=notify_url,
        contract_id=contract_id,
        policy_period_id=period_id,
        amount=InsuranceAmount(total=total, currency="CNY"),
        attach="e2e",
    )


def app_body(code: str, notify_url: str, **extra: Any) -> InsurancePreSignAppRequest:
    fields = common_fields(code, notify_url)
    fields["policy_periods"] = renew_plans(fields["policy_periods"])
    return InsurancePreSignAppRequest(**{**fields, **extra})


def h5_body(code: str, notify_url: str, **extra: Any) -> InsurancePreSignH5Request:
    fields = common_fields(code, notify_url)
    fields["policy_periods"] = period_plans(fields["policy_periods"])
    return InsurancePreSignH5Request(**{**fields, **extra})


def jsapi_body(code: str, notify_url: str, **extra: Any) -> InsurancePreSignJsapiRequest:
    fields = common_fields(code, notify_url)
    fields["policy_periods"] = period_plans(fields["policy_periods"])
    return InsurancePreSignJsapiRequest(**{**fields, **extra})


# =========================================================================== #1-#4 pre-sign


async def test_pre_sign_mini_program(mode: str, client: Any, sandbox: Sandbox, receiver: Receiver) -> None:
    code = unique("mp")
    body = mini_program_body(code, receiver.url("/contract"), with_identity=True)
    with capture_requests(client) as sent:
        result = await call(mode, pre_sign_mini_program, client=client, body=body)

    assert type(result) is InsurancePreSignMiniProgramResponse
    assert result.redirect_appid == MINI_PROGRAM_REDIRECT_APPID
    assert result.redirect_path == MINI_PROGRAM_REDIRECT_PATH
    session = sandbox.state.session(result.pre_entrustweb_id)
    assert (session.channel, session.out_contract_code, session.plan_id) == ("mini_program", code, PLAN_ID)
    # the sandbox decrypted what the SDK encrypted; the plaintext never went over the wire
    assert session.real_identity is not None
    assert (session.real_identity.real_name, session.real_identity.id_card_number) == (REAL_NAME, ID_CARD)
    assert len(sent) == 1
    wire = sent[0].content.decode("utf-8")
    assert REAL_NAME not in wire and ID_CARD not in wire
    assert sent[0].headers["Wechatpay-Serial"] == sandbox.credentials.public_key_id


async def test_pre_sign_mini_program_duplicate_out_contract_code(
    mode: str, client: Any, contracts: Contracts, receiver: Receiver
) -> None:
    existing = contracts.signed()
    body = mini_program_body(existing.out_contract_code, receiver.url("/contract"))
    with pytest.raises(APIError) as info:
        await call(mode, pre_sign_mini_program, client=client, body=body)
    check_api_error(info.value, BadRequestError, 400, "CONTRACT_ALREADY_EXISTS")


async def test_pre_sign_app(mode: str, client: Any, sandbox: Sandbox, receiver: Receiver) -> None:
    code = unique("app")
    body = app_body(code, receiver.url("/contract"), real_identity=identity(), can_auto_insure=True)
    result = await call(mode, pre_sign_app, client=client, body=body)

    assert type(result) is InsurancePreSignAppResponse
    session = sandbox.state.session(result.pre_entrustweb_id)
    assert (session.channel, session.out_contract_code) == ("app", code)
    assert session.real_identity is not None and session.real_identity.real_name == REAL_NAME
    contract = sandbox.simulate_user_sign(result.pre_entrustweb_id)
    assert contract.can_auto_insure is True
    assert [p.policy_period_id for p in contract.periods] == [1, 2]


async def test_pre_sign_app_end_before_start(mode: str, client: Any, receiver: Receiver) -> None:
    today = TODAY()
    body = app_body(unique("app"), receiver.url("/contract"), policy_end_date=today - dt.timedelta(days=1))
    with pytest.raises(APIError) as info:
        await call(mode, pre_sign_app, client=client, body=body)
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="/policy_end_date")


async def test_pre_sign_h5(mode: str, client: Any, sandbox: Sandbox, receiver: Receiver) -> None:
    code = unique("h5")
    body = h5_body(code, receiver.url("/contract"), real_identity=identity())
    result = await call(mode, pre_sign_h5, client=client, body=body)

    assert type(result) is InsurancePreSignH5Response
    assert result.redirect_url.startswith(f"{sandbox.base_url}/sandbox/sessions/")
    session = sandbox.state.session(result.redirect_url)
    assert (session.channel, session.out_contract_code) == ("h5", code)
    assert session.real_identity is not None and session.real_identity.id_card_number == ID_CARD
    # the user opens the redirect URL and signs
    assert sandbox.simulate_user_sign(result.redirect_url).out_contract_code == code


async def test_pre_sign_h5_incomplete_trade_block(mode: str, client: Any, receiver: Receiver) -> None:
    # amount without out_trade_no / transaction_notify_url
    body = h5_body(unique("h5"), receiver.url("/contract"), amount=InsuranceAmount(total=AMOUNT, currency="CNY"))
    with pytest.raises(APIError) as info:
        await call(mode, pre_sign_h5, client=client, body=body)
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="/out_trade_no")


async def test_pre_sign_jsapi(mode: str, client: Any, sandbox: Sandbox, receiver: Receiver) -> None:
    code = unique("js")
    openid = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
    body = jsapi_body(code, receiver.url("/contract"), openid=openid, out_user_code="user-42")
    result = await call(mode, pre_sign_jsapi, client=client, body=body)

    assert type(result) is InsurancePreSignJsapiResponse
    assert result.redirect_url.startswith(f"{sandbox.base_url}/sandbox/sessions/")
    session = sandbox.state.session(result.redirect_url)
    assert (session.channel, session.out_contract_code, session.real_identity) == ("jsapi", code, None)
    contract = sandbox.simulate_user_sign(result.redirect_url)
    assert (contract.openid, contract.out_user_code) == (openid, "user-42")


async def test_pre_sign_jsapi_relative_notify_url(mode: str, client: Any) -> None:
    body = jsapi_body(unique("js"), "/notify/contract")
    with pytest.raises(APIError) as info:
        await call(mode, pre_sign_jsapi, client=client, body=body)
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="/contract_notify_url")


# =========================================================================== #5 query, #6 terminate, #7 renew


async def test_query_contract(mode: str, client: Any, sandbox: Sandbox, contracts: Contracts) -> None:
    contract = contracts.signed(openid="oQueryOpenid0000000000000001")
    result = await call(
        mode, query_contract, plan_id=PLAN_ID, out_contract_code=contract.out_contract_code, client=client
    )

    assert type(result) is InsuranceContractQueryResponse
    assert result.contract_id == contract.contract_id
    assert (result.plan_id, result.out_contract_code, result.appid) == (PLAN_ID, contract.out_contract_code, APPID)
    assert result.mchid == sandbox.credentials.mchid
    assert result.contract_state == "SIGNED"
    assert result.openid == "oQueryOpenid0000000000000001"
    assert result.insured_display_name == "*三"
    assert isinstance(result.contract_expired_time, dt.datetime)
    expires = result.contract_expired_time.astimezone(BEIJING)
    assert (expires.date(), expires.time()) == (TODAY() + dt.timedelta(days=364), dt.time(23, 59, 59))
    assert result.contract_terminate_info is UNSET


async def test_query_contract_unknown(mode: str, client: Any) -> None:
    with pytest.raises(APIError) as info:
        await call(mode, query_contract, plan_id=PLAN_ID, out_contract_code=unique("nope"), client=client)
    check_api_error(info.value, NotFoundError, 404, "CONTRACT_NOT_EXIST")


async def test_terminate_contract(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed()
    remark = "用户申请退保"
    result = await call(
        mode,
        terminate_contract,
        plan_id=PLAN_ID,
        out_contract_code=contract.out_contract_code,
        client=client,
        body=InsuranceTerminateContractRequest(contract_termination_remark=remark),
    )

    assert type(result) is InsuranceContract
    assert (result.contract_id, result.contract_state) == (contract.contract_id, "TERMINATED")
    info = result.contract_terminate_info
    assert type(info) is InsuranceContractTerminateInfo
    assert (info.contract_termination_mode, info.contract_termination_remark) == ("MCH_API_TERMINATE", remark)
    assert isinstance(info.contract_terminated_time, dt.datetime)
    assert abs(info.contract_terminated_time.timestamp() - dt.datetime.now(dt.UTC).timestamp()) < 60
    queried = query_contract.sync(plan_id=PLAN_ID, out_contract_code=contract.out_contract_code, client=client)
    assert queried.contract_state == "TERMINATED"


async def test_terminate_contract_twice(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed()
    body = InsuranceTerminateContractRequest(contract_termination_remark="first")
    terminate_contract.sync(plan_id=PLAN_ID, out_contract_code=contract.out_contract_code, client=client, body=body)
    with pytest.raises(APIError) as info:
        await call(
            mode,
            terminate_contract,
            plan_id=PLAN_ID,
            out_contract_code=contract.out_contract_code,
            client=client,
            body=InsuranceTerminateContractRequest(contract_termination_remark="again"),
        )
    check_api_error(info.value, BadRequestError, 400, "INVALID_REQUEST")
    assert "TERMINATED" in (info.value.message or "")


async def test_renew_contract(mode: str, client: Any, sandbox: Sandbox, contracts: Contracts) -> None:
    contract = contracts.signed(can_auto_insure=True)
    old_end = contract.policy_end_date
    sandbox.expire_contract(contract.contract_id)
    next_day = TODAY() + dt.timedelta(days=365)
    body = InsuranceRenewContractRequest(appid=APPID, policy_periods=renew_plans([(3, next_day, 3999)]))
    response = await call_detailed(
        mode, renew_contract, plan_id=PLAN_ID, contract_id=contract.contract_id, client=client, body=body
    )

    assert response.status_code == 204
    assert response.parsed is None
    assert response.content == b""
    renewed = sandbox.state.contract(contract.contract_id)
    assert renewed.renewals == 1
    record = sandbox.wait_for_notification(
        "INSURANCE_ENTRUST.RENEW", predicate=lambda r: r.resource["contract_id"] == contract.contract_id
    )
    assert record.url == contracts.notify_url
    try:
        expected_end = old_end.replace(year=old_end.year + 1)
    except ValueError:  # 29 February
        expected_end = old_end.replace(year=old_end.year + 1, day=28)
    assert renewed.policy_end_date == expected_end
    listed = list_policy_periods.sync(PLAN_ID, contract.out_contract_code, client=client)
    assert listed.data is not UNSET
    assert [(p.policy_period_id, p.estimated_deduct_amount.total) for p in listed.data][-1] == (3, 3999)


async def test_renew_contract_not_expired(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed(can_auto_insure=True)
    body = InsuranceRenewContractRequest(
        appid=APPID, policy_periods=renew_plans([(3, TODAY() + dt.timedelta(days=365), AMOUNT)])
    )
    with pytest.raises(APIError) as info:
        await call_detailed(
            mode, renew_contract, plan_id=PLAN_ID, contract_id=contract.contract_id, client=client, body=body
        )
    check_api_error(info.value, BadRequestError, 400, "INVALID_REQUEST")
    assert "not expired" in (info.value.message or "")


async def test_renew_contract_wrong_appid(mode: str, client: Any, sandbox: Sandbox, contracts: Contracts) -> None:
    contract = contracts.signed(can_auto_insure=True)
    sandbox.expire_contract(contract.contract_id)
    body = InsuranceRenewContractRequest(
        appid="wx0000000000000000", policy_periods=renew_plans([(3, TODAY() + dt.timedelta(days=365), AMOUNT)])
    )
    with pytest.raises(APIError) as info:
        await call_detailed(
            mode, renew_contract, plan_id=PLAN_ID, contract_id=contract.contract_id, client=client, body=body
        )
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="/appid")


# =========================================================================== #8 list, #9 modify


async def test_list_policy_periods(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    contract = contracts.signed(
        periods=[(1, today, 1000), (2, today + dt.timedelta(days=30), 2000), (3, today + dt.timedelta(days=60), 3000)]
    )
    result = await call(mode, list_policy_periods, PLAN_ID, contract.out_contract_code, client=client)

    assert type(result) is InsurancePolicyPeriodListResponse
    assert (result.limit, result.offset, result.total_count) == (20, 0, 3)
    assert result.data is not UNSET
    assert all(type(item) is InsurancePolicyPeriodListItem for item in result.data)
    assert [(p.policy_period_id, p.estimated_deduct_date, p.estimated_deduct_amount.total) for p in result.data] == [
        (1, today, 1000),
        (2, today + dt.timedelta(days=30), 2000),
        (3, today + dt.timedelta(days=60), 3000),
    ]
    assert {p.policy_period_state for p in result.data} == {"NO_SCHEDULED"}

    page = await call(mode, list_policy_periods, PLAN_ID, contract.out_contract_code, client=client, limit=1, offset=1)
    assert (page.limit, page.offset, page.total_count) == (1, 1, 3)
    assert [p.policy_period_id for p in page.data] == [2]


async def test_list_policy_periods_unknown_contract(mode: str, client: Any) -> None:
    with pytest.raises(APIError) as info:
        await call(mode, list_policy_periods, PLAN_ID, unique("nope"), client=client)
    check_api_error(info.value, NotFoundError, 404, "CONTRACT_NOT_EXIST")


async def test_list_policy_periods_limit_zero(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed()
    with pytest.raises(APIError) as info:
        await call(mode, list_policy_periods, PLAN_ID, contract.out_contract_code, client=client, limit=0)
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="limit")


def _modify_body(periods: list[tuple[int, dt.date, int]], **extra: Any) -> InsuranceModifyPolicyPeriodsRequest:
    return InsuranceModifyPolicyPeriodsRequest(appid=APPID, policy_periods=renew_plans(periods), **extra)


async def test_modify_policy_periods_lowers_an_amount(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    later = today + dt.timedelta(days=30)
    contract = contracts.signed(periods=[(1, today, AMOUNT), (2, later, AMOUNT)])
    body = _modify_body([(1, today, AMOUNT), (2, later, 1999)])
    result = await call(mode, modify_policy_periods, PLAN_ID, contract.contract_id, client=client, body=body)

    assert type(result) is InsuranceModifyPolicyPeriodsResponse
    assert result.policy_periods is not UNSET
    assert [
        (p.policy_period_id, p.estimated_deduct_date, p.estimated_deduct_amount.total) for p in result.policy_periods
    ] == [
        (1, today, AMOUNT),
        (2, later, 1999),
    ]
    assert result.cancel_scheduled_policy_period_id is UNSET
    listed = list_policy_periods.sync(PLAN_ID, contract.out_contract_code, client=client)
    assert [p.estimated_deduct_amount.total for p in listed.data] == [AMOUNT, 1999]


async def test_modify_policy_periods_cancels_a_scheduled_period(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    contract = contracts.signed(periods=[(1, today, AMOUNT)])
    schedule_policy_period.sync(contract.contract_id, 1, client=client, body=schedule_body())
    body = _modify_body([(1, today, 1500)], allow_cancel_scheduled=True)
    result = await call(mode, modify_policy_periods, PLAN_ID, contract.contract_id, client=client, body=body)

    assert result.cancel_scheduled_policy_period_id == 1
    state = query_policy_period_schedule.sync(contract.contract_id, 1, client=client)
    assert (state.policy_period_state, state.scheduled_amount) == ("NO_SCHEDULED", UNSET)


async def test_modify_policy_periods_raising_an_amount(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    later = today + dt.timedelta(days=30)
    contract = contracts.signed(periods=[(1, today, AMOUNT), (2, later, AMOUNT)])
    body = _modify_body([(1, today, AMOUNT), (2, later, AMOUNT + 1)])
    with pytest.raises(APIError) as info:
        await call(mode, modify_policy_periods, PLAN_ID, contract.contract_id, client=client, body=body)
    check_api_error(info.value, PermissionDeniedError, 403, "RULE_LIMIT")
    assert "lowered" in (info.value.message or "")
    listed = list_policy_periods.sync(PLAN_ID, contract.out_contract_code, client=client)
    assert [p.estimated_deduct_amount.total for p in listed.data] == [AMOUNT, AMOUNT]


async def test_modify_policy_periods_unknown_period(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    contract = contracts.signed(periods=[(1, today, AMOUNT)])
    body = _modify_body([(1, today, AMOUNT), (9, today, AMOUNT)])
    with pytest.raises(APIError) as info:
        await call(mode, modify_policy_periods, PLAN_ID, contract.contract_id, client=client, body=body)
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="/policy_periods/1/policy_period_id")


# =========================================================================== #10 schedule, #11 query schedule


async def test_schedule_policy_period(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    contract = contracts.signed()
    result = await call(mode, schedule_policy_period, contract.contract_id, 1, client=client, body=schedule_body())

    assert type(result) is InsurancePolicyPeriodState
    assert (result.policy_period_id, result.policy_period_state) == (1, "SCHEDULED")
    assert result.scheduled_amount is not UNSET
    assert (result.scheduled_amount.total, result.scheduled_amount.currency) == (AMOUNT, "CNY")
    assert result.deduct_start_date == today + dt.timedelta(days=1)
    assert result.deduct_end_date == today + dt.timedelta(days=28)


@pytest.mark.parametrize(
    ("case", "period_id", "total", "message"),
    [
        ("twice", 1, AMOUNT, "only once"),
        ("wrong_amount", 1, AMOUNT - 1, "must equal the estimated amount"),
        ("before_window", 2, AMOUNT, "opens on"),
        ("after_window", 3, AMOUNT, "closed on"),
    ],
)
async def test_schedule_policy_period_rules(
    mode: str, client: Any, contracts: Contracts, case: str, period_id: int, total: int, message: str
) -> None:
    today = TODAY()
    contract = contracts.signed(
        periods=[
            (1, today, AMOUNT),
            (2, today + dt.timedelta(days=30), AMOUNT),
            (3, today - dt.timedelta(days=29), AMOUNT),
        ]
    )
    if case == "twice":
        schedule_policy_period.sync(contract.contract_id, 1, client=client, body=schedule_body())
    with pytest.raises(APIError) as info:
        await call(
            mode, schedule_policy_period, contract.contract_id, period_id, client=client, body=schedule_body(total)
        )
    check_api_error(info.value, PermissionDeniedError, 403, "RULE_LIMIT")
    assert message in (info.value.message or "")


async def test_schedule_policy_period_unknown_contract(mode: str, client: Any) -> None:
    with pytest.raises(APIError) as info:
        await call(mode, schedule_policy_period, unique("SBX"), 1, client=client, body=schedule_body())
    check_api_error(info.value, NotFoundError, 404, "CONTRACT_NOT_EXIST")


async def test_query_policy_period_schedule(mode: str, client: Any, contracts: Contracts) -> None:
    today = TODAY()
    contract = contracts.signed()
    schedule_policy_period.sync(contract.contract_id, 1, client=client, body=schedule_body())
    scheduled = await call(mode, query_policy_period_schedule, contract.contract_id, 1, client=client)
    unscheduled = await call(mode, query_policy_period_schedule, contract.contract_id, 2, client=client)

    assert type(scheduled) is InsurancePolicyPeriodState
    assert (scheduled.policy_period_id, scheduled.policy_period_state) == (1, "SCHEDULED")
    assert scheduled.scheduled_amount is not UNSET and scheduled.scheduled_amount.total == AMOUNT
    assert (scheduled.deduct_start_date, scheduled.deduct_end_date) == (
        today + dt.timedelta(days=1),
        today + dt.timedelta(days=28),
    )
    assert scheduled.deduct_amount is UNSET
    assert type(unscheduled) is InsurancePolicyPeriodState
    assert (unscheduled.policy_period_id, unscheduled.policy_period_state) == (2, "NO_SCHEDULED")
    assert (unscheduled.scheduled_amount, unscheduled.deduct_start_date) == (UNSET, UNSET)


async def test_query_policy_period_schedule_unknown_period(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed()
    with pytest.raises(APIError) as info:
        await call(mode, query_policy_period_schedule, contract.contract_id, 77, client=client)
    check_api_error(info.value, NotFoundError, 404, "RESOURCE_NOT_EXISTS")


# =========================================================================== #12 apply


async def test_apply_deduction(
    mode: str, client: Any, sandbox: Sandbox, contracts: Contracts, receiver: Receiver
) -> None:
    today = TODAY()
    contract = contracts.signed()
    schedule_policy_period.sync(contract.contract_id, 1, client=client, body=schedule_body())
    out_trade_no = unique("t")
    body = apply_body(contract.contract_id, 1, receiver.url("/transaction"), out_trade_no=out_trade_no)
    result = await call(mode, apply_deduction, client=client, body=body)

    assert type(result) is InsuranceApplyDeductionResponse
    assert result.out_trade_no == out_trade_no
    assert (result.amount.total, result.amount.currency) == (AMOUNT, "CNY")
    trade = sandbox.state.trade(out_trade_no)
    assert (trade.contract_id, trade.policy_period_id, trade.total) == (contract.contract_id, 1, AMOUNT)
    state = query_policy_period_schedule.sync(contract.contract_id, 1, client=client)
    assert state.policy_period_state == "DEDUCTED"
    assert state.deduct_amount is not UNSET and state.deduct_amount.total == AMOUNT
    assert state.deduct_date == today


@pytest.mark.parametrize(
    ("case", "period_id", "total", "message"),
    [
        ("unscheduled", 2, AMOUNT, "only a SCHEDULED period"),
        ("wrong_amount", 1, AMOUNT + 100, "must equal the scheduled amount"),
    ],
)
async def test_apply_deduction_rules(
    mode: str,
    client: Any,
    sandbox: Sandbox,
    contracts: Contracts,
    receiver: Receiver,
    case: str,
    period_id: int,
    total: int,
    message: str,
) -> None:
    contract = contracts.signed()
    schedule_policy_period.sync(contract.contract_id, 1, client=client, body=schedule_body())
    body = apply_body(contract.contract_id, period_id, receiver.url("/transaction"), total=total)
    with pytest.raises(APIError) as info:
        await call(mode, apply_deduction, client=client, body=body)
    check_api_error(info.value, PermissionDeniedError, 403, "RULE_LIMIT")
    assert message in (info.value.message or "")
    assert body.out_trade_no not in {t.out_trade_no for t in sandbox.state.trades()}


async def test_apply_deduction_relative_notify_url(mode: str, client: Any, contracts: Contracts) -> None:
    contract = contracts.signed()
    schedule_policy_period.sync(contract.contract_id, 1, client=client, body=schedule_body())
    with pytest.raises(APIError) as info:
        await call(mode, apply_deduction, client=client, body=apply_body(contract.contract_id, 1, "notify/transaction"))
    check_api_error(info.value, BadRequestError, 400, "PARAM_ERROR", field="/transaction_notify_url")
