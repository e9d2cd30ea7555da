"""``wechatpay demo --flow payscore``: a 支付分 (WeChat Pay Score) service order from start to end.

A power-bank rental in 需确认模式: the merchant creates the service order (CREATED, ``package``
for the mini program), the user confirms it (PAYSCORE.USER_CONFIRM, DOING), the merchant completes
it with the final fees (MCH_COMPLETE, collection USER_PAYING), corrects the amount, the user's
deduction goes through (PAYSCORE.USER_PAID, DONE), and the documented refusals are shown: a wrong
total, cancelling a completed order, an unknown order. A second order is cancelled (REVOKED).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from wechatpay_auth import APIError
from wechatpay_client import Client
from wechatpay_client.api.payscore import (
    cancel_payscore_service_order,
    complete_payscore_service_order,
    create_payscore_service_order,
    modify_payscore_service_order,
    query_payscore_service_order,
)
from wechatpay_client.models.payscore_complete_post_discount import PayscoreCompletePostDiscount
from wechatpay_client.models.payscore_location import PayscoreLocation
from wechatpay_client.models.payscore_post_discount import PayscorePostDiscount
from wechatpay_client.models.payscore_post_payment import PayscorePostPayment
from wechatpay_client.models.payscore_risk_fund import PayscoreRiskFund
from wechatpay_client.models.payscore_service_order import PayscoreServiceOrder
from wechatpay_client.models.payscore_service_order_cancel_request import PayscoreServiceOrderCancelRequest
from wechatpay_client.models.payscore_service_order_complete_request import PayscoreServiceOrderCompleteRequest
from wechatpay_client.models.payscore_service_order_create_request import PayscoreServiceOrderCreateRequest
from wechatpay_client.models.payscore_service_order_modify_request import PayscoreServiceOrderModifyRequest
from wechatpay_client.models.payscore_time_range import PayscoreTimeRange
from wechatpay_client.types import UNSET, Unset
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._flows.payscore import PayscoreFlow

from .._demo import DemoStepError, Printer, WebhookReceiver, parsed, request_id

TITLE = "支付分 (WeChat Pay Score service order: create, confirm, complete, pay)"

APPID = "wxd678efh567hg6787"
SERVICE_ID = "2002000000000558128851361561536"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def _mask(value: str | Unset | None) -> str:
    """Identifiers the user or the mini program holds: only their ends are shown."""
    if not isinstance(value, str) or not value:
        return "-"
    return value[:4] + "*" * max(len(value) - 8, 3) + value[-4:] if len(value) > 8 else "*" * len(value)


def _state(order: PayscoreServiceOrder) -> str:
    parts = [order.state]
    if isinstance(order.state_description, str):
        parts.append(order.state_description)
    if not isinstance(order.collection, Unset):
        parts.append(f"collection {order.collection.state}")
    return " / ".join(parts)


def _refused(p: Printer, call: Callable[[], object], status: int, code: str) -> None:
    """Run ``call``, which the flow must refuse with ``status code``; print the refusal."""
    try:
        call()
    except APIError as exc:
        if exc.status_code != status or exc.code != code:
            raise DemoStepError(f"expected {status} {code}, got {exc.status_code} {exc.code}: {exc.message}") from exc
        p.line(f"got {exc.status_code}", f"{exc.code}: {exc.message}; Request-ID {exc.request_id or '-'}")
        return
    raise DemoStepError(f"the call succeeded; the flow promises {status} {code}")


def _create_body(out_order_no: str, notify_url: str, today: dt.date) -> PayscoreServiceOrderCreateRequest:
    return PayscoreServiceOrderCreateRequest(
        out_order_no=out_order_no,
        appid=APPID,
        service_id=SERVICE_ID,
        service_introduction="共享充电宝租借",
        post_payments=[PayscorePostPayment(name="收费标准", description="3元/60分钟，每24小时封顶30元")],
        time_range=PayscoreTimeRange(start_time="OnAccept", end_time=(today + dt.timedelta(days=1)).strftime("%Y%m%d")),
        location=PayscoreLocation(start_location="嗨客时尚主题展餐厅"),
        risk_fund=PayscoreRiskFund(name="DEPOSIT", amount=9900, description="充电宝押金"),
        attach="demo-payscore",
        notify_url=notify_url,
    )


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    flow = sb.flows["payscore"]
    if not isinstance(flow, PayscoreFlow):
        raise DemoStepError("the sandbox has no payscore flow")
    today = dt.datetime.now(BEIJING).date()
    out_order_no = "PSDEMO" + uuid.uuid4().hex[:20].upper()
    notify_url = f"{webhook.url}/notify"
    body = _create_body(out_order_no, notify_url, today)

    p.title("create_payscore_service_order   创建支付分订单")
    p.line("sent", f"POST out_order_no={out_order_no}, service_id={SERVICE_ID}")
    p.line("", "risk_fund DEPOSIT 9900 fen, start OnAccept, 收费标准 3元/60分钟; notify_url = the webhook")
    created_response = create_payscore_service_order.sync_detailed(client=client, body=body)
    created = parsed(created_response)
    if created.state != "CREATED" or not created.package:
        raise DemoStepError(f"create answered state {created.state}, package {bool(created.package)}")
    p.line(f"got {created_response.status_code.value}", f"state={created.state}, order_id={created.order_id}")
    p.line("", f"package {_mask(created.package)} (for the Pay Score mini program, valid one hour)")
    p.line("", f"Request-ID {request_id(created_response.headers)}, response signature verified")

    p.title("create_payscore_service_order again, same parameters (原参重入)")
    again = parsed(create_payscore_service_order.sync_detailed(client=client, body=body))
    if (again.order_id, again.package, again.state) != (created.order_id, created.package, "CREATED"):
        raise DemoStepError("a repeated create with the same parameters did not answer the same order")
    p.line("got 200", f"the same order: order_id={again.order_id}, the same package, state={again.state}")

    p.title("the user confirms the order in the Pay Score mini program (sandbox: user_confirms)")
    query_id = flow.user_confirms(out_order_no)
    p.line("sandbox", f"CREATED -> DOING; the mini program hands back query_id {_mask(query_id)}")

    p.title("PAYSCORE.USER_CONFIRM notification")
    event = webhook.wait_for("PAYSCORE.USER_CONFIRM")
    confirm = event.resource
    if confirm.out_order_no != out_order_no or (confirm.state, confirm.state_description) != ("DOING", "USER_CONFIRM"):
        raise DemoStepError(f"unexpected USER_CONFIRM resource: {confirm.out_order_no} {confirm.state}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line("", f"state={confirm.state}/{confirm.state_description}, openid={_mask(confirm.openid)}")

    p.title("query_payscore_service_order   查询支付分订单 (by out_order_no)")
    p.line("sent", f"GET out_order_no={out_order_no}, service_id, appid")
    query_response = query_payscore_service_order.sync_detailed(
        client=client, out_order_no=out_order_no, service_id=SERVICE_ID, appid=APPID
    )
    queried = parsed(query_response)
    if (queried.state, queried.state_description) != ("DOING", "USER_CONFIRM"):
        raise DemoStepError(f"query answered {_state(queried)}")
    p.line(
        f"got {query_response.status_code.value}", f"{_state(queried)}; Request-ID {request_id(query_response.headers)}"
    )

    payments = [
        PayscorePostPayment(name="充电宝租借", amount=300, description="3元/60分钟", count=2),
        PayscorePostPayment(name="充电线", amount=100, description="1元/次", count=1),
    ]
    discount = PayscoreCompletePostDiscount(name="新用户立减", amount=100, description="首单立减1元")

    p.title("complete_payscore_service_order with a wrong total (refused)")
    p.line("sent", "post_payments 2×300 + 1×100, post_discounts 100, total_amount=700 (should be 600)")
    _refused(
        p,
        lambda: complete_payscore_service_order.sync_detailed(
            out_order_no,
            client=client,
            body=PayscoreServiceOrderCompleteRequest(
                appid=APPID, service_id=SERVICE_ID, post_payments=payments, post_discounts=[discount], total_amount=700
            ),
        ),
        400,
        "PARAM_ERROR",
    )

    p.title("complete_payscore_service_order   完结支付分订单")
    p.line("sent", "the same items, total_amount=600 fen")
    complete_response = complete_payscore_service_order.sync_detailed(
        out_order_no,
        client=client,
        body=PayscoreServiceOrderCompleteRequest(
            appid=APPID, service_id=SERVICE_ID, post_payments=payments, post_discounts=[discount], total_amount=600
        ),
    )
    completed = parsed(complete_response)
    collection = completed.collection
    if (
        (completed.state, completed.state_description) != ("DOING", "MCH_COMPLETE")
        or completed.total_amount != 600
        or isinstance(collection, Unset)
        or collection.state != "USER_PAYING"
    ):
        raise DemoStepError(f"complete answered {_state(completed)}, total {completed.total_amount}")
    p.line(
        f"got {complete_response.status_code.value}",
        f"{_state(completed)}, total_amount={completed.total_amount}, paying {collection.paying_amount} fen",
    )

    p.title("modify_payscore_service_order   修改订单金额 (still waiting for payment)")
    p.line("sent", "one hour of rental was not used: 1×300 + 1×100 − 100 = 300 fen, with a reason")
    modify_response = modify_payscore_service_order.sync_detailed(
        out_order_no,
        client=client,
        body=PayscoreServiceOrderModifyRequest(
            appid=APPID,
            service_id=SERVICE_ID,
            post_payments=[
                PayscorePostPayment(name="充电宝租借", amount=300, description="3元/60分钟", count=1),
                payments[1],
            ],
            post_discounts=[PayscorePostDiscount(name="新用户立减", amount=100, description="首单立减1元")],
            total_amount=300,
            reason="用户提前归还",
        ),
    )
    modified = parsed(modify_response)
    if (
        modified.total_amount != 300
        or isinstance(modified.collection, Unset)
        or modified.collection.paying_amount != 300
    ):
        raise DemoStepError(f"modify answered total {modified.total_amount}")
    p.line(f"got {modify_response.status_code.value}", f"{_state(modified)}, total_amount={modified.total_amount}")

    p.title("the user's Pay Score deduction goes through (sandbox: user_pays)")
    paid_order = flow.user_pays(out_order_no)
    p.line("sandbox", f"{paid_order.total_amount} fen collected; DOING/MCH_COMPLETE -> DONE")

    p.title("PAYSCORE.USER_PAID notification")
    event = webhook.wait_for("PAYSCORE.USER_PAID")
    paid = event.resource
    paid_collection = paid.collection
    if (
        paid.out_order_no != out_order_no
        or paid.state != "DONE"
        or isinstance(paid_collection, Unset)
        or paid_collection.state != "USER_PAID"
        or paid_collection.paid_amount != 300
    ):
        raise DemoStepError(f"unexpected USER_PAID resource: {paid.out_order_no} {paid.state}")
    details = paid_collection.details if not isinstance(paid_collection.details, Unset) else []
    transaction = details[0].transaction_id if details else UNSET
    p.line("received", f"id {event.id}: signature verified, resource decrypted")
    p.line("", f"state={paid.state}, collection {paid_collection.state} {paid_collection.paid_amount} fen")
    p.line("", f"transaction_id={transaction if isinstance(transaction, str) else '-'}")

    p.title("query_payscore_service_order   (after payment)")
    final = parsed(
        query_payscore_service_order.sync_detailed(
            client=client, out_order_no=out_order_no, service_id=SERVICE_ID, appid=APPID
        )
    )
    if final.state != "DONE" or isinstance(final.collection, Unset) or final.collection.state != "USER_PAID":
        raise DemoStepError(f"query after payment answered {_state(final)}")
    p.line("got 200", f"{_state(final)}, paid {final.collection.paid_amount} fen")

    p.title("cancel_payscore_service_order on the completed order (refused)")
    p.line("sent", f"POST {out_order_no}/cancel")
    _refused(
        p,
        lambda: cancel_payscore_service_order.sync_detailed(
            out_order_no,
            client=client,
            body=PayscoreServiceOrderCancelRequest(appid=APPID, service_id=SERVICE_ID, reason="demo"),
        ),
        400,
        "INVALID_REQUEST",
    )

    p.title("a second order is created and cancelled   取消支付分订单")
    second = "PSDEMO" + uuid.uuid4().hex[:20].upper()
    parsed(create_payscore_service_order.sync_detailed(client=client, body=_create_body(second, notify_url, today)))
    cancel_response = cancel_payscore_service_order.sync_detailed(
        second,
        client=client,
        body=PayscoreServiceOrderCancelRequest(appid=APPID, service_id=SERVICE_ID, reason="用户未取走充电宝"),
    )
    cancelled = parsed(cancel_response)
    revoked = parsed(
        query_payscore_service_order.sync_detailed(
            client=client, out_order_no=second, service_id=SERVICE_ID, appid=APPID
        )
    )
    if cancelled.out_order_no != second or revoked.state != "REVOKED":
        raise DemoStepError(f"the cancelled order is {revoked.state}")
    p.line("sent", f"create {second}, then POST {second}/cancel")
    p.line(f"got {cancel_response.status_code.value}", f"order_id={cancelled.order_id}; query: state={revoked.state}")

    p.title("query_payscore_service_order for an unknown order (refused)")
    unknown = "PSDEMO" + uuid.uuid4().hex[:20].upper()
    p.line("sent", f"GET out_order_no={unknown}")
    _refused(
        p,
        lambda: query_payscore_service_order.sync_detailed(
            client=client, out_order_no=unknown, service_id=SERVICE_ID, appid=APPID
        ),
        404,
        "ORDER_NOT_EXIST",
    )
