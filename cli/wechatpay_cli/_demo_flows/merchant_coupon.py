"""运营工具∙商家券: a merchant-coupon batch, a coupon sent and redeemed, another invalidated, refusals.

set the event address -> create a batch (WeChat Pay's codes) -> send a coupon to a user ->
COUPON.SEND (verified, typed) -> query the coupon and the user's list -> redeem it (USED) ->
the same redemption again (same answer) -> query USED -> a second user receives one in the mini
program (COUPON.SEND) -> the first user over the per-user limit (refused) -> redemption with
another AppID and another OpenID (refused) -> invalidate the second coupon -> redeem it (refused)
-> redeem the used coupon again (refused) -> an unknown coupon (404).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from wechatpay_auth import APIError
from wechatpay_client import Client
from wechatpay_client.api.busifavor import (
    create_busifavor_stock,
    deactivate_busifavor_coupon,
    list_busifavor_user_coupons,
    query_busifavor_callback,
    query_busifavor_stock,
    query_busifavor_user_coupon,
    send_busifavor_coupon,
    set_busifavor_callback,
    use_busifavor_coupon,
)
from wechatpay_client.models.busifavor_available_time import BusifavorAvailableTime
from wechatpay_client.models.busifavor_callback_set_request import BusifavorCallbackSetRequest
from wechatpay_client.models.busifavor_coupon_deactivate_request import BusifavorCouponDeactivateRequest
from wechatpay_client.models.busifavor_coupon_send_request import BusifavorCouponSendRequest
from wechatpay_client.models.busifavor_coupon_use_request import BusifavorCouponUseRequest
from wechatpay_client.models.busifavor_coupon_use_rule import BusifavorCouponUseRule
from wechatpay_client.models.busifavor_fixed_normal_coupon import BusifavorFixedNormalCoupon
from wechatpay_client.models.busifavor_notification_resource import BusifavorNotificationResource
from wechatpay_client.models.busifavor_notify_config import BusifavorNotifyConfig
from wechatpay_client.models.busifavor_stock_create_request import BusifavorStockCreateRequest
from wechatpay_client.models.busifavor_stock_send_rule import BusifavorStockSendRule
from wechatpay_client.types import Unset
from wechatpay_sandbox import Sandbox, SandboxError
from wechatpay_sandbox._flows.merchant_coupon import MerchantCouponFlow

from wechatpay_cli._demo import APPID, BEIJING, DemoStepError, Printer, WebhookReceiver, parsed, request_id

TITLE = "运营工具∙商家券 (merchant coupons: create, send, redeem, invalidate)"

EVENT = "COUPON.SEND"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
SECOND_OPENID = "oUpF8uN95-Ptaags6E_roPHg7AG0"
OTHER_APPID = "wx1234567889999"


def _mask(openid: str) -> str:
    return openid[:6] + "…" + openid[-4:]


def _refused(p: Printer, what: str, call: Callable[[], object], status: int, code: str) -> None:
    """Run ``call`` and check that WeChat Pay refuses it with ``status`` and ``code``."""
    try:
        call()
    except APIError as exc:
        if exc.status_code != status or exc.code != code:
            raise DemoStepError(f"{what}: expected {status} {code}, got {exc.status_code} {exc.code}") from exc
        p.line(f"got {exc.status_code}", f"{exc.code}: {exc.message}; Request-ID {exc.request_id}")
        return
    raise DemoStepError(f"{what} was accepted; WeChat Pay refuses it with {status} {code}")


def _user_refused(p: Printer, what: str, call: Callable[[], object], code: str) -> None:
    """The same for the user's side, which the sandbox answers with a SandboxError."""
    try:
        call()
    except SandboxError as exc:
        if exc.code != code:
            raise DemoStepError(f"{what}: expected {code}, got {exc.code}") from exc
        p.line("sandbox", f"refused {exc.status} {exc.code}: {exc.message}")
        return
    raise DemoStepError(f"{what} was accepted; WeChat Pay refuses it with {code}")


def _stock_request(out_request_no: str, mchid: str) -> BusifavorStockCreateRequest:
    now = dt.datetime.now(BEIJING).replace(microsecond=0)
    return BusifavorStockCreateRequest(
        stock_name="满100减10元",
        belong_merchant=mchid,  # a direct merchant owns its batches
        goods_name="全场通用",
        stock_type="NORMAL",
        coupon_use_rule=BusifavorCouponUseRule(
            coupon_available_time=BusifavorAvailableTime(
                available_begin_time=now - dt.timedelta(minutes=1),
                available_end_time=now + dt.timedelta(days=30),
            ),
            use_method="OFF_LINE",
            fixed_normal_coupon=BusifavorFixedNormalCoupon(discount_amount=1000, transaction_minimum=10000),
        ),
        stock_send_rule=BusifavorStockSendRule(max_coupons_per_user=1, max_coupons=1000),
        out_request_no=out_request_no,
        coupon_code_mode="WECHATPAY_MODE",
        notify_config=BusifavorNotifyConfig(notify_appid=APPID),
        comment="demo",
    )


def _use_request(
    code: str, stock_id: str, use_request_no: str, *, appid: str = APPID, openid: str = OPENID
) -> BusifavorCouponUseRequest:
    return BusifavorCouponUseRequest(
        coupon_code=code,
        stock_id=stock_id,
        appid=appid,
        use_time=dt.datetime.now(BEIJING).replace(microsecond=0),
        use_request_no=use_request_no,
        openid=openid,
    )


def _send_event(webhook: WebhookReceiver) -> tuple[str, BusifavorNotificationResource]:
    event = webhook.wait_for(EVENT)
    resource = event.resource
    if not isinstance(resource, BusifavorNotificationResource):
        raise DemoStepError(f"{EVENT} was parsed as {type(resource).__name__}, not BusifavorNotificationResource")
    return str(event.id), resource


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    flow = sb.flows["merchant_coupon"]
    if not isinstance(flow, MerchantCouponFlow):
        raise DemoStepError("the sandbox has no merchant_coupon flow")
    mchid = sb.credentials.mchid
    notify_url = f"{webhook.url}/notify"

    p.title("set_busifavor_callback   设置商家券事件通知地址")
    set_response = set_busifavor_callback.sync_detailed(
        client=client, body=BusifavorCallbackSetRequest(notify_url=notify_url)
    )
    registered = parsed(set_response)
    if registered.notify_url != notify_url or registered.mchid != mchid:
        raise DemoStepError(f"set answered {registered.notify_url} for {registered.mchid}")
    p.line("sent", f"POST notify_url={notify_url}")
    p.line(f"got {set_response.status_code.value}", f"mchid={registered.mchid}, update_time={registered.update_time}")
    read_back = parsed(query_busifavor_callback.sync_detailed(client=client))
    if read_back.notify_url != notify_url:
        raise DemoStepError(f"query_busifavor_callback answered {read_back.notify_url}")
    p.line("", "query_busifavor_callback reads the same address back")

    p.title("create_busifavor_stock   创建商家券 (WECHATPAY_MODE: WeChat Pay's codes)")
    body = _stock_request("DEMO" + uuid.uuid4().hex[:20].upper(), mchid)
    created_response = create_busifavor_stock.sync_detailed(client=client, body=body)
    created = parsed(created_response)
    stock_id = created.stock_id
    p.line(
        "sent",
        f"POST NORMAL batch 满100减10元 (1000 fen off from 10000 fen), 1 per user, out_request_no={body.out_request_no}",
    )
    p.line(
        f"got {created_response.status_code.value}",
        f"stock_id={stock_id}, create_time={created.create_time}; Request-ID {request_id(created_response.headers)}",
    )
    stock = parsed(query_busifavor_stock.sync_detailed(stock_id, client=client))
    if stock.stock_state != "RUNNING" or stock.coupon_code_mode != "WECHATPAY_MODE":
        raise DemoStepError(f"the batch is {stock.stock_state} in mode {stock.coupon_code_mode}")
    p.line("", f"query_busifavor_stock: stock_state={stock.stock_state}, coupon_code_mode={stock.coupon_code_mode}")

    p.title("send_busifavor_coupon   向用户发券")
    send_no = "SEND" + uuid.uuid4().hex[:16].upper()
    send_response = send_busifavor_coupon.sync_detailed(
        client=client,
        body=BusifavorCouponSendRequest(openid=OPENID, appid=APPID, stock_id=stock_id, out_request_no=send_no),
    )
    sent = parsed(send_response)
    code = sent.coupon_code
    if isinstance(code, Unset) or not code or sent.stock_id != stock_id:
        raise DemoStepError("the send answered no coupon_code of the batch")
    p.line("sent", f"POST stock_id={stock_id} to openid {_mask(OPENID)} under {APPID}, out_request_no={send_no}")
    p.line(f"got {send_response.status_code.value}", f"coupon_code={code} (assigned by WeChat Pay)")

    p.title(f"{EVENT} notification (the user received it)")
    event_id, received = _send_event(webhook)
    if received.coupon_code != code or received.stock_id != stock_id or received.send_merchant != mchid:
        raise DemoStepError(f"unexpected {EVENT} resource: {received.coupon_code} {received.stock_id}")
    if received.send_channel != "BUSICOUPON_SEND_CHANNEL_API" or received.openid != OPENID:
        raise DemoStepError(f"{EVENT} came with channel {received.send_channel}")
    p.line("received", f"id {event_id}: signature verified, resource decrypted, typed BusifavorNotificationResource")
    p.line(
        "",
        f"coupon_code={received.coupon_code}, send_channel={received.send_channel}, send_merchant={received.send_merchant}",
    )

    p.title("query_busifavor_user_coupon and list_busifavor_user_coupons   查询用户券")
    query_response = query_busifavor_user_coupon.sync_detailed(OPENID, code, APPID, client=client)
    coupon = parsed(query_response)
    if coupon.coupon_state != "SENDED" or coupon.send_request_no != send_no:
        raise DemoStepError(f"the coupon is {coupon.coupon_state}, sent by {coupon.send_request_no}")
    p.line("sent", f"GET users/{_mask(OPENID)}/coupons/{code}/appids/{APPID}")
    p.line(
        f"got {query_response.status_code.value}",
        f"coupon_state={coupon.coupon_state}, usable until {coupon.expire_time}; Request-ID {request_id(query_response.headers)}",
    )
    listed = parsed(list_busifavor_user_coupons.sync_detailed(OPENID, client=client, appid=APPID, stock_id=stock_id))
    if listed.total_count != 1 or isinstance(listed.data, Unset) or listed.data[0].coupon_code != code:
        raise DemoStepError(f"the user's list has {listed.total_count} coupon(s) of the batch")
    p.line(
        "",
        f"the user's list for the batch: total_count={listed.total_count}, send_request_no={listed.data[0].send_request_no}",
    )

    p.title("use_busifavor_coupon   核销用户券")
    use_no = "USE" + uuid.uuid4().hex[:16].upper()
    use_body = _use_request(code, stock_id, use_no)
    use_response = use_busifavor_coupon.sync_detailed(client=client, body=use_body)
    used = parsed(use_response)
    if used.stock_id != stock_id or used.openid != OPENID:
        raise DemoStepError(f"the redemption answered {used.stock_id} for {_mask(used.openid)}")
    p.line("sent", f"POST coupon_code={code}, use_request_no={use_no}")
    p.line(
        f"got {use_response.status_code.value}",
        f"wechatpay_use_time={used.wechatpay_use_time}, openid {_mask(used.openid)}",
    )

    p.title("use_busifavor_coupon again with the same use_request_no (a resend after an unclear outcome)")
    again = parsed(use_busifavor_coupon.sync_detailed(client=client, body=use_body))
    if again.wechatpay_use_time != used.wechatpay_use_time:
        raise DemoStepError("the resend was redeemed a second time")
    p.line("sent", f"POST use_request_no={use_no} unchanged")
    p.line("got 200", f"the same redemption (wechatpay_use_time={again.wechatpay_use_time})")

    p.title("query_busifavor_user_coupon: USED")
    after = parsed(query_busifavor_user_coupon.sync_detailed(OPENID, code, APPID, client=client))
    if after.coupon_state != "USED" or after.use_request_no != use_no:
        raise DemoStepError(f"the redeemed coupon is {after.coupon_state}")
    p.line(
        "got 200",
        f"coupon_state={after.coupon_state}, use_request_no={after.use_request_no}, use_time={after.use_time}",
    )

    p.title("a second user receives a coupon in the mini program (sandbox: flows['merchant_coupon'].user_receives)")
    second = flow.user_receives(stock_id, SECOND_OPENID, appid=APPID)
    p.line("sandbox", f"openid {_mask(SECOND_OPENID)} takes one in the merchant's mini program: {second.coupon_code}")
    event_id, received = _send_event(webhook)
    if received.coupon_code != second.coupon_code or received.send_channel != "BUSICOUPON_SEND_CHANNEL_MINIAPP":
        raise DemoStepError(f"unexpected {EVENT} resource: {received.coupon_code} {received.send_channel}")
    p.line(
        "received", f"{EVENT} id {event_id}: coupon_code={received.coupon_code}, send_channel={received.send_channel}"
    )

    p.title("send_busifavor_coupon to the first user again (per-user limit 1, refused)")
    p.line("sent", f"POST stock_id={stock_id} to openid {_mask(OPENID)} with a new out_request_no")
    _refused(
        p,
        "a second coupon beyond max_coupons_per_user",
        lambda: send_busifavor_coupon.sync_detailed(
            client=client,
            body=BusifavorCouponSendRequest(
                openid=OPENID, appid=APPID, stock_id=stock_id, out_request_no="SEND" + uuid.uuid4().hex[:16].upper()
            ),
        ),
        403,
        "RULE_LIMIT",
    )
    _user_refused(
        p, "the user taking one more in the mini program", lambda: flow.user_receives(stock_id, OPENID), "RULE_LIMIT"
    )

    p.title("use_busifavor_coupon with another AppID, then another OpenID (refused)")
    p.line("sent", f"POST coupon_code={second.coupon_code} with appid {OTHER_APPID} (not the one it was sent under)")
    _refused(
        p,
        "a redemption under another AppID",
        lambda: use_busifavor_coupon.sync_detailed(
            client=client,
            body=_use_request(second.coupon_code, stock_id, "USE" + uuid.uuid4().hex[:16], appid=OTHER_APPID),
        ),
        403,
        "NO_AUTH",
    )
    p.line("sent", f"POST coupon_code={second.coupon_code} with openid {_mask(OPENID)} (not its holder)")
    _refused(
        p,
        "a redemption naming another user",
        lambda: use_busifavor_coupon.sync_detailed(
            client=client, body=_use_request(second.coupon_code, stock_id, "USE" + uuid.uuid4().hex[:16])
        ),
        400,
        "INVALID_REQUEST",
    )

    p.title("deactivate_busifavor_coupon   使券失效")
    deactivate_no = "OFF" + uuid.uuid4().hex[:16].upper()
    off_response = deactivate_busifavor_coupon.sync_detailed(
        client=client,
        body=BusifavorCouponDeactivateRequest(
            coupon_code=second.coupon_code,
            stock_id=stock_id,
            deactivate_request_no=deactivate_no,
            deactivate_reason="活动规则调整",
        ),
    )
    off = parsed(off_response)
    p.line("sent", f"POST coupon_code={second.coupon_code}, deactivate_request_no={deactivate_no}")
    p.line(f"got {off_response.status_code.value}", f"wechatpay_deactivate_time={off.wechatpay_deactivate_time}")
    gone = parsed(query_busifavor_user_coupon.sync_detailed(SECOND_OPENID, second.coupon_code, APPID, client=client))
    if gone.coupon_state != "DEACTIVATED" or gone.deactivate_request_no != deactivate_no:
        raise DemoStepError(f"the invalidated coupon is {gone.coupon_state}")
    p.line("", f"query_busifavor_user_coupon: coupon_state={gone.coupon_state}, reason {gone.deactivate_reason}")

    p.title("use_busifavor_coupon on the invalidated coupon (refused)")
    p.line("sent", f"POST coupon_code={second.coupon_code} by its holder {_mask(SECOND_OPENID)}")
    _refused(
        p,
        "redeeming a DEACTIVATED coupon",
        lambda: use_busifavor_coupon.sync_detailed(
            client=client,
            body=_use_request(second.coupon_code, stock_id, "USE" + uuid.uuid4().hex[:16], openid=SECOND_OPENID),
        ),
        400,
        "INVALID_REQUEST",
    )

    p.title("use_busifavor_coupon on the used coupon with a new use_request_no (refused)")
    p.line("sent", f"POST coupon_code={code}, a new use_request_no")
    _refused(
        p,
        "redeeming a USED coupon again",
        lambda: use_busifavor_coupon.sync_detailed(
            client=client, body=_use_request(code, stock_id, "USE" + uuid.uuid4().hex[:16])
        ),
        400,
        "INVALID_REQUEST",
    )

    p.title("query_busifavor_user_coupon of an unknown coupon (404)")
    unknown = "9" + str(uuid.uuid4().int)[:17]
    p.line("sent", f"GET users/{_mask(OPENID)}/coupons/{unknown}/appids/{APPID}")
    _refused(
        p,
        "querying an unknown coupon",
        lambda: query_busifavor_user_coupon.sync_detailed(OPENID, unknown, APPID, client=client),
        404,
        "RESOURCE_NOT_EXISTS",
    )
