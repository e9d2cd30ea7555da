"""基础支付∙合单 (``_flows/combine``) over a real socket: raw signed requests, the typed client, the user's side.

The happy path's callback is received at a loopback endpoint and verified, decrypted and typed by
the SDK's ``NotificationParser``; the refusals are checked with their status and code.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import BEIJING, ApiClient, FakeClock, Receiver, unique
from typed_kit import typed_client
from wechatpay_auth import NotificationParser, PermissionDeniedError
from wechatpay_client import Client
from wechatpay_client.api.combine_pay import create_combine_jsapi_transaction, query_combine_transaction
from wechatpay_client.models.combine_jsapi_request import CombineJsapiRequest
from wechatpay_client.models.combine_payer_info import CombinePayerInfo
from wechatpay_client.models.combine_response_amount import CombineResponseAmount
from wechatpay_client.models.combine_response_payer import CombineResponsePayer
from wechatpay_client.models.combine_response_scene_info import CombineResponseSceneInfo
from wechatpay_client.models.combine_sub_order import CombineSubOrder
from wechatpay_client.models.combine_sub_order_amount import CombineSubOrderAmount
from wechatpay_client.models.combine_transaction_notification_resource import (
    CombineTransactionNotificationResource,
)
from wechatpay_sandbox import Sandbox, SandboxCredentials, SandboxError
from wechatpay_sandbox._flows.combine import CombineFlow

APPID = "wxd678efh567hg6787"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
BASE = "/v3/combine-transactions"


def flow(sandbox: Sandbox) -> CombineFlow:
    found = sandbox.flows["combine"]
    assert isinstance(found, CombineFlow)
    return found


def sub_order(mchid: str, total: int = 100, out_trade_no: str | None = None) -> dict[str, Any]:
    return {
        "mchid": mchid,
        "attach": "深圳分店",
        "amount": {"total_amount": total, "currency": "CNY"},
        "out_trade_no": out_trade_no or unique("S"),
        "description": "腾讯充值中心-QQ会员充值",
    }


def combine_body(
    sandbox: Sandbox, notify_url: str, totals: tuple[int, ...] = (100, 200, 300), **extra: Any
) -> dict[str, Any]:
    mchid = sandbox.credentials.mchid
    return {
        "combine_appid": APPID,
        "combine_mchid": mchid,
        "combine_out_trade_no": unique("CMB"),
        "sub_orders": [sub_order(mchid, total) for total in totals],
        "combine_payer_info": {"openid": OPENID},
        "notify_url": notify_url,
        **extra,
    }


def create(api: ApiClient, channel: str, body: dict[str, Any]) -> httpx.Response:
    if channel == "h5":
        body = {
            **{k: v for k, v in body.items() if k != "combine_payer_info"},
            "scene_info": {"payer_client_ip": "14.23.150.211", "device_id": "POS1", "h5_info": {"type": "Wap"}},
        }
    if channel == "app":
        body = {k: v for k, v in body.items() if k != "combine_payer_info"}
    return api.post(f"{BASE}/{channel}", body)


def query(api: ApiClient, combine_out_trade_no: str) -> httpx.Response:
    return api.get(f"{BASE}/out-trade-no/{combine_out_trade_no}")


def close(api: ApiClient, body: dict[str, Any], **override: Any) -> httpx.Response:
    request = {
        "combine_appid": APPID,
        "sub_orders": [{"mchid": s["mchid"], "out_trade_no": s["out_trade_no"]} for s in body["sub_orders"]],
        **override,
    }
    return api.post(f"{BASE}/out-trade-no/{body['combine_out_trade_no']}/close", request)


def error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    payload: dict[str, Any] = response.json()
    assert payload["code"] == code, payload
    return payload


def states(api: ApiClient, combine_out_trade_no: str) -> list[str]:
    response = api.verified(query(api, combine_out_trade_no))
    assert response.status_code == 200, response.text
    return [s["trade_state"] for s in response.json()["sub_orders"]]


@pytest.fixture(scope="module")
def sandbox(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    """This module's own strict sandbox (overrides the shared one, so that no other test sees its
    combined TRANSACTION.SUCCESS callbacks, whose resource has no single-order ``out_trade_no``)."""
    with Sandbox("public_key", credentials=credentials, retry_compression=1000, strict_responses=True) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with typed_client(sandbox) as client:
        yield client


# --------------------------------------------------------------------------- happy path


def test_create_pay_callback_query(sandbox: Sandbox, api: ApiClient, client: Client, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url("/combine"), scene_info={"payer_client_ip": "1.2.3.4", "device_id": "P1"})
    combine_no = body["combine_out_trade_no"]
    created = api.verified(create(api, "jsapi", body))
    assert created.status_code == 200, created.text
    prepay_id = created.json()["prepay_id"]
    assert prepay_id.startswith("wx")

    # the idempotent resend: the same body answers the same prepay_id
    resent = api.verified(create(api, "jsapi", body))
    assert resent.status_code == 200 and resent.json() == {"prepay_id": prepay_id}

    before = api.verified(query(api, combine_no)).json()
    assert before["combine_out_trade_no"] == combine_no
    assert before["combine_mchid"] == sandbox.credentials.mchid and before["combine_appid"] == APPID
    assert before["combine_transaction_id"]
    assert [s["out_trade_no"] for s in before["sub_orders"]] == [s["out_trade_no"] for s in body["sub_orders"]]
    assert {s["trade_state"] for s in before["sub_orders"]} == {"NOTPAY"}
    assert [s["amount"]["total_amount"] for s in before["sub_orders"]] == [100, 200, 300]
    assert all("transaction_id" not in s for s in before["sub_orders"])

    # the user pays once
    paid = flow(sandbox).user_pays(combine_no, openid=OPENID, bank_type="CMB_DEBIT")
    assert [s.trade_state for s in paid.sub_orders] == ["SUCCESS"] * 3

    # ONE callback for the combined order, verified and typed by the SDK
    ((headers, raw, _),) = receiver.wait(1)
    assert receiver.paths == [f"/{receiver.token}/combine"]
    parser = NotificationParser.from_client(client, apiv3_key=sandbox.credentials.apiv3_key)
    event = parser.parse(headers, raw)
    assert event.event_type == "TRANSACTION.SUCCESS"
    assert event.original_type == "transaction"
    resource = event.resource
    assert isinstance(resource, CombineTransactionNotificationResource)
    assert resource.combine_out_trade_no == combine_no
    assert resource.combine_mchid == sandbox.credentials.mchid
    assert resource.combine_transaction_id == before["combine_transaction_id"]
    assert isinstance(resource.scene_info, CombineResponseSceneInfo) and resource.scene_info.device_id == "P1"
    assert isinstance(resource.combine_payer_info, CombineResponsePayer)
    assert resource.combine_payer_info.openid == OPENID
    notified = resource.sub_orders
    assert isinstance(notified, list) and len(notified) == 3
    for row, sub, placed in zip(notified, paid.sub_orders, body["sub_orders"], strict=True):
        assert row.out_trade_no == placed["out_trade_no"] and row.mchid == placed["mchid"]
        assert row.trade_state == "SUCCESS" and row.trade_type == "JSAPI" and row.bank_type == "CMB_DEBIT"
        assert row.transaction_id == sub.transaction_id and str(row.transaction_id).startswith("4200")
        assert row.attach == placed["attach"]
        assert isinstance(row.amount, CombineResponseAmount)
        assert row.amount.total_amount == row.amount.payer_amount == placed["amount"]["total_amount"]
        assert isinstance(row.success_time, dt.datetime)
    assert len({row.transaction_id for row in notified}) == 3

    # the typed query agrees with the callback
    after = query_combine_transaction.sync(combine_no, client=client)
    assert after is not None and isinstance(after.sub_orders, list)
    assert [(s.out_trade_no, s.trade_state, s.transaction_id) for s in after.sub_orders] == [
        (s.out_trade_no, "SUCCESS", s.transaction_id) for s in notified
    ]
    assert len(receiver.received) == 1


def test_every_channel_answers_its_link(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    answers = {}
    for channel in ("jsapi", "app", "h5", "native"):
        response = api.verified(create(api, channel, combine_body(sandbox, receiver.url())))
        assert response.status_code == 200, (channel, response.text)
        answers[channel] = response.json()
    assert answers["jsapi"]["prepay_id"].startswith("wx") and answers["app"]["prepay_id"].startswith("wx")
    assert answers["jsapi"]["prepay_id"] != answers["app"]["prepay_id"]
    assert answers["h5"]["h5_url"].startswith(sandbox.base_url)
    assert answers["native"]["code_url"].startswith("weixin://wxpay/bizpayurl?pr=")


def test_typed_client_resend_and_refused_change(sandbox: Sandbox, client: Client, receiver: Receiver) -> None:
    mchid = sandbox.credentials.mchid
    subs = [
        CombineSubOrder(
            mchid=mchid,
            attach="a",
            amount=CombineSubOrderAmount(total_amount=total, currency="CNY"),
            out_trade_no=unique("S"),
            description="d",
        )
        for total in (10, 20)
    ]

    def body(sub_orders: list[CombineSubOrder]) -> CombineJsapiRequest:
        return CombineJsapiRequest(
            combine_appid=APPID,
            combine_mchid=mchid,
            combine_out_trade_no=combine_no,
            sub_orders=sub_orders,
            combine_payer_info=CombinePayerInfo(openid=OPENID),
            notify_url=receiver.url(),
        )

    combine_no = unique("CMB")
    first = create_combine_jsapi_transaction.sync(client=client, body=body(subs))
    second = create_combine_jsapi_transaction.sync(client=client, body=body(subs))
    assert first is not None and second is not None and first.prepay_id == second.prepay_id
    with pytest.raises(PermissionDeniedError) as refused:
        create_combine_jsapi_transaction.sync(client=client, body=body(subs[:1]))
    assert refused.value.code == "OUT_TRADE_NO_USED"


# --------------------------------------------------------------------------- create refusals


def test_more_than_50_sub_orders_is_refused(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url(), totals=(1,) * 51)
    payload = error(create(api, "jsapi", body), 400, "PARAM_ERROR")
    assert payload["detail"]["field"] == "/sub_orders" and "50" in payload["detail"]["issue"]
    error(query(api, body["combine_out_trade_no"]), 404, "ORDER_NOT_EXIST")
    fifty = combine_body(sandbox, receiver.url(), totals=(1,) * 50)
    assert api.verified(create(api, "native", fifty)).status_code == 200
    assert states(api, fifty["combine_out_trade_no"]) == ["NOTPAY"] * 50


def test_a_sub_order_number_twice_in_one_order_is_refused(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url())
    body["sub_orders"][2]["out_trade_no"] = body["sub_orders"][0]["out_trade_no"]
    payload = error(create(api, "jsapi", body), 400, "PARAM_ERROR")
    assert payload["detail"]["field"] == "/sub_orders/2/out_trade_no"
    error(query(api, body["combine_out_trade_no"]), 404, "ORDER_NOT_EXIST")
    # nothing was kept: the two other sub-order numbers are still free
    again = combine_body(sandbox, receiver.url(), totals=(5,))
    again["sub_orders"][0]["out_trade_no"] = body["sub_orders"][1]["out_trade_no"]
    assert create(api, "jsapi", again).status_code == 200


def test_a_sub_order_number_of_another_combined_order_is_refused(
    sandbox: Sandbox, api: ApiClient, receiver: Receiver
) -> None:
    first = combine_body(sandbox, receiver.url())
    assert create(api, "jsapi", first).status_code == 200
    second = combine_body(sandbox, receiver.url())
    second["sub_orders"][1]["out_trade_no"] = first["sub_orders"][0]["out_trade_no"]
    error(create(api, "jsapi", second), 403, "OUT_TRADE_NO_USED")
    error(query(api, second["combine_out_trade_no"]), 404, "ORDER_NOT_EXIST")


def test_recreate_with_another_body_or_channel_is_refused(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url())
    assert create(api, "jsapi", body).status_code == 200
    changed = {**body, "sub_orders": [dict(s) for s in body["sub_orders"]]}
    changed["sub_orders"][0]["amount"] = {"total_amount": 101, "currency": "CNY"}
    error(create(api, "jsapi", changed), 403, "OUT_TRADE_NO_USED")
    error(create(api, "native", body), 403, "OUT_TRADE_NO_USED")
    assert states(api, body["combine_out_trade_no"]) == ["NOTPAY"] * 3
    assert [s["amount"]["total_amount"] for s in query(api, body["combine_out_trade_no"]).json()["sub_orders"]] == [
        100,
        200,
        300,
    ]


def test_combine_mchid_must_be_the_signing_merchant(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url(), combine_mchid="1900000001")
    assert body["combine_mchid"] != sandbox.credentials.mchid
    assert error(create(api, "jsapi", body), 400, "PARAM_ERROR")["detail"]["field"] == "/combine_mchid"


def test_time_expire(credentials: SandboxCredentials, receiver: Receiver) -> None:
    clock = FakeClock(time.time())
    with Sandbox("public_key", credentials=credentials, clock=clock, strict_responses=True) as sb:
        api = ApiClient(sb, clock)
        try:
            now = dt.datetime.fromtimestamp(clock(), BEIJING)
            past = (now - dt.timedelta(minutes=1)).isoformat(timespec="seconds")
            refused = create(api, "native", combine_body(sb, receiver.url(), time_expire=past))
            assert error(refused, 400, "PARAM_ERROR")["detail"]["field"] == "/time_expire"
            soon = (now + dt.timedelta(minutes=5)).isoformat(timespec="seconds")
            body = combine_body(sb, receiver.url(), time_expire=soon)
            assert create(api, "native", body).status_code == 200
            assert states(api, body["combine_out_trade_no"]) == ["NOTPAY"] * 3
            clock.advance(301)
            assert states(api, body["combine_out_trade_no"]) == ["CLOSED"] * 3
            with pytest.raises(SandboxError) as late:
                flow(sb).user_pays(body["combine_out_trade_no"])
            assert late.value.code == "ORDER_CLOSED"
        finally:
            api.close()
    assert receiver.received == []


# --------------------------------------------------------------------------- close and the state machine


def test_close_an_unpaid_order_then_it_cannot_be_paid(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url())
    assert create(api, "native", body).status_code == 200
    closed = api.verified(close(api, body))
    assert closed.status_code == 204 and closed.content == b""
    assert states(api, body["combine_out_trade_no"]) == ["CLOSED"] * 3
    assert close(api, body).status_code == 204  # closing again is harmless
    with pytest.raises(SandboxError) as refused:
        flow(sandbox).user_pays(body["combine_out_trade_no"])
    assert (refused.value.status, refused.value.code) == (400, "ORDER_CLOSED")
    error(create(api, "native", body), 400, "ORDER_CLOSED")
    assert receiver.received == []


def test_close_must_list_every_sub_order_and_the_appid(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url())
    assert create(api, "native", body).status_code == 200
    partial = [{"mchid": s["mchid"], "out_trade_no": s["out_trade_no"]} for s in body["sub_orders"][:2]]
    assert error(close(api, body, sub_orders=partial), 400, "PARAM_ERROR")["detail"]["field"] == "/sub_orders"
    assert error(close(api, body, combine_appid="wx0000000000000000"), 400, "PARAM_ERROR")["detail"]["field"] == (
        "/combine_appid"
    )
    assert states(api, body["combine_out_trade_no"]) == ["NOTPAY"] * 3


def test_a_paid_order_cannot_be_closed_paid_again_or_recreated(
    sandbox: Sandbox, api: ApiClient, receiver: Receiver
) -> None:
    body = combine_body(sandbox, receiver.url())
    assert create(api, "jsapi", body).status_code == 200
    flow(sandbox).user_pays(body["combine_out_trade_no"])
    receiver.wait(1)
    error(close(api, body), 403, "ORDERPAID")
    with pytest.raises(SandboxError) as twice:
        flow(sandbox).user_pays(body["combine_out_trade_no"])
    assert (twice.value.status, twice.value.code) == (403, "ORDERPAID")
    error(create(api, "jsapi", body), 403, "ORDERPAID")
    assert states(api, body["combine_out_trade_no"]) == ["SUCCESS"] * 3
    assert len(receiver.received) == 1


def test_a_jsapi_order_is_paid_by_its_payer_only(sandbox: Sandbox, api: ApiClient, receiver: Receiver) -> None:
    body = combine_body(sandbox, receiver.url())
    assert create(api, "jsapi", body).status_code == 200
    with pytest.raises(SandboxError) as other:
        flow(sandbox).user_pays(body["combine_out_trade_no"], openid="oSomeoneElse000000000000000")
    assert other.value.code == "INVALID_REQUEST"
    assert states(api, body["combine_out_trade_no"]) == ["NOTPAY"] * 3


def test_unknown_order_is_404(sandbox: Sandbox, api: ApiClient) -> None:
    missing = unique("CMB")
    error(query(api, missing), 404, "ORDER_NOT_EXIST")
    fake = {"combine_out_trade_no": missing, "sub_orders": [{"mchid": sandbox.credentials.mchid, "out_trade_no": "X1"}]}
    error(close(api, fake), 404, "ORDER_NOT_EXIST")
    with pytest.raises(SandboxError) as unknown:
        flow(sandbox).user_pays(missing)
    assert (unknown.value.status, unknown.value.code) == (404, "ORDER_NOT_EXIST")
