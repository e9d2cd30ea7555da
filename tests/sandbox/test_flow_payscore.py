"""The 支付分 service-order flow of the sandbox (``sandbox.flows["payscore"]``) over a real socket.

Requests are signed by the tests' own signer (``sandbox_helpers.ApiClient``), answers are checked
for a valid WeChat Pay signature, callbacks are received on a loopback endpoint and verified and
decrypted by the SDK's ``NotificationParser``. The clock-dependent rules (package validity,
30-day expiry) are checked on the flow object with a fake clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from sandbox_helpers import ApiClient, FakeClock, Receiver, unique
from wechatpay_auth import NotificationParser
from wechatpay_client.models.payscore_service_order_notification_resource import (
    PayscoreServiceOrderNotificationResource,
)
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._errors import SandboxError
from wechatpay_sandbox._flows import FlowContext, FlowRequest
from wechatpay_sandbox._flows.payscore import PayscoreFlow
from wechatpay_sandbox._state import Event

APPID = "wxd678efh567hg6787"
SERVICE_ID = "2002000000000558128851361561536"
ORDERS = "/v3/payscore/serviceorder"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def create_body(out_order_no: str, notify_url: str, **extra: Any) -> dict[str, Any]:
    tomorrow = (dt.datetime.now(BEIJING) + dt.timedelta(days=1)).strftime("%Y%m%d")
    body: dict[str, Any] = {
        "out_order_no": out_order_no,
        "appid": APPID,
        "service_id": SERVICE_ID,
        "service_introduction": "共享充电宝租借",
        "post_payments": [{"name": "收费标准", "description": "3元/60分钟"}],
        "post_discounts": [{"name": "新用户立减", "description": "首单立减1元"}],
        "time_range": {"start_time": "OnAccept", "end_time": tomorrow},
        "risk_fund": {"name": "DEPOSIT", "amount": 9900, "description": "充电宝押金"},
        "attach": "t",
        "notify_url": notify_url,
    }
    body.update(extra)
    return body


def complete_body(total: int = 500, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "appid": APPID,
        "service_id": SERVICE_ID,
        "post_payments": [{"name": "充电宝租借", "amount": 300, "count": 2}],
        "post_discounts": [{"name": "新用户立减", "amount": 100}],
        "total_amount": total,
    }
    body.update(extra)
    return body


def cancel_body(**extra: Any) -> dict[str, Any]:
    return {"appid": APPID, "service_id": SERVICE_ID, "reason": "用户未使用服务", **extra}


def query(api: ApiClient, **params: str) -> httpx.Response:
    target = httpx.URL(ORDERS, params={"service_id": SERVICE_ID, "appid": APPID, **params})
    return api.get(str(target))


def ok(api: ApiClient, response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    api.verified(response)
    payload: dict[str, Any] = response.json()
    return payload


def refused(api: ApiClient, response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    api.verified(response)
    assert response.json()["code"] == code, response.text
    message: str = response.json()["message"]
    return message


@pytest.fixture
def parser(sandbox: Sandbox) -> NotificationParser:
    creds = sandbox.credentials
    return NotificationParser(
        apiv3_key=creds.apiv3_key,
        wechatpay_public_key_id=creds.public_key_id,
        wechatpay_public_key=creds.wechatpay_public_key_pem,
    )


@pytest.fixture
def flow(sandbox: Sandbox) -> PayscoreFlow:
    found = sandbox.flows["payscore"]
    assert isinstance(found, PayscoreFlow)
    return found


def callbacks(receiver: Receiver, parser: NotificationParser, count: int) -> dict[str, Any]:
    """The first ``count`` callbacks, verified and decrypted by the SDK, by event type.

    Callbacks are delivered concurrently, so two of them may arrive in either order.
    """
    events = [parser.parse(headers, body) for headers, body, _ in receiver.wait(count, timeout=10)[:count]]
    by_type = {event.event_type: event for event in events}
    assert len(by_type) == count, [event.event_type for event in events]
    return by_type


def created_and_confirmed(api: ApiClient, flow: PayscoreFlow, receiver: Receiver) -> str:
    out_order_no = unique("PS")
    ok(api, api.post(ORDERS, create_body(out_order_no, receiver.url())))
    flow.user_confirms(out_order_no)
    return out_order_no


def completed(api: ApiClient, flow: PayscoreFlow, receiver: Receiver, total: int = 500) -> str:
    out_order_no = created_and_confirmed(api, flow, receiver)
    ok(api, api.post(f"{ORDERS}/{out_order_no}/complete", complete_body(total)))
    return out_order_no


# --------------------------------------------------------------------------- happy path


def test_create_confirm_complete_collect_with_both_callbacks(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    out_order_no = unique("PS")
    created = ok(api, api.post(ORDERS, create_body(out_order_no, receiver.url())))
    assert created["state"] == "CREATED"
    assert created["out_order_no"] == out_order_no and created["mchid"] == api.credentials.mchid
    assert created["package"] and created["order_id"]
    assert "state_description" not in created and created["need_collection"] is False

    query_id = flow.user_confirms(out_order_no, openid="oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    confirm = callbacks(receiver, parser, 1)["PAYSCORE.USER_CONFIRM"]
    assert confirm.event_type == "PAYSCORE.USER_CONFIRM" and confirm.original_type == "payscore"
    assert isinstance(confirm.resource, PayscoreServiceOrderNotificationResource)
    assert confirm.resource.out_order_no == out_order_no
    assert (confirm.resource.state, confirm.resource.state_description) == ("DOING", "USER_CONFIRM")
    assert confirm.resource.openid == "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
    assert confirm.resource.order_id == created["order_id"]
    # OnAccept became the confirmation time (yyyyMMddHHmmss)
    assert len(confirm.raw_resource["time_range"]["start_time"]) == 14

    by_no = ok(api, query(api, out_order_no=out_order_no))
    by_query_id = ok(api, query(api, query_id=query_id))
    assert by_no == by_query_id
    assert (by_no["state"], by_no["state_description"]) == ("DOING", "USER_CONFIRM")

    done = ok(api, api.post(f"{ORDERS}/{out_order_no}/complete", complete_body(500)))
    assert (done["state"], done["state_description"], done["total_amount"]) == ("DOING", "MCH_COMPLETE", 500)
    assert done["need_collection"] is True
    assert done["collection"] == {"state": "USER_PAYING", "total_amount": 500, "paying_amount": 500, "paid_amount": 0}
    assert [p["name"] for p in done["post_payments"]] == ["充电宝租借"]

    ref = ok(api, api.post(f"{ORDERS}/{out_order_no}/pay", {"appid": APPID, "service_id": SERVICE_ID}))
    assert ref == {
        "appid": APPID,
        "mchid": api.credentials.mchid,
        "out_order_no": out_order_no,
        "service_id": SERVICE_ID,
        "order_id": created["order_id"],
    }
    paid = callbacks(receiver, parser, 2)["PAYSCORE.USER_PAID"]
    assert paid.resource.state == "DONE" and paid.resource.out_trade_no
    assert paid.resource.collection.state == "USER_PAID"
    assert (paid.resource.collection.paid_amount, paid.resource.collection.paying_amount) == (500, 0)
    (detail,) = paid.resource.collection.details
    assert detail.paid_type == "NEWTON" and detail.amount == 500 and detail.transaction_id.startswith("4200")

    final = ok(api, query(api, out_order_no=out_order_no))
    assert final["state"] == "DONE" and final["collection"]["state"] == "USER_PAID"
    assert final["collection"]["details"][0]["transaction_id"] == detail.transaction_id


def test_the_user_pays_a_modified_order(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    out_order_no = completed(api, flow, receiver, 500)
    modified = ok(
        api,
        api.post(
            f"{ORDERS}/{out_order_no}/modify",
            {
                "appid": APPID,
                "service_id": SERVICE_ID,
                "post_payments": [{"name": "充电宝租借", "amount": 300, "count": 1}],
                "post_discounts": [{"name": "新用户立减", "amount": 100}],
                "total_amount": 200,
                "reason": "用户提前归还",
            },
        ),
    )
    assert modified["total_amount"] == 200 and modified["collection"]["paying_amount"] == 200
    assert modified["state_description"] == "MCH_COMPLETE" and modified["collection"]["state"] == "USER_PAYING"

    order = flow.user_pays(out_order_no)
    assert order.state == "DONE"
    events = callbacks(receiver, parser, 2)
    assert events["PAYSCORE.USER_CONFIRM"].resource.state == "DOING"
    paid = events["PAYSCORE.USER_PAID"]
    assert paid.resource.state == "DONE" and paid.resource.total_amount == 200
    assert paid.resource.collection.paid_amount == 200

    with pytest.raises(SandboxError) as again:
        flow.user_pays(out_order_no)
    assert again.value.code == "INVALID_REQUEST"


def test_sync_order_paid_ends_the_order_with_a_merchant_collection(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver
) -> None:
    out_order_no = completed(api, flow, receiver, 500)
    body = {"appid": APPID, "service_id": SERVICE_ID, "type": "Order_Paid", "detail": {"paid_time": "20240101"}}
    synced = ok(api, api.post(f"{ORDERS}/{out_order_no}/sync", body))
    assert synced["state"] == "DONE" and synced["collection"]["state"] == "USER_PAID"
    assert synced["collection"]["details"] == [
        {"seq": 1, "amount": 500, "paid_type": "MCH", "paid_time": "20240101000000"}
    ]
    refused(api, api.post(f"{ORDERS}/{out_order_no}/sync", body), 400, "INVALID_REQUEST")


def test_cancel_in_created_and_in_doing(api: ApiClient, flow: PayscoreFlow, receiver: Receiver) -> None:
    fresh = unique("PS")
    ok(api, api.post(ORDERS, create_body(fresh, receiver.url())))
    ref = ok(api, api.post(f"{ORDERS}/{fresh}/cancel", cancel_body()))
    assert ref["out_order_no"] == fresh and ref["order_id"]
    assert ok(api, query(api, out_order_no=fresh))["state"] == "REVOKED"
    with pytest.raises(SandboxError) as late:
        flow.user_confirms(fresh)
    assert late.value.code == "INVALID_REQUEST"

    confirmed = created_and_confirmed(api, flow, receiver)
    ok(api, api.post(f"{ORDERS}/{confirmed}/cancel", cancel_body()))
    assert ok(api, query(api, out_order_no=confirmed))["state"] == "REVOKED"
    assert flow.order(confirmed).cancel_reason == "用户未使用服务"
    # a revoked order is final
    refused(api, api.post(f"{ORDERS}/{confirmed}/cancel", cancel_body()), 400, "INVALID_REQUEST")
    refused(api, api.post(f"{ORDERS}/{confirmed}/complete", complete_body()), 400, "INVALID_REQUEST")


def test_no_confirmation_mode_starts_in_doing(api: ApiClient, receiver: Receiver) -> None:
    out_order_no = unique("PS")
    body = create_body(out_order_no, receiver.url(), need_user_confirm=False)
    message = refused(api, api.post(ORDERS, body), 400, "PARAM_ERROR")
    assert "openid" in message
    body["openid"] = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
    created = ok(api, api.post(ORDERS, body))
    assert (created["state"], created["state_description"]) == ("DOING", "USER_CONFIRM")
    done = ok(api, api.post(f"{ORDERS}/{out_order_no}/complete", complete_body(500)))
    assert done["state_description"] == "MCH_COMPLETE"


def test_a_completion_with_nothing_to_pay_is_done_at_once(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver
) -> None:
    out_order_no = created_and_confirmed(api, flow, receiver)
    body = complete_body(0, post_payments=[{"name": "充电宝租借", "amount": 0}], post_discounts=[])
    done = ok(api, api.post(f"{ORDERS}/{out_order_no}/complete", body))
    assert done["state"] == "DONE" and done["need_collection"] is False and "collection" not in done


# --------------------------------------------------------------------------- idempotent create


def test_create_again_with_the_same_parameters_answers_the_same_order(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver
) -> None:
    out_order_no = unique("PS")
    body = create_body(out_order_no, receiver.url())
    first = ok(api, api.post(ORDERS, body))
    second = ok(api, api.post(ORDERS, dict(reversed(list(body.items())))))  # key order does not matter
    assert second == first
    assert len([o for o in flow.orders() if o.out_order_no == out_order_no]) == 1

    changed = create_body(out_order_no, receiver.url(), service_introduction="另一个服务")
    message = refused(api, api.post(ORDERS, changed), 400, "INVALID_REQUEST")
    assert "out_order_no" in message

    flow.user_confirms(out_order_no)
    refused(api, api.post(ORDERS, body), 400, "INVALID_REQUEST")


# --------------------------------------------------------------------------- refusals


def test_complete_an_unconfirmed_order_is_refused(api: ApiClient, receiver: Receiver) -> None:
    out_order_no = unique("PS")
    ok(api, api.post(ORDERS, create_body(out_order_no, receiver.url())))
    message = refused(api, api.post(f"{ORDERS}/{out_order_no}/complete", complete_body()), 400, "INVALID_REQUEST")
    assert "CREATED" in message
    assert ok(api, query(api, out_order_no=out_order_no))["state"] == "CREATED"


def test_cancel_a_completed_order_is_refused(api: ApiClient, flow: PayscoreFlow, receiver: Receiver) -> None:
    out_order_no = completed(api, flow, receiver)
    refused(api, api.post(f"{ORDERS}/{out_order_no}/cancel", cancel_body()), 400, "INVALID_REQUEST")
    flow.user_pays(out_order_no)
    refused(api, api.post(f"{ORDERS}/{out_order_no}/cancel", cancel_body()), 400, "INVALID_REQUEST")
    assert ok(api, query(api, out_order_no=out_order_no))["state"] == "DONE"


def test_unknown_orders_are_404_order_not_exist(api: ApiClient) -> None:
    missing = unique("PS")
    refused(api, query(api, out_order_no=missing), 404, "ORDER_NOT_EXIST")
    refused(api, query(api, query_id="no-such-query-id"), 404, "ORDER_NOT_EXIST")
    refused(api, api.post(f"{ORDERS}/{missing}/complete", complete_body()), 404, "ORDER_NOT_EXIST")
    refused(api, api.post(f"{ORDERS}/{missing}/cancel", cancel_body()), 404, "ORDER_NOT_EXIST")
    refused(api, api.post(f"{ORDERS}/{missing}/pay", {}), 404, "ORDER_NOT_EXIST")


def test_complete_with_a_total_that_is_not_payments_minus_discounts(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver
) -> None:
    out_order_no = created_and_confirmed(api, flow, receiver)
    # 2 x 300 - 100 = 500
    message = refused(api, api.post(f"{ORDERS}/{out_order_no}/complete", complete_body(600)), 400, "PARAM_ERROR")
    assert "total_amount" in message
    over = complete_body(10000, post_payments=[{"name": "充电宝租借", "amount": 10100}])
    message = refused(api, api.post(f"{ORDERS}/{out_order_no}/complete", over), 400, "PARAM_ERROR")
    assert "risk fund" in message
    assert ok(api, query(api, out_order_no=out_order_no))["state_description"] == "USER_CONFIRM"
    assert ok(api, api.post(f"{ORDERS}/{out_order_no}/complete", complete_body(500)))["total_amount"] == 500


def test_modify_only_while_waiting_for_payment(api: ApiClient, flow: PayscoreFlow, receiver: Receiver) -> None:
    def modify_body(total: int) -> dict[str, Any]:
        return {
            "appid": APPID,
            "service_id": SERVICE_ID,
            "post_payments": [{"name": "充电宝租借", "amount": total}],
            "total_amount": total,
            "reason": "改价",
        }

    confirmed = created_and_confirmed(api, flow, receiver)
    refused(api, api.post(f"{ORDERS}/{confirmed}/modify", modify_body(100)), 400, "INVALID_REQUEST")

    out_order_no = completed(api, flow, receiver, 500)
    mismatch = {**modify_body(100), "total_amount": 90}
    refused(api, api.post(f"{ORDERS}/{out_order_no}/modify", mismatch), 400, "PARAM_ERROR")
    message = refused(api, api.post(f"{ORDERS}/{out_order_no}/modify", modify_body(600)), 400, "PARAM_ERROR")
    assert "completed total" in message
    assert ok(api, api.post(f"{ORDERS}/{out_order_no}/modify", modify_body(400)))["total_amount"] == 400

    flow.user_pays(out_order_no)
    refused(api, api.post(f"{ORDERS}/{out_order_no}/modify", modify_body(300)), 400, "INVALID_REQUEST")
    refused(api, api.post(f"{ORDERS}/{out_order_no}/pay", {}), 400, "INVALID_REQUEST")


def test_appid_and_service_id_must_be_the_orders(api: ApiClient, flow: PayscoreFlow, receiver: Receiver) -> None:
    out_order_no = created_and_confirmed(api, flow, receiver)
    response = api.post(f"{ORDERS}/{out_order_no}/complete", complete_body(appid="wx0000000000000000"))
    refused(api, response, 400, "PARAM_ERROR")
    assert response.json()["detail"]["field"] == "/appid"
    response = query(api, out_order_no=out_order_no, service_id="1" * 31)
    refused(api, response, 400, "PARAM_ERROR")
    assert response.json()["detail"] == {
        "field": "service_id",
        "issue": "is not the service_id the order was created with",
        "location": "query",
        "value": "1" * 31,
    }


def test_query_needs_exactly_one_of_out_order_no_and_query_id(
    api: ApiClient, flow: PayscoreFlow, receiver: Receiver
) -> None:
    out_order_no = unique("PS")
    ok(api, api.post(ORDERS, create_body(out_order_no, receiver.url())))
    query_id = flow.user_confirms(out_order_no)
    refused(api, query(api), 400, "PARAM_ERROR")
    refused(api, query(api, out_order_no=out_order_no, query_id=query_id), 400, "PARAM_ERROR")


def test_create_refuses_a_past_start_time_and_duplicate_item_names(api: ApiClient, receiver: Receiver) -> None:
    past = create_body(unique("PS"), receiver.url(), time_range={"start_time": "20200101"})
    response = api.post(ORDERS, past)
    refused(api, response, 400, "PARAM_ERROR")
    assert response.json()["detail"]["field"] == "/time_range/start_time"
    twice = create_body(unique("PS"), receiver.url(), post_payments=[{"name": "收费标准"}, {"name": "收费标准"}])
    refused(api, api.post(ORDERS, twice), 400, "PARAM_ERROR")


# --------------------------------------------------------------------------- the clock (flow object, fake clock)


def _direct_flow(clock: FakeClock, events: list[Event]) -> PayscoreFlow:
    return PayscoreFlow(FlowContext(mchid="1900000109", clock=clock, emit=events.append, base_url=lambda: ""))


def _create(flow: PayscoreFlow, out_order_no: str) -> dict[str, Any]:
    body = create_body(out_order_no, "https://merchant.example/notify")
    request = FlowRequest("create_payscore_service_order", "POST", (), {}, {}, body, {})
    return flow.create(request)


def test_the_package_is_valid_for_one_hour_and_an_unconfirmed_order_expires_after_30_days() -> None:
    clock = FakeClock(dt.datetime.now(BEIJING).timestamp())
    events: list[Event] = []
    flow = _direct_flow(clock, events)
    _create(flow, "LATE")
    clock.advance(3601)
    with pytest.raises(SandboxError) as late:
        flow.user_confirms("LATE")
    assert late.value.code == "INVALID_REQUEST" and "package" in late.value.message
    assert flow.order("LATE").state == "CREATED"
    clock.advance(30 * 86400)
    assert flow.order("LATE").state == "EXPIRED"

    _create(flow, "INTIME")
    clock.advance(3599)
    flow.user_confirms("INTIME")
    (event,) = events
    assert (event.event_type, event.original_type, event.url) == (
        "PAYSCORE.USER_CONFIRM",
        "payscore",
        "https://merchant.example/notify",
    )
    assert event.resource["state"] == "DOING" and "notify_url" not in event.resource
