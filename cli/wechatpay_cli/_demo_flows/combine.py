"""基础支付∙合单: three sub-orders in one combined JSAPI order, paid once, one callback for all.

create (JSAPI, 3 sub-orders) -> create again unchanged (same prepay_id) -> create again with another
amount (403 OUT_TRADE_NO_USED) -> query (every sub-order NOTPAY) -> the user pays once ->
TRANSACTION.SUCCESS with the per-sub-order results -> query (every sub-order SUCCESS) -> close
the paid order (403 ORDERPAID) -> a second combined order (Native) -> close it (204) -> query
(CLOSED) -> the user tries to pay it (ORDER_CLOSED).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from wechatpay_auth import APIError
from wechatpay_client import Client
from wechatpay_client.api.combine_pay import (
    close_combine_transaction,
    create_combine_jsapi_transaction,
    create_combine_native_transaction,
    query_combine_transaction,
)
from wechatpay_client.models.combine_close_request import CombineCloseRequest
from wechatpay_client.models.combine_close_sub_order import CombineCloseSubOrder
from wechatpay_client.models.combine_jsapi_request import CombineJsapiRequest
from wechatpay_client.models.combine_native_request import CombineNativeRequest
from wechatpay_client.models.combine_payer_info import CombinePayerInfo
from wechatpay_client.models.combine_response_sub_order import CombineResponseSubOrder
from wechatpay_client.models.combine_scene_info import CombineSceneInfo
from wechatpay_client.models.combine_sub_order import CombineSubOrder
from wechatpay_client.models.combine_sub_order_amount import CombineSubOrderAmount
from wechatpay_client.models.combine_transaction_notification_resource import (
    CombineTransactionNotificationResource,
)
from wechatpay_client.types import Unset
from wechatpay_sandbox import Sandbox, SandboxError
from wechatpay_sandbox._flows.combine import CombineFlow

from .._demo import DemoStepError, Printer, WebhookReceiver, parsed, request_id

TITLE = "基础支付∙合单 (combined payment: one payment, several sub-orders, one callback)"

APPID = "wxd678efh567hg6787"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
GOODS = (
    ("深圳分店", "腾讯充值中心-QQ会员充值", 1000),
    ("广州分店", "Image形象店-QQ公仔", 2590),
    ("北京分店", "腾讯视频VIP年卡", 24800),
)


def _mask_openid(openid: str) -> str:
    return openid[:6] + "*" * max(len(openid) - 10, 1) + openid[-4:] if len(openid) > 10 else "*" * len(openid)


def _trade_no(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:20].upper()


def _refused(call: Callable[[], Any], status: int, code: str) -> APIError:
    """Run ``call``; it must be refused with ``status``/``code`` (the error is returned for printing)."""
    try:
        call()
    except APIError as exc:
        if exc.status_code != status or exc.code != code:
            raise DemoStepError(f"expected {status} {code}, got {exc.status_code} {exc.code}: {exc.message}") from exc
        return exc
    raise DemoStepError(f"expected {status} {code}, but the call succeeded")


def _user(sb: Sandbox) -> CombineFlow:
    """The sandbox's combined-payment flow, which plays the user."""
    flow = sb.flows.get("combine")
    if not isinstance(flow, CombineFlow):
        raise DemoStepError("the sandbox has no combined-payment flow")
    return flow


def _text(value: object) -> str:
    return "-" if isinstance(value, Unset) or value is None else str(value)


def _sub_line(sub: CombineResponseSubOrder) -> str:
    amount = sub.amount
    total = _text(amount.total_amount) if not isinstance(amount, Unset) else "-"
    paid = _text(amount.payer_amount) if not isinstance(amount, Unset) else "-"
    return (
        f"{sub.out_trade_no}  {_text(sub.trade_state):<7} {total:>6} fen (paid {paid})  "
        f"transaction_id={_text(sub.transaction_id)}  attach={_text(sub.attach)}"
    )


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    mchid = sb.credentials.mchid
    combine_no = _trade_no("CMB")
    subs = [
        CombineSubOrder(
            mchid=mchid,
            attach=attach,
            amount=CombineSubOrderAmount(total_amount=total, currency="CNY"),
            out_trade_no=_trade_no(f"S{n}"),
            description=description,
        )
        for n, (attach, description, total) in enumerate(GOODS, start=1)
    ]
    grand_total = sum(total for _, _, total in GOODS)

    def jsapi_body(sub_orders: list[CombineSubOrder]) -> CombineJsapiRequest:
        return CombineJsapiRequest(
            combine_appid=APPID,
            combine_mchid=mchid,
            combine_out_trade_no=combine_no,
            sub_orders=sub_orders,
            combine_payer_info=CombinePayerInfo(openid=OPENID),
            notify_url=f"{webhook.url}/notify",
            scene_info=CombineSceneInfo(payer_client_ip="14.23.150.211", device_id="POS1:1"),
        )

    p.title("create_combine_jsapi_transaction   合单下单-JSAPI支付")
    p.line("sent", f"POST combine_out_trade_no={combine_no}, {len(subs)} sub-orders, {grand_total} fen in all")
    for sub in subs:
        p.line("", f"{sub.out_trade_no}  {sub.amount.total_amount:>6} fen  {sub.description} ({sub.attach})")
    p.line("", f"payer openid {_mask_openid(OPENID)}, notify_url {webhook.url}/notify")
    created_response = create_combine_jsapi_transaction.sync_detailed(client=client, body=jsapi_body(subs))
    created = parsed(created_response)
    if not created.prepay_id.startswith("wx"):
        raise DemoStepError(f"unexpected prepay_id {created.prepay_id}")
    p.line(
        f"got {created_response.status_code.value}",
        f"prepay_id={created.prepay_id}; Request-ID {request_id(created_response.headers)}",
    )

    p.title("create the same combined order again, unchanged (a resend after a timeout)")
    again_response = create_combine_jsapi_transaction.sync_detailed(client=client, body=jsapi_body(subs))
    again = parsed(again_response)
    if again.prepay_id != created.prepay_id:
        raise DemoStepError(f"a resend answered another prepay_id {again.prepay_id}")
    p.line("sent", f"POST combine_out_trade_no={combine_no} with the identical body")
    p.line(f"got {again_response.status_code.value}", f"the same prepay_id={again.prepay_id}")

    p.title("create it again with another amount: refused")
    changed = [
        CombineSubOrder(
            mchid=sub.mchid,
            attach=sub.attach,
            amount=CombineSubOrderAmount(total_amount=sub.amount.total_amount + 1, currency="CNY"),
            out_trade_no=sub.out_trade_no,
            description=sub.description,
        )
        for sub in subs
    ]
    p.line("sent", f"POST combine_out_trade_no={combine_no}, every sub-order 1 fen more")
    error = _refused(
        lambda: create_combine_jsapi_transaction.sync_detailed(client=client, body=jsapi_body(changed)),
        403,
        "OUT_TRADE_NO_USED",
    )
    p.line(f"got {error.status_code}", f"{error.code}: {error.message}; Request-ID {error.request_id}")

    p.title("query_combine_transaction   合单查询订单 (before payment)")
    query_response = query_combine_transaction.sync_detailed(combine_no, client=client)
    queried = parsed(query_response)
    rows = [] if isinstance(queried.sub_orders, Unset) else queried.sub_orders
    if [r.out_trade_no for r in rows] != [s.out_trade_no for s in subs] or any(r.trade_state != "NOTPAY" for r in rows):
        raise DemoStepError("the query does not list every sub-order as NOTPAY")
    p.line("sent", f"GET combine_out_trade_no={combine_no}")
    p.line(
        f"got {query_response.status_code.value}",
        f"combine_transaction_id={queried.combine_transaction_id}; Request-ID {request_id(query_response.headers)}",
    )
    for row in rows:
        p.line("", _sub_line(row))

    p.title("the user pays the three sub-orders at once in WeChat (sandbox: flows['combine'].user_pays)")
    paid = _user(sb).user_pays(combine_no, openid=OPENID)
    p.line("sandbox", f"one payment of {grand_total} fen by {_mask_openid(OPENID)}; every sub-order SUCCESS")

    p.title("TRANSACTION.SUCCESS notification (one for the combined order)")
    event = webhook.wait_for("TRANSACTION.SUCCESS")
    resource = event.resource
    if not isinstance(resource, CombineTransactionNotificationResource):
        raise DemoStepError(f"the callback was parsed as {type(resource).__name__}, not the combined resource")
    notified = [] if isinstance(resource.sub_orders, Unset) else resource.sub_orders
    if resource.combine_out_trade_no != combine_no or resource.combine_mchid != mchid:
        raise DemoStepError(f"callback for another order: {resource.combine_out_trade_no}")
    if [r.out_trade_no for r in notified] != [s.out_trade_no for s in subs]:
        raise DemoStepError("the callback does not list every sub-order")
    for row, record in zip(notified, paid.sub_orders, strict=True):
        amount = row.amount
        if (
            row.trade_state != "SUCCESS"
            or row.transaction_id != record.transaction_id
            or isinstance(amount, Unset)
            or amount.payer_amount != record.total
        ):
            raise DemoStepError(f"sub-order {row.out_trade_no} is not reported paid in full")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line(
        "",
        f"{type(resource).__name__}: combine_out_trade_no={resource.combine_out_trade_no}, "
        f"combine_transaction_id={resource.combine_transaction_id}",
    )
    payer = resource.combine_payer_info
    p.line("", f"payer {_mask_openid(_text(payer.openid)) if not isinstance(payer, Unset) else '-'}; sub-orders:")
    for row in notified:
        p.line("", _sub_line(row))

    p.title("query_combine_transaction   合单查询订单 (after payment)")
    query_response = query_combine_transaction.sync_detailed(combine_no, client=client)
    queried = parsed(query_response)
    rows = [] if isinstance(queried.sub_orders, Unset) else queried.sub_orders
    if [(r.out_trade_no, r.trade_state, r.transaction_id) for r in rows] != [
        (r.out_trade_no, "SUCCESS", r.transaction_id) for r in notified
    ]:
        raise DemoStepError("the query does not match the callback")
    p.line("sent", f"GET combine_out_trade_no={combine_no}")
    p.line(
        f"got {query_response.status_code.value}",
        f"every sub-order SUCCESS, transaction ids as in the callback; Request-ID {request_id(query_response.headers)}",
    )

    def close_body(sub_orders: list[CombineSubOrder]) -> CombineCloseRequest:
        return CombineCloseRequest(
            combine_appid=APPID,
            sub_orders=[CombineCloseSubOrder(mchid=s.mchid, out_trade_no=s.out_trade_no) for s in sub_orders],
        )

    p.title("close_combine_transaction on the paid order: refused")
    p.line("sent", f"POST close combine_out_trade_no={combine_no}, listing its {len(subs)} sub-orders")
    error = _refused(
        lambda: close_combine_transaction.sync_detailed(combine_no, client=client, body=close_body(subs)),
        403,
        "ORDERPAID",
    )
    p.line(f"got {error.status_code}", f"{error.code}: {error.message}")

    p.title("create_combine_native_transaction   合单下单-Native支付 (a second order, left unpaid)")
    native_no = _trade_no("CMB")
    native_subs = [
        CombineSubOrder(
            mchid=mchid,
            attach=attach,
            amount=CombineSubOrderAmount(total_amount=total, currency="CNY"),
            out_trade_no=_trade_no(f"N{n}"),
            description=description,
        )
        for n, (attach, description, total) in enumerate(GOODS[:2], start=1)
    ]
    native_response = create_combine_native_transaction.sync_detailed(
        client=client,
        body=CombineNativeRequest(
            combine_appid=APPID,
            combine_mchid=mchid,
            combine_out_trade_no=native_no,
            sub_orders=native_subs,
            notify_url=f"{webhook.url}/notify",
        ),
    )
    native = parsed(native_response)
    if not native.code_url.startswith("weixin://"):
        raise DemoStepError(f"unexpected code_url {native.code_url}")
    p.line("sent", f"POST combine_out_trade_no={native_no}, {len(native_subs)} sub-orders")
    p.line(f"got {native_response.status_code.value}", f"code_url={native.code_url} (rendered as a QR code)")

    p.title("close_combine_transaction   合单关闭订单")
    close_response = close_combine_transaction.sync_detailed(native_no, client=client, body=close_body(native_subs))
    if close_response.status_code.value != 204:
        raise DemoStepError(f"close answered HTTP {close_response.status_code.value}")
    p.line("sent", f"POST close combine_out_trade_no={native_no}, listing both sub-orders")
    p.line("got 204", f"closed, no body (signature verified); Request-ID {request_id(close_response.headers)}")

    p.title("query the closed order, then the user tries to pay it")
    closed = parsed(query_combine_transaction.sync_detailed(native_no, client=client))
    states = [r.trade_state for r in ([] if isinstance(closed.sub_orders, Unset) else closed.sub_orders)]
    if states != ["CLOSED", "CLOSED"]:
        raise DemoStepError(f"the closed order's sub-orders are {states}")
    p.line("got 200", f"sub-orders {', '.join(_text(s) for s in states)}")
    try:
        _user(sb).user_pays(native_no)
    except SandboxError as exc:
        if exc.code != "ORDER_CLOSED":
            raise DemoStepError(f"paying a closed order failed with {exc.code}, not ORDER_CLOSED") from exc
        p.line("sandbox", f"payment refused: {exc.status} {exc.code}")
    else:
        raise DemoStepError("the user could pay a closed combined order")
