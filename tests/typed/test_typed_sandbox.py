"""``WeChatPay`` / ``AsyncWeChatPay`` against the sandbox: round trips, raw answers, options, dict bodies."""

from __future__ import annotations

import datetime as dt
import socket
import uuid
from collections.abc import Awaitable
from typing import Any, TypeVar

import attrs
import httpx
import pytest
from wechatpay_client.api.insurance_sign import pre_sign_mini_program
from wechatpay_client.models import InsuranceContractQueryResponse, Refund, Transaction
from wechatpay_sandbox import Sandbox
from wechatpay_typed import (
    APIConnectionError,
    AsyncWeChatPay,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RequestValidationError,
    RetryPolicy,
    WeChatPay,
    WeChatPayError,
    models,
)
from wxpay_kit import client_arguments

T = TypeVar("T")
PLAN_ID = 12535
APPID = "wxd678efh567hg6787"


def unique(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:20]


def pre_sign_json(code: str, *, real_identity: bool = True) -> dict[str, Any]:
    """A mini-program pre-sign body in its JSON form (what ``body=`` also accepts)."""
    start = dt.date.today() + dt.timedelta(days=1)
    body: dict[str, Any] = {
        "appid": APPID,
        "plan_id": PLAN_ID,
        "out_contract_code": code,
        "insured_display_name": "*明",
        "contract_notify_url": "https://yourapp.example/notify",
        "policy_start_date": start.isoformat(),
        "policy_end_date": (start + dt.timedelta(days=364)).isoformat(),
        "policy_periods": [
            {
                "policy_period_id": 1,
                "estimated_deduct_date": start.isoformat(),
                "estimated_deduct_amount": {"total": 2999, "currency": "CNY"},
            }
        ],
    }
    if real_identity:
        body["real_identity"] = {"real_name": "张三", "id_card_number": "110101199003070011"}
    return body


def jsapi_json(out_trade_no: str, mchid: str) -> dict[str, Any]:
    return {
        "appid": APPID,
        "mchid": mchid,
        "description": "测试商品",
        "out_trade_no": out_trade_no,
        "notify_url": "https://yourapp.example/pay-notify",
        "amount": {"total": 100, "currency": "CNY"},
        "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
    }


class Call:
    """Runs the same steps on ``WeChatPay`` (sync) or ``AsyncWeChatPay`` (async)."""

    def __init__(self, mode: str, wxpay: WeChatPay | AsyncWeChatPay) -> None:
        self.mode = mode
        self.wxpay = wxpay

    async def __call__(self, result: T | Awaitable[T]) -> T:
        if self.mode == "async":
            assert isinstance(result, Awaitable)
            return await result
        assert not isinstance(result, Awaitable)
        return result


@pytest.fixture(params=["sync", "async"])
async def call(request: pytest.FixtureRequest, sandbox: Sandbox) -> Any:
    if request.param == "sync":
        with WeChatPay(**client_arguments(sandbox)) as wxpay:
            yield Call("sync", wxpay)
    else:
        async with AsyncWeChatPay(**client_arguments(sandbox)) as awxpay:
            yield Call("async", awxpay)


async def test_round_trip_of_the_insurance_payment_and_refund_operations(call: Call, sandbox: Sandbox) -> None:
    wxpay: Any = call.wxpay
    mchid = sandbox.credentials.mchid
    # insurance_sign: a dict body (sensitive fields in plaintext) is converted, encrypted and signed
    code = unique("c")
    pre = await call(wxpay.insurance_sign.pre_sign_mini_program(body=pre_sign_json(code)))
    assert isinstance(pre, models.InsurancePreSignMiniProgramResponse)
    stored = sandbox.state.session(pre.pre_entrustweb_id).real_identity  # the sandbox decrypted it
    assert stored is not None and (stored.real_name, stored.id_card_number) == ("张三", "110101199003070011")
    sandbox.simulate_user_sign(pre.pre_entrustweb_id)
    contract = await call(wxpay.insurance_sign.query_contract(PLAN_ID, code))
    assert isinstance(contract, InsuranceContractQueryResponse)
    assert (contract.out_contract_code, contract.contract_state) == (code, "SIGNED")
    terminated = await call(
        wxpay.insurance_sign.terminate_contract(
            PLAN_ID, code, body=models.InsuranceTerminateContractRequest(contract_termination_remark="退保")
        )
    )
    assert terminated.contract_state == "TERMINATED"
    # pay: create, query (path + query parameters), the user pays, query again
    out_trade_no = unique("o")
    prepay = await call(wxpay.pay.create_jsapi_transaction(body=jsapi_json(out_trade_no, mchid)))
    assert prepay.prepay_id
    before = await call(wxpay.pay.query_transaction_by_out_trade_no(out_trade_no, mchid=mchid))
    assert isinstance(before, Transaction) and before.trade_state == "NOTPAY"
    sandbox.simulate_payment(out_trade_no)
    paid = await call(
        wxpay.with_options(timeout=5, max_retries=0).pay.query_transaction_by_out_trade_no(
            out_trade_no=out_trade_no, mchid=mchid
        )
    )
    assert paid.trade_state == "SUCCESS" and paid.transaction_id
    # refunds: create with a dict body, then query
    out_refund_no = unique("r")
    refund = await call(
        wxpay.refunds.create_refund(
            body={
                "transaction_id": paid.transaction_id,
                "out_refund_no": out_refund_no,
                "amount": {"refund": 40, "total": 100, "currency": "CNY"},
            }
        )
    )
    assert isinstance(refund, Refund) and refund.out_refund_no == out_refund_no
    queried = await call(wxpay.refunds.query_refund(out_refund_no))
    assert queried.refund_id == refund.refund_id and queried.amount.refund == 40
    # an error status is the typed APIError
    with pytest.raises(NotFoundError) as info:
        await call(wxpay.insurance_sign.query_contract(PLAN_ID, "NO_SUCH_CONTRACT"))
    assert info.value.code == "CONTRACT_NOT_EXIST" and info.value.request_id


async def test_raw_response_gives_status_headers_request_id_and_the_typed_result(call: Call) -> None:
    raw = await call(call.wxpay.with_raw_response.insurance_sign.pre_sign_mini_program(body=pre_sign_json(unique("c"))))
    assert raw.status_code == 200
    assert raw.request_id and raw.request_id == raw.headers["Request-ID"]
    assert isinstance(raw.parsed, models.InsurancePreSignMiniProgramResponse)
    assert raw.parsed.pre_entrustweb_id in raw.content.decode()


async def test_with_options_keeps_retries(call: Call, sandbox: Sandbox) -> None:
    fast = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.01)
    sandbox.faults.add("500", 1, "query_contract")
    with pytest.raises(NotFoundError):  # the 500 was retried; the second attempt got the real answer
        await call(call.wxpay.with_options(retry=fast, timeout=5).insurance_sign.query_contract(PLAN_ID, "NONE"))
    assert sandbox.faults.pending() == []
    sandbox.faults.add("500", 1, "query_contract")
    with pytest.raises(InternalServerError):  # the copy's max_retries=0 wins over the policy
        await call(
            call.wxpay.with_options(retry=fast)
            .with_options(max_retries=0)
            .insurance_sign.query_contract(PLAN_ID, "NONE")
        )


def _closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_with_options_copy_maps_connection_errors_and_keeps_failover(mode: str, sandbox: Sandbox) -> None:
    """The generated ``with_timeout()`` copy raised raw ``httpx.ConnectError``; ``with_options`` does not."""
    arguments = client_arguments(sandbox, base_url=_closed_port(), failover_base_url=sandbox.base_url)
    wxpay: Any = WeChatPay(**arguments) if mode == "sync" else AsyncWeChatPay(**arguments)
    c = Call(mode, wxpay)
    # failover kept: the primary refuses the connection, the backup (the sandbox) answers
    with pytest.raises(NotFoundError):
        await c(wxpay.with_options(timeout=2).insurance_sign.query_contract(PLAN_ID, "NONE"))
    # without failover the connection error is the SDK's, with httpx's as the cause
    with pytest.raises(APIConnectionError) as info:
        await c(
            wxpay.with_options(timeout=2, failover=False, max_retries=0).insurance_sign.query_contract(PLAN_ID, "N")
        )
    assert isinstance(info.value, WeChatPayError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    await c(wxpay.close())


# --------------------------------------------------------------------------- bodies: dicts and wrong values


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


@pytest.fixture(params=["sync", "async"])
async def offline(request: pytest.FixtureRequest, sandbox: Sandbox) -> Any:
    """A client whose transports record requests (none should be sent in these tests)."""
    recorder = Recorder()
    arguments = client_arguments(
        sandbox, transport=httpx.MockTransport(recorder), async_transport=httpx.MockTransport(recorder.handle)
    )
    wxpay = WeChatPay(**arguments) if request.param == "sync" else AsyncWeChatPay(**arguments)
    yield Call(request.param, wxpay), recorder
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"plan_id": "12535"}, "$.plan_id"),
        ({"policy_periods": [{"policy_period_id": 1}]}, "$.policy_periods[0]"),
        ({"real_identity": {"real_name": 3, "id_card_number": "1"}}, "$.real_identity.real_name"),
        ({"appid": None}, "$.appid"),
    ],
)
async def test_a_dict_body_that_does_not_fit_names_the_field(
    offline: tuple[Call, Recorder], change: dict[str, Any], path: str
) -> None:
    call, _recorder = offline
    body = {**pre_sign_json(unique("c")), **change}
    with pytest.raises(RequestValidationError) as info:
        await call(call.wxpay.insurance_sign.pre_sign_mini_program(body=body))  # type: ignore[union-attr]
    assert info.value.path.startswith(path) and info.value.operation_id == "pre_sign_mini_program"
    assert "12535" not in str(info.value) and "张三" not in str(info.value)


async def test_a_missing_required_field_of_a_dict_body_is_named(offline: tuple[Call, Recorder]) -> None:
    call, _recorder = offline
    body = pre_sign_json(unique("c"))
    del body["out_contract_code"]
    with pytest.raises(RequestValidationError, match="out_contract_code"):
        await call(call.wxpay.insurance_sign.pre_sign_mini_program(body=body))  # type: ignore[union-attr]


def _model_with(**wrong: Any) -> Any:
    """A valid pre-sign model with some fields replaced by values of the wrong kind (as a user might)."""
    model = models.InsurancePreSignMiniProgramRequest.from_dict(pre_sign_json(unique("c"), real_identity=False))
    return attrs.evolve(model, **wrong)


@pytest.mark.parametrize(
    ("wrong", "path"),
    [
        ({"real_identity": {"real_name": "张三", "id_card_number": "110101199003070011"}}, "$.real_identity"),
        ({"policy_start_date": "2026-12-01"}, "$.policy_start_date"),
        ({"policy_periods": [{"policy_period_id": 1}]}, "$.policy_periods[0]"),
    ],
)
async def test_a_model_holding_a_dict_or_a_string_date_names_the_field(
    offline: tuple[Call, Recorder], wrong: dict[str, Any], path: str
) -> None:
    """Before issue 14 this was an AttributeError from inside the model's to_dict()."""
    call, _recorder = offline
    with pytest.raises(RequestValidationError) as info:
        await call(call.wxpay.insurance_sign.pre_sign_mini_program(body=_model_with(**wrong)))  # type: ignore[union-attr]
    assert info.value.path == path
    assert "张三" not in str(info.value) and "1101011990" not in str(info.value)


def test_the_operation_functions_get_the_same_fixes(sandbox: Sandbox) -> None:
    """The existing functions (``api.<tag>.<op>.sync(client=...)``) take a dict body too and name bad fields."""
    recorder = Recorder()
    wxpay = WeChatPay(**client_arguments(sandbox, transport=httpx.MockTransport(recorder)))
    bad = _model_with(real_identity={"real_name": "张三", "id_card_number": "110101199003070011"})
    with pytest.raises(RequestValidationError) as info:
        pre_sign_mini_program.sync(client=wxpay.client, body=bad)
    assert info.value.path == "$.real_identity"
    with pytest.raises(RequestValidationError) as info:
        pre_sign_mini_program.sync(client=wxpay.client, body={**pre_sign_json("c1"), "plan_id": "x"})  # type: ignore[arg-type]
    assert info.value.path == "$.plan_id"
    with pytest.raises(RequestValidationError) as info:
        pre_sign_mini_program.sync(client=wxpay.client, body=[1, 2])  # type: ignore[arg-type]
    assert info.value.path == "$"
    assert recorder.requests == []
    wxpay.close()


async def test_close_and_context_managers_close_the_connections(sandbox: Sandbox) -> None:
    with WeChatPay(**client_arguments(sandbox)) as wxpay:
        copy = wxpay.with_options(timeout=3)
        assert not wxpay.client.get_httpx_client().is_closed
    assert copy.client.get_httpx_client().is_closed
    with pytest.raises(ConfigurationError, match="closed"):  # not httpx's RuntimeError
        copy.insurance_sign.query_contract(PLAN_ID, "NONE")
    async with AsyncWeChatPay(**client_arguments(sandbox)) as awxpay:
        await awxpay.insurance_sign.pre_sign_mini_program(body=pre_sign_json(unique("c")))
        http = awxpay.client.get_async_httpx_client()
        assert not http.is_closed
    # (the per-loop pools of httpx's own async transport are tested in tests/hardening; the default
    # here is the aiohttp transport when aiohttp is installed, closed with the client)
    assert http.is_closed and http.loop_count() == 0  # type: ignore[attr-defined]
    with pytest.raises(ConfigurationError, match="closed"):
        await awxpay.insurance_sign.query_contract(PLAN_ID, "NONE")


def test_from_client_wraps_a_create_client_client(sandbox: Sandbox) -> None:
    from wechatpay_auth import create_client

    client = create_client(**client_arguments(sandbox))
    wxpay = WeChatPay.from_client(client)
    assert wxpay.client is client
    answer = wxpay.insurance_sign.pre_sign_mini_program(body=pre_sign_json(unique("c")))
    assert answer.pre_entrustweb_id
    wxpay.close()
