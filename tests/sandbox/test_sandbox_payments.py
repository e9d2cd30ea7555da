"""Basic payment orders and refunds (``_payments``) over raw httpx with the test-side signer."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import (
    BEIJING,
    ApiClient,
    FakeClock,
    Receiver,
    aead_decrypt,
    ctl,
    load_public,
    oaep_encrypt,
    unique,
    verify_wechatpay,
)
from wechatpay_sandbox import Sandbox, SandboxCredentials, SandboxError, Spec

APPID = "wxd678efh567hg6787"
PAY = "/v3/pay/transactions/"
REFUNDS = "/v3/refund/domestic/refunds"


def order_body(sandbox: Sandbox, notify_url: str, *, total: int = 100, **extra: Any) -> dict[str, Any]:
    return {
        "appid": APPID,
        "mchid": sandbox.credentials.mchid,
        "description": "Image形象店-深圳腾大-QQ公仔",
        "out_trade_no": unique("T"),
        "notify_url": notify_url,
        "amount": {"total": total, "currency": "CNY"},
        **extra,
    }


def create(api: ApiClient, channel: str, body: dict[str, Any]) -> httpx.Response:
    if channel == "jsapi":
        body.setdefault("payer", {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"})
    if channel == "h5":
        body.setdefault("scene_info", {"payer_client_ip": "14.23.150.211", "h5_info": {"type": "Wap"}})
    return api.post(PAY + channel, body)


def paid_order(api: ApiClient, sandbox: Sandbox, receiver: Receiver, total: int = 100) -> dict[str, Any]:
    body = order_body(sandbox, receiver.url("/pay"), total=total)
    assert api.verified(create(api, "native", body)).status_code == 200
    sandbox.simulate_payment(body["out_trade_no"])
    return body


def query(api: ApiClient, sandbox: Sandbox, out_trade_no: str) -> httpx.Response:
    return api.get(f"{PAY}out-trade-no/{out_trade_no}?mchid={sandbox.credentials.mchid}")


def refund_body(order: dict[str, Any], refund: int, **extra: Any) -> dict[str, Any]:
    return {
        "out_trade_no": order["out_trade_no"],
        "out_refund_no": unique("R"),
        "reason": "商品已售完",
        "amount": {"refund": refund, "total": order["amount"]["total"], "currency": "CNY"},
        **extra,
    }


def open_callback(sandbox: Sandbox, headers: dict[str, str], body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    creds = sandbox.credentials
    assert verify_wechatpay(headers, body, load_public(creds.wechatpay_public_key_pem))
    envelope = json.loads(body)
    return envelope, json.loads(aead_decrypt(creds.apiv3_key, envelope["resource"]))


def _error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    assert body["message"]
    return body


# --------------------------------------------------------------------------- orders


@pytest.mark.parametrize(
    ("channel", "key", "trade_type"),
    [
        ("jsapi", "prepay_id", "JSAPI"),
        ("app", "prepay_id", "APP"),
        ("h5", "h5_url", "MWEB"),
        ("native", "code_url", "NATIVE"),
    ],
)
def test_create_then_pay_then_query(
    pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver, channel: str, key: str, trade_type: str
) -> None:
    body = order_body(pay_sandbox, receiver.url("/pay"), attach="cart-7")
    answer = pay_api.verified(create(pay_api, channel, body)).json()
    assert set(answer) == {key}
    if key == "prepay_id":
        assert answer[key].startswith("wx") and len(answer[key]) == 36
    unpaid = pay_api.verified(query(pay_api, pay_sandbox, body["out_trade_no"])).json()
    assert unpaid["trade_state"] == "NOTPAY" and unpaid["trade_type"] == trade_type
    assert "transaction_id" not in unpaid and unpaid["amount"]["total"] == 100

    order = pay_sandbox.simulate_payment(body["out_trade_no"], openid="oPAYER")
    assert order.trade_state == "SUCCESS" and order.transaction_id
    headers, raw, _ = receiver.wait(1)[0]
    envelope, resource = open_callback(pay_sandbox, headers, raw)
    assert envelope["event_type"] == "TRANSACTION.SUCCESS"
    assert envelope["resource"]["original_type"] == "transaction"
    assert resource["out_trade_no"] == body["out_trade_no"]
    assert resource["transaction_id"] == order.transaction_id
    assert resource["payer"] == {"openid": "oPAYER"}
    assert resource["attach"] == "cart-7"
    assert resource["amount"] == {"total": 100, "payer_total": 100, "currency": "CNY", "payer_currency": "CNY"}

    mchid = pay_sandbox.credentials.mchid
    by_id = pay_api.verified(pay_api.get(f"{PAY}id/{order.transaction_id}?mchid={mchid}")).json()
    by_no = pay_api.verified(query(pay_api, pay_sandbox, body["out_trade_no"])).json()
    assert by_id == by_no == resource
    assert dt.datetime.fromisoformat(by_id["success_time"]).utcoffset() == dt.timedelta(hours=8)


def test_same_order_again_is_idempotent_other_parameters_are_refused(
    pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver
) -> None:
    body = order_body(pay_sandbox, receiver.url())
    first = create(pay_api, "jsapi", body).json()
    assert create(pay_api, "jsapi", body).json() == first
    changed = {**body, "amount": {"total": 101, "currency": "CNY"}}
    _error(pay_api.verified(create(pay_api, "jsapi", changed)), 403, "OUT_TRADE_NO_USED")
    pay_sandbox.simulate_payment(body["out_trade_no"])
    _error(create(pay_api, "jsapi", body), 403, "ORDERPAID")


def test_close_only_when_unpaid(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    mchid = pay_sandbox.credentials.mchid
    body = order_body(pay_sandbox, receiver.url())
    create(pay_api, "app", body)
    closed = pay_api.verified(pay_api.post(f"{PAY}out-trade-no/{body['out_trade_no']}/close", {"mchid": mchid}))
    assert closed.status_code == 204 and closed.content == b""
    assert query(pay_api, pay_sandbox, body["out_trade_no"]).json()["trade_state"] == "CLOSED"
    again = pay_api.post(f"{PAY}out-trade-no/{body['out_trade_no']}/close", {"mchid": mchid})
    assert again.status_code == 204
    _error(create(pay_api, "app", body), 400, "ORDER_CLOSED")
    with pytest.raises(SandboxError) as caught:
        pay_sandbox.simulate_payment(body["out_trade_no"])
    assert caught.value.code == "ORDER_CLOSED"

    paid = paid_order(pay_api, pay_sandbox, receiver)
    _error(pay_api.post(f"{PAY}out-trade-no/{paid['out_trade_no']}/close", {"mchid": mchid}), 403, "ORDERPAID")
    unknown = pay_api.post(f"{PAY}out-trade-no/{unique()}/close", {"mchid": mchid})
    _error(pay_api.verified(unknown), 404, "ORDER_NOT_EXIST")


def test_query_errors(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    mchid = pay_sandbox.credentials.mchid
    _error(query(pay_api, pay_sandbox, unique()), 404, "ORDER_NOT_EXIST")
    _error(pay_api.get(f"{PAY}id/4200000000000000000000000000?mchid={mchid}"), 404, "ORDER_NOT_EXIST")
    body = order_body(pay_sandbox, receiver.url())
    create(pay_api, "native", body)
    wrong = _error(pay_api.get(f"{PAY}out-trade-no/{body['out_trade_no']}?mchid=1230000109"), 400, "PARAM_ERROR")
    assert wrong["detail"]["field"] == "mchid"
    missing = _error(pay_api.get(f"{PAY}out-trade-no/{body['out_trade_no']}"), 400, "PARAM_ERROR")
    assert missing["detail"] == {"field": "mchid", "issue": "is required", "location": "query"}
    other = _error(
        create(pay_api, "native", {**order_body(pay_sandbox, receiver.url()), "mchid": "1230000109"}),
        400,
        "PARAM_ERROR",
    )
    assert other["detail"]["field"] == "/mchid"


def test_time_expire(credentials: SandboxCredentials, full_spec: Spec, receiver: Receiver) -> None:
    clock = FakeClock(time.time())
    with Sandbox("public_key", credentials=credentials, clock=clock, spec=full_spec, strict_responses=True) as sb:
        api = ApiClient(sb, clock)
        try:
            now = dt.datetime.fromtimestamp(clock(), BEIJING)
            past = (now - dt.timedelta(minutes=1)).isoformat(timespec="seconds")
            refused = create(api, "native", order_body(sb, receiver.url(), time_expire=past))
            assert _error(refused, 400, "PARAM_ERROR")["detail"]["field"] == "/time_expire"
            soon = (now + dt.timedelta(minutes=5)).isoformat(timespec="seconds")
            body = order_body(sb, receiver.url(), time_expire=soon)
            assert create(api, "native", body).status_code == 200
            assert query(api, sb, body["out_trade_no"]).json()["trade_state"] == "NOTPAY"
            clock.advance(301)
            assert query(api, sb, body["out_trade_no"]).json()["trade_state"] == "CLOSED"
        finally:
            api.close()


def test_codepay_and_reverse(pay_api: ApiClient, pay_sandbox: Sandbox) -> None:
    mchid = pay_sandbox.credentials.mchid
    body: dict[str, Any] = {
        "appid": APPID,
        "mchid": mchid,
        "description": "付款码",
        "out_trade_no": unique("M"),
        "payer": {"auth_code": "134567890123456789"},
        "amount": {"total": 88},
        "scene_info": {"store_info": {"out_id": "S1"}},
    }
    paid = pay_api.verified(pay_api.post(PAY + "codepay", body)).json()
    assert paid["trade_state"] == "SUCCESS" and paid["trade_type"] == "MICROPAY" and paid["transaction_id"]
    assert pay_api.post(PAY + "codepay", body).json() == paid
    reverse = f"{PAY}out-trade-no/{body['out_trade_no']}/reverse"
    answer = pay_api.verified(pay_api.post(reverse, {"appid": APPID, "mchid": mchid})).json()
    assert answer == {"appid": APPID, "mchid": mchid, "out_trade_no": body["out_trade_no"]}
    assert query(pay_api, pay_sandbox, body["out_trade_no"]).json()["trade_state"] == "REVOKED"


def test_control_endpoints_for_orders(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    body = order_body(pay_sandbox, receiver.url("/ctl"))
    create(pay_api, "h5", body)
    url = f"{pay_sandbox.base_url}/sandbox/orders/{body['out_trade_no']}"
    view = ctl("GET", url).json()
    assert view["trade_state"] == "NOTPAY" and view["h5_url"].startswith(pay_sandbox.base_url)
    paid = ctl("POST", url + "/pay", json={"openid": "oCTL"}).json()
    assert paid["trade_state"] == "SUCCESS" and paid["payer"] == {"openid": "oCTL"}
    assert ctl("POST", url + "/pay").json()["code"] == "ORDERPAID"
    assert ctl("GET", f"{pay_sandbox.base_url}/sandbox/orders/nope").status_code == 404


# --------------------------------------------------------------------------- refunds


def test_refund_flow(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    order = paid_order(pay_api, pay_sandbox, receiver, total=300)
    receiver.wait(1)
    body = refund_body(order, 120, notify_url=receiver.url("/refund"))
    refund = pay_api.verified(pay_api.post(REFUNDS, body)).json()
    assert refund["status"] == "PROCESSING" and refund["out_trade_no"] == order["out_trade_no"]
    assert refund["amount"]["refund"] == 120 and refund["amount"]["total"] == 300
    assert "success_time" not in refund
    assert query(pay_api, pay_sandbox, order["out_trade_no"]).json()["trade_state"] == "REFUND"

    # the same out_refund_no again: the existing refund; with other amounts: refused
    assert pay_api.post(REFUNDS, body).json()["refund_id"] == refund["refund_id"]
    other = {**body, "amount": {**body["amount"], "refund": 10}}
    _error(pay_api.post(REFUNDS, other), 400, "INVALID_REQUEST")

    # more than what is left
    _error(pay_api.post(REFUNDS, refund_body(order, 181)), 400, "INVALID_REQUEST")
    # the wrong order total
    wrong_total = refund_body(order, 1)
    wrong_total["amount"]["total"] = 299
    _error(pay_api.post(REFUNDS, wrong_total), 400, "INVALID_REQUEST")

    pay_sandbox.simulate_refund(body["out_refund_no"])
    queried = pay_api.verified(pay_api.get(f"{REFUNDS}/{body['out_refund_no']}")).json()
    assert queried["status"] == "SUCCESS" and queried["success_time"]
    headers, raw, _ = receiver.wait(2)[1]
    envelope, resource = open_callback(pay_sandbox, headers, raw)
    assert envelope["event_type"] == "REFUND.SUCCESS" and envelope["resource"]["original_type"] == "refund"
    assert resource["refund_status"] == "SUCCESS" and resource["out_refund_no"] == body["out_refund_no"]
    assert resource["amount"] == {"total": 300, "refund": 120, "payer_total": 300, "payer_refund": 120}

    # the rest, by transaction_id
    rest = refund_body(order, 180)
    del rest["out_trade_no"]
    rest["transaction_id"] = pay_sandbox.order(order["out_trade_no"]).transaction_id
    assert pay_api.post(REFUNDS, rest).status_code == 200
    _error(pay_api.post(REFUNDS, refund_body(order, 1)), 400, "INVALID_REQUEST")


def test_refund_errors(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    unpaid = order_body(pay_sandbox, receiver.url())
    create(pay_api, "native", unpaid)
    _error(pay_api.post(REFUNDS, refund_body(unpaid, 1)), 400, "INVALID_REQUEST")
    unknown = refund_body({"out_trade_no": unique(), "amount": {"total": 1}}, 1)
    _error(pay_api.verified(pay_api.post(REFUNDS, unknown)), 404, "RESOURCE_NOT_EXISTS")
    neither = refund_body(unpaid, 1)
    del neither["out_trade_no"]
    _error(pay_api.post(REFUNDS, neither), 400, "PARAM_ERROR")
    _error(pay_api.get(f"{REFUNDS}/{unique()}"), 404, "RESOURCE_NOT_EXISTS")


def test_closed_refund_frees_the_amount_and_abnormal_can_be_resent(
    pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver
) -> None:
    order = paid_order(pay_api, pay_sandbox, receiver, total=50)
    first = refund_body(order, 50, notify_url=receiver.url("/refund"))
    pay_api.post(REFUNDS, first)
    assert pay_sandbox.simulate_refund(first["out_refund_no"], "CLOSED").status == "CLOSED"
    second = refund_body(order, 50, notify_url=receiver.url("/refund"))
    refund = pay_api.post(REFUNDS, second).json()
    pay_sandbox.simulate_refund(second["out_refund_no"], "ABNORMAL")
    events = [json.loads(body)["event_type"] for _, body, _ in receiver.wait(3)]
    assert sorted(events) == ["REFUND.ABNORMAL", "REFUND.CLOSED", "TRANSACTION.SUCCESS"]  # delivered concurrently

    creds = pay_sandbox.credentials
    key = load_public(creds.wechatpay_public_key_pem)
    path = f"{REFUNDS}/{refund['refund_id']}/apply-abnormal-refund"
    resend = {
        "out_refund_no": second["out_refund_no"],
        "type": "USER_BANK_CARD",
        "bank_type": "ICBC_DEBIT",
        "bank_account": oaep_encrypt(key, "6212260000000000123"),
        "real_name": oaep_encrypt(key, "张三"),
    }
    answer = pay_api.verified(pay_api.post(path, resend, headers={"Wechatpay-Serial": creds.public_key_id})).json()
    assert answer["status"] == "PROCESSING" and answer["user_received_account"].endswith("0123")
    again = pay_api.post(path, resend, headers={"Wechatpay-Serial": creds.public_key_id})
    _error(again, 400, "INVALID_REQUEST")


def test_control_endpoints_for_refunds(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    order = paid_order(pay_api, pay_sandbox, receiver)
    body = refund_body(order, 1)
    pay_api.post(REFUNDS, body)
    url = f"{pay_sandbox.base_url}/sandbox/refunds/{body['out_refund_no']}"
    assert ctl("GET", url).json()["status"] == "PROCESSING"
    assert ctl("POST", url + "/complete", json={"status": "SUCCESS"}).json()["status"] == "SUCCESS"
    assert ctl("POST", url + "/complete").json()["code"] == "INVALID_REQUEST"
    assert ctl("POST", url + "/complete", json={"status": "BOGUS"}).status_code == 400


@pytest.fixture
def auto_refunds(credentials: SandboxCredentials, full_spec: Spec) -> Iterator[Sandbox]:
    with Sandbox("public_key", credentials=credentials, strict_responses=True, refund_delay=0.2, spec=full_spec) as sb:
        yield sb


def test_refund_succeeds_by_itself_after_the_delay(auto_refunds: Sandbox, receiver: Receiver) -> None:
    api = ApiClient(auto_refunds)
    try:
        order = paid_order(api, auto_refunds, receiver)
        body = refund_body(order, 100, notify_url=receiver.url("/refund"))
        assert api.post(REFUNDS, body).json()["status"] == "PROCESSING"
        record = auto_refunds.wait_for_notification("REFUND.SUCCESS", timeout=5)
        assert record.resource["out_refund_no"] == body["out_refund_no"]
        assert api.get(f"{REFUNDS}/{body['out_refund_no']}").json()["status"] == "SUCCESS"
    finally:
        api.close()


def test_insurance_deductions_are_found_by_the_order_query(
    pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver
) -> None:
    from sandbox_helpers import PRE_SIGN, presign_body

    out_trade_no = unique("PAP")
    body = presign_body(
        unique(),
        receiver.url("/contract"),
        out_trade_no=out_trade_no,
        amount={"total": 1200, "currency": "CNY"},
        description="首期保费",
        transaction_notify_url=receiver.url("/trade"),
    )
    session = pay_api.post(PRE_SIGN + "mini-program", body).json()["pre_entrustweb_id"]
    pay_sandbox.simulate_user_sign(session)
    order = pay_api.verified(query(pay_api, pay_sandbox, out_trade_no)).json()
    assert order["trade_type"] == "PAP" and order["trade_state"] == "SUCCESS" and order["amount"]["total"] == 1200
    _error(
        create(pay_api, "native", order_body(pay_sandbox, receiver.url(), out_trade_no=out_trade_no)),
        403,
        "OUT_TRADE_NO_USED",
    )


def test_papay_deduction_becomes_a_pap_order(pay_api: ApiClient, pay_sandbox: Sandbox, receiver: Receiver) -> None:
    body: dict[str, Any] = {
        "appid": APPID,
        "out_trade_no": unique("D"),
        "description": "会员自动续费",
        "transaction_notify_url": receiver.url("/papay"),
        "contract_id": "SBX" + "0" * 25,
        "amount": {"total": 990, "currency": "CNY"},
    }
    answer = pay_api.verified(pay_api.post("/v3/papay/pay/transactions/apply", body)).json()
    assert answer == {"out_trade_no": body["out_trade_no"], "amount": {"total": 990, "currency": "CNY"}}
    order = pay_api.verified(query(pay_api, pay_sandbox, body["out_trade_no"])).json()
    assert order["trade_type"] == "PAP" and order["trade_state"] == "SUCCESS"
    headers, raw, _ = receiver.wait(1)[0]
    _, resource = open_callback(pay_sandbox, headers, raw)
    assert resource["out_trade_no"] == body["out_trade_no"] and resource["contract_id"] == body["contract_id"]
    _error(pay_api.post("/v3/papay/pay/transactions/apply", body), 400, "OUT_TRADE_NO_USED")
    refund = pay_api.post(REFUNDS, refund_body({"out_trade_no": body["out_trade_no"], "amount": {"total": 990}}, 990))
    assert refund.status_code == 200 and refund.json()["status"] == "PROCESSING"
