"""运营工具∙代金券: a cash-coupon batch from creation to the verified COUPON.USE callback.

upload the logo (营销图片上传) -> set the marketing callback address -> create a batch
(``unactivated``) -> a send before activation is refused -> activate (``running``) -> send a
coupon to a user -> resend with the same out_request_no (same coupon) -> a second coupon for the
same user is refused -> pause (a send is refused) and restart -> fill the batch up (the next send is
refused) -> an unknown batch is 404 -> the user pays with the coupon (``USED``) -> the merchant reads
the coupon and the batch's counts -> using it again is refused -> COUPON.USE, verified and typed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import secrets
import uuid
from collections.abc import Callable

from wechatpay_auth import APIError
from wechatpay_client import Client
from wechatpay_client.api.favor import (
    create_favor_stock,
    list_favor_user_coupons,
    pause_favor_stock,
    query_favor_callback,
    query_favor_coupon,
    query_favor_stock,
    restart_favor_stock,
    send_favor_coupon,
    set_favor_callback,
    start_favor_stock,
)
from wechatpay_client.api.marketing_media import upload_marketing_image
from wechatpay_client.models.favor_callback_set_request import FavorCallbackSetRequest
from wechatpay_client.models.favor_coupon_notification_resource import FavorCouponNotificationResource
from wechatpay_client.models.favor_coupon_send_request import FavorCouponSendRequest
from wechatpay_client.models.favor_coupon_use_rule import FavorCouponUseRule
from wechatpay_client.models.favor_fixed_normal_coupon import FavorFixedNormalCoupon
from wechatpay_client.models.favor_stock_create_request import FavorStockCreateRequest
from wechatpay_client.models.favor_stock_pattern_info import FavorStockPatternInfo
from wechatpay_client.models.favor_stock_send_rule import FavorStockSendRule
from wechatpay_client.models.favor_stock_state_change_request import FavorStockStateChangeRequest
from wechatpay_client.models.marketing_media_upload_meta import MarketingMediaUploadMeta
from wechatpay_client.models.marketing_media_upload_request import MarketingMediaUploadRequest
from wechatpay_client.types import UNSET, File, Unset
from wechatpay_sandbox import Sandbox, SandboxError
from wechatpay_sandbox._flows.voucher import VoucherFlow

from wechatpay_cli._demo import APPID, BEIJING, DemoStepError, Printer, WebhookReceiver, parsed, request_id

TITLE = "运营工具∙代金券 (cash-coupon batch: send a voucher, the user pays with it, COUPON.USE)"

EVENT = "COUPON.USE"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
COUPON_AMOUNT = 500  # fen: 5 yuan off
THRESHOLD = 5000  # fen: orders from 50 yuan
MAX_COUPONS = 5  # the smallest batch the page allows
#: a 1x1 PNG for the merchant logo
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _mask_openid(openid: str) -> str:
    return openid[:6] + "***" + openid[-4:]


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


def _send_request(stock_id: str, mchid: str, out_request_no: str) -> FavorCouponSendRequest:
    return FavorCouponSendRequest(
        stock_id=stock_id, out_request_no=out_request_no, appid=APPID, stock_creator_mchid=mchid
    )


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    flow = sb.flows["voucher"]
    if not isinstance(flow, VoucherFlow):
        raise DemoStepError("the sandbox has no voucher flow")
    mchid = sb.credentials.mchid
    notify_url = f"{webhook.url}/notify"

    p.title("upload_marketing_image   图片上传（营销专用） (the coupon's merchant logo)")
    upload_response = upload_marketing_image.sync_detailed(
        client=client,
        body=MarketingMediaUploadRequest(
            meta=MarketingMediaUploadMeta(filename="logo.png", sha256=hashlib.sha256(PNG).hexdigest()),
            file=File(payload=io.BytesIO(PNG), file_name="logo.png", mime_type="image/png"),
        ),
    )
    media_url = parsed(upload_response).media_url
    if not media_url:
        raise DemoStepError("the upload answered no media_url")
    p.line("sent", f"POST multipart meta {{filename: logo.png, sha256}} + {len(PNG)} bytes; meta JSON signed")
    p.line(f"got {upload_response.status_code.value}", f"media_url={media_url[:48]}...")
    logo = media_url if len(media_url) <= 128 else UNSET  # pattern_info.merchant_logo holds at most 128

    p.title("set_favor_callback   设置代金券消息通知地址")
    set_response = set_favor_callback.sync_detailed(
        client=client, body=FavorCallbackSetRequest(mchid=mchid, notify_url=notify_url, switch=True)
    )
    answer = parsed(set_response)
    if answer.notify_url != notify_url:
        raise DemoStepError(f"the callback address was set to {answer.notify_url}")
    p.line("sent", f"POST mchid={mchid}, notify_url={notify_url}, switch on")
    p.line(
        f"got {set_response.status_code.value}",
        f"updated {answer.update_time}; Request-ID {request_id(set_response.headers)}",
    )
    read_back = parsed(query_favor_callback.sync_detailed(client=client, mchid=mchid))
    if read_back.notify_url != notify_url:
        raise DemoStepError(f"query_favor_callback answered {read_back.notify_url}")
    p.line("", "query_favor_callback agrees: COUPON.USE will be sent there")

    p.title("create_favor_stock   创建代金券批次")
    now = dt.datetime.now(BEIJING).replace(microsecond=0)
    body = FavorStockCreateRequest(
        stock_name="开业满50减5",
        comment="demo batch",
        belong_merchant=mchid,
        available_begin_time=now,
        available_end_time=now + dt.timedelta(days=30),
        stock_use_rule=FavorStockSendRule(
            max_coupons=MAX_COUPONS,
            max_amount=COUPON_AMOUNT * MAX_COUPONS,
            max_coupons_per_user=1,
            natural_person_limit=False,
            prevent_api_abuse=False,
        ),
        pattern_info=FavorStockPatternInfo(
            description="满50元减5元, 每人限领1张, 30天内有效", merchant_logo=logo, merchant_name="示例咖啡"
        ),
        coupon_use_rule=FavorCouponUseRule(
            fixed_normal_coupon=FavorFixedNormalCoupon(coupon_amount=COUPON_AMOUNT, transaction_minimum=THRESHOLD)
        ),
        no_cash=False,
        stock_type="NORMAL",
        out_request_no="DEMO" + uuid.uuid4().hex[:20].upper(),
    )
    created_response = create_favor_stock.sync_detailed(client=client, body=body)
    created = parsed(created_response)
    stock_id = created.stock_id
    p.line("sent", f"POST NORMAL batch: {MAX_COUPONS} coupons of {COUPON_AMOUNT} fen from {THRESHOLD} fen,")
    p.line("", f"budget {COUPON_AMOUNT * MAX_COUPONS} fen, 1 per user, 30 days from {now.isoformat()}")
    p.line(f"got {created_response.status_code.value}", f"stock_id={stock_id}, created {created.create_time}")
    stock = parsed(query_favor_stock.sync_detailed(stock_id, client=client, stock_creator_mchid=mchid))
    if stock.status != "unactivated":
        raise DemoStepError(f"a new batch is {stock.status}, not unactivated")
    p.line("", f"query_favor_stock: status={stock.status}")

    p.title("send_favor_coupon before activation (refused)")
    p.line("sent", f"POST openid {_mask_openid(OPENID)}, stock_id={stock_id}")
    _refused(
        p,
        "sending from an unactivated batch",
        lambda: send_favor_coupon.sync_detailed(
            OPENID, client=client, body=_send_request(stock_id, mchid, "DEMO" + uuid.uuid4().hex[:20])
        ),
        400,
        "INVALID_REQUEST",
    )

    p.title("start_favor_stock   激活代金券批次")
    start_response = start_favor_stock.sync_detailed(
        stock_id, client=client, body=FavorStockStateChangeRequest(stock_creator_mchid=mchid)
    )
    started = parsed(start_response)
    stock = parsed(query_favor_stock.sync_detailed(stock_id, client=client, stock_creator_mchid=mchid))
    if stock.status != "running":
        raise DemoStepError(f"after start the batch is {stock.status}")
    p.line("sent", f"POST stock_id={stock_id}/start")
    p.line(f"got {start_response.status_code.value}", f"start_time={started.start_time}; status={stock.status}")

    p.title("send_favor_coupon   发放指定批次的代金券")
    out_request_no = "DEMO" + uuid.uuid4().hex[:20].upper()
    send_body = _send_request(stock_id, mchid, out_request_no)
    send_response = send_favor_coupon.sync_detailed(OPENID, client=client, body=send_body)
    coupon_id = parsed(send_response).coupon_id
    p.line("sent", f"POST openid {_mask_openid(OPENID)}, out_request_no={out_request_no}")
    p.line(
        f"got {send_response.status_code.value}",
        f"coupon_id={coupon_id}; Request-ID {request_id(send_response.headers)}",
    )

    p.title("send_favor_coupon again, same out_request_no (idempotent re-entry)")
    again = parsed(send_favor_coupon.sync_detailed(OPENID, client=client, body=send_body))
    if again.coupon_id != coupon_id:
        raise DemoStepError(f"the resend gave another coupon {again.coupon_id}")
    p.line("sent", f"POST out_request_no={out_request_no} unchanged")
    p.line("got 200", f"the same coupon_id={again.coupon_id}: no second coupon")

    p.title("send_favor_coupon to the same user, a new out_request_no (refused: 1 per user)")
    p.line("sent", f"POST openid {_mask_openid(OPENID)}, a new out_request_no (max_coupons_per_user is 1)")
    _refused(
        p,
        "a second coupon for the same user",
        lambda: send_favor_coupon.sync_detailed(
            OPENID, client=client, body=_send_request(stock_id, mchid, "DEMO" + uuid.uuid4().hex[:20])
        ),
        403,
        "REQUEST_BLOCKED",
    )

    p.title("pause_favor_stock, a send while paused (refused), restart_favor_stock")
    state = FavorStockStateChangeRequest(stock_creator_mchid=mchid)
    paused = parsed(pause_favor_stock.sync_detailed(stock_id, client=client, body=state))
    status = parsed(query_favor_stock.sync_detailed(stock_id, client=client, stock_creator_mchid=mchid)).status
    if status != "paused":
        raise DemoStepError(f"after pause the batch is {status}")
    p.line("sent", f"POST stock_id={stock_id}/pause")
    p.line("got 200", f"pause_time={paused.pause_time}; status={status}")
    other = "oDemoUser" + uuid.uuid4().hex[:18]
    p.line("sent", f"POST send to another user {_mask_openid(other)}")
    _refused(
        p,
        "sending from a paused batch",
        lambda: send_favor_coupon.sync_detailed(
            other, client=client, body=_send_request(stock_id, mchid, "DEMO" + uuid.uuid4().hex[:20])
        ),
        400,
        "INVALID_REQUEST",
    )
    restarted = parsed(restart_favor_stock.sync_detailed(stock_id, client=client, body=state))
    status = parsed(query_favor_stock.sync_detailed(stock_id, client=client, stock_creator_mchid=mchid)).status
    if status != "running":
        raise DemoStepError(f"after restart the batch is {status}")
    p.line("sent", f"POST stock_id={stock_id}/restart")
    p.line("got 200", f"restart_time={restarted.restart_time}; status={status}")

    p.title(f"send to {MAX_COUPONS - 1} more users, then one more (refused: the batch is spent)")
    for index in range(MAX_COUPONS - 1):
        user = f"oDemoUser{index}" + uuid.uuid4().hex[:16]
        parsed(
            send_favor_coupon.sync_detailed(
                user, client=client, body=_send_request(stock_id, mchid, "DEMO" + uuid.uuid4().hex[:20])
            )
        )
    p.line("sent", f"{MAX_COUPONS - 1} sends to other users: all answered a coupon_id ({MAX_COUPONS} of {MAX_COUPONS})")
    p.line("sent", f"POST send to user {_mask_openid(other)}")
    _refused(
        p,
        "sending beyond max_coupons",
        lambda: send_favor_coupon.sync_detailed(
            other, client=client, body=_send_request(stock_id, mchid, "DEMO" + uuid.uuid4().hex[:20])
        ),
        403,
        "NOT_ENOUGH",
    )

    p.title("query_favor_stock of an unknown batch (404)")
    p.line("sent", "GET stock_id=9999999999")
    _refused(
        p,
        "querying an unknown batch",
        lambda: query_favor_stock.sync_detailed("9999999999", client=client, stock_creator_mchid=mchid),
        404,
        "RESOURCE_NOT_EXISTS",
    )

    p.title("the user pays a 68.00 yuan order with the coupon (sandbox: flows['voucher'].user_uses)")
    transaction_id = f"4200{secrets.randbelow(10**24):024d}"
    used = flow.user_uses(coupon_id, transaction_id=transaction_id, order_amount=6800)
    if used.status != "USED":
        raise DemoStepError(f"after payment the coupon is {used.status}")
    p.line("sandbox", f"order {transaction_id}: 6800 fen, {COUPON_AMOUNT} fen off; coupon {coupon_id} is {used.status}")

    p.title("query_favor_coupon   查询代金券详情")
    coupon_response = query_favor_coupon.sync_detailed(OPENID, coupon_id, client=client, appid=APPID)
    coupon = parsed(coupon_response)
    consume = coupon.consume_information
    if coupon.status != "USED" or isinstance(consume, Unset) or consume.transaction_id != transaction_id:
        raise DemoStepError(f"the coupon reads {coupon.status} without the paying order")
    p.line("sent", f"GET openid {_mask_openid(OPENID)}, coupon_id={coupon_id}")
    p.line(
        f"got {coupon_response.status_code.value}",
        f"status={coupon.status}, used {consume.consume_time} at {consume.consume_mchid} with {consume.transaction_id}",
    )

    p.title("query_favor_stock and list_favor_user_coupons: the batch's counts")
    stock = parsed(query_favor_stock.sync_detailed(stock_id, client=client, stock_creator_mchid=mchid))
    used_list = parsed(
        list_favor_user_coupons.sync_detailed(
            OPENID, client=client, appid=APPID, stock_id=stock_id, status="USED", creator_mchid=mchid
        )
    )
    if stock.distributed_coupons != MAX_COUPONS or used_list.total_count != 1:
        raise DemoStepError(f"distributed {stock.distributed_coupons}, used {used_list.total_count}")
    p.line("got 200", f"status={stock.status}, distributed_coupons={stock.distributed_coupons} of {MAX_COUPONS}")
    p.line("got 200", f"the user's USED coupons of the batch: {used_list.total_count}")

    p.title("the same coupon on another order (refused)")
    try:
        flow.user_uses(coupon_id, order_amount=6800)
    except SandboxError as exc:
        p.line("sandbox", f"refused {exc.status} {exc.code}: {exc.message}")
    else:
        raise DemoStepError("a used coupon was accepted again")

    p.title(f"{EVENT} notification   核销事件回调通知")
    event = webhook.wait_for(EVENT)
    resource = event.resource
    if not isinstance(resource, FavorCouponNotificationResource):
        raise DemoStepError(f"the {EVENT} resource is a {type(resource).__name__}")
    if (resource.coupon_id, resource.stock_id, resource.status) != (coupon_id, stock_id, "USED"):
        raise DemoStepError(f"unexpected {EVENT} resource: {resource.coupon_id} {resource.status}")
    info = resource.consume_information
    if isinstance(info, Unset) or info.transaction_id != transaction_id:
        raise DemoStepError(f"the {EVENT} resource does not name the paying order")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line("", f"typed {type(resource).__name__}: coupon {resource.coupon_id} of batch {resource.stock_id},")
    p.line("", f"status={resource.status}, order {info.transaction_id}, used at {info.consume_time}")
