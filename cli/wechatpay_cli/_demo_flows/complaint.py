"""``wechatpay demo --flow complaint``: 风险合规∙消费者投诉, a complaint from filing to handled.

Register the complaint notification URL -> the user files a complaint (sandbox) ->
COMPLAINT.CREATE -> list and read it (``payer_phone`` decrypted by the SDK, printed masked) ->
upload a reply image -> reply (PENDING -> PROCESSING, COMPLAINT.STATE_CHANGE) -> mark it handled
(PROCESSED, COMPLAINT.STATE_CHANGE) -> the negotiation history -> completing again is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import urllib.parse
import uuid
import zlib

from wechatpay_auth import APIError
from wechatpay_client import Client
from wechatpay_client.api.complaints import (
    complete_complaint,
    create_complaint_notification,
    list_complaint_negotiation_history,
    list_complaints,
    query_complaint,
    query_complaint_notification,
    respond_complaint,
    upload_complaint_image,
)
from wechatpay_client.models.complaint_complete_request import ComplaintCompleteRequest
from wechatpay_client.models.complaint_image_upload_meta import ComplaintImageUploadMeta
from wechatpay_client.models.complaint_image_upload_request import ComplaintImageUploadRequest
from wechatpay_client.models.complaint_notification_url_request import ComplaintNotificationUrlRequest
from wechatpay_client.models.complaint_response_request import ComplaintResponseRequest
from wechatpay_client.types import File
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._flows.complaint import ComplaintFlow

from wechatpay_cli._demo import BEIJING, DemoStepError, Printer, WebhookReceiver, parsed, request_id

TITLE = "风险合规∙消费者投诉 (consumer complaints: notify URL, file, reply, complete)"


def mask_phone(phone: str) -> str:
    return phone[:3] + "*" * max(len(phone) - 7, 1) + phone[-4:] if len(phone) > 7 else "*" * len(phone)


def _png() -> bytes:
    """A 1x1 white PNG, built here so the demo needs no file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    mchid = sb.credentials.mchid
    user = sb.flows["complaint"]
    if not isinstance(user, ComplaintFlow):
        raise DemoStepError("the sandbox has no complaint flow")
    notify_url = f"{webhook.url}/notify"
    today = dt.datetime.now(BEIJING).date()
    out_trade_no = "DEMO" + uuid.uuid4().hex[:20].upper()
    transaction_id = f"4200{uuid.uuid4().int % 10**24:024d}"
    phone = "13800138000"

    p.title("create_complaint_notification   创建投诉通知回调地址")
    p.line("sent", f"POST url={notify_url}")
    created_response = create_complaint_notification.sync_detailed(
        client=client, body=ComplaintNotificationUrlRequest(url=notify_url)
    )
    created = parsed(created_response)
    if (created.mchid, created.url) != (mchid, notify_url):
        raise DemoStepError(f"the stored address is {created.url} for {created.mchid}")
    p.line(
        f"got {created_response.status_code.value}",
        f"mchid={created.mchid}, url={created.url}; Request-ID {request_id(created_response.headers)}",
    )

    p.title("query_complaint_notification   查询投诉通知回调地址")
    queried_url = parsed(query_complaint_notification.sync_detailed(client=client))
    if queried_url.url != notify_url:
        raise DemoStepError(f"query_complaint_notification answered {queried_url.url}")
    p.line("got 200", f"url={queried_url.url}: one address per merchant")

    p.title("the user files a complaint in WeChat (sandbox: flows['complaint'].user_files)")
    filed = user.user_files(
        transaction_id,
        out_trade_no,
        "已付款但一直没有发货, 联系客服无回应",
        phone,
        amount=5990,
        problem_type="REFUND",
    )
    p.line(
        "sandbox",
        f"complaint {filed.complaint_id} about out_trade_no={out_trade_no}, 59.90 CNY, state {filed.complaint_state}",
    )
    p.line("", f"the user left the phone number {mask_phone(phone)} (WeChat Pay encrypts it for the merchant)")

    p.title("COMPLAINT.CREATE notification")
    event = webhook.wait_for("COMPLAINT.CREATE")
    resource = event.resource
    if resource.complaint_id != filed.complaint_id or resource.action_type != "CREATE_COMPLAINT":
        raise DemoStepError(f"unexpected CREATE resource: {resource.complaint_id} {resource.action_type}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line("", f"complaint_id={resource.complaint_id}, action_type={resource.action_type}")

    p.title("list_complaints   查询投诉单列表 (the last 7 days)")
    begin = today - dt.timedelta(days=7)
    p.line("sent", f"GET begin_date={begin}, end_date={today}, limit=10, offset=0")
    list_response = list_complaints.sync_detailed(client=client, begin_date=begin, end_date=today, limit=10, offset=0)
    listed = parsed(list_response)
    rows = [row for row in listed.data or [] if row.complaint_id == filed.complaint_id]
    if len(rows) != 1 or rows[0].complaint_state != "PENDING":
        raise DemoStepError(f"the complaint is not listed as PENDING ({len(rows)} rows)")
    if rows[0].payer_phone != phone:
        raise DemoStepError("payer_phone in the list was not decrypted to the user's number")
    p.line(
        f"got {list_response.status_code.value}",
        f"total_count={listed.total_count}; {filed.complaint_id} {rows[0].complaint_state}, "
        f"payer_phone decrypted by the SDK: {mask_phone(rows[0].payer_phone)}",
    )

    p.title("query_complaint   查询投诉单详情")
    detail_response = query_complaint.sync_detailed(filed.complaint_id, client=client)
    detail = parsed(detail_response)
    orders = detail.complaint_order_info or []
    if detail.payer_phone != phone or not orders or orders[0].out_trade_no != out_trade_no:
        raise DemoStepError("the detail does not carry the user's phone number and the complained order")
    p.line("sent", f"GET complaint_id={filed.complaint_id}")
    p.line(
        f"got {detail_response.status_code.value}",
        f"state={detail.complaint_state}, problem_type={detail.problem_type}, "
        f"apply_refund_amount={detail.apply_refund_amount} fen; Request-ID {request_id(detail_response.headers)}",
    )
    p.line("", f"order {orders[0].out_trade_no} ({orders[0].amount} fen), payer_phone {mask_phone(detail.payer_phone)}")
    p.line("", f"complaint_detail: {detail.complaint_detail}")

    p.title("upload_complaint_image   图片上传接口 (the reply's image)")
    image = _png()
    upload_response = upload_complaint_image.sync_detailed(
        client=client,
        body=ComplaintImageUploadRequest(
            meta=ComplaintImageUploadMeta(filename="reply.png", sha256=hashlib.sha256(image).hexdigest()),
            file=File(payload=io.BytesIO(image), file_name="reply.png", mime_type="image/png"),
        ),
    )
    media_id = parsed(upload_response).media_id
    p.line("sent", f"POST multipart meta {{filename: reply.png, sha256}} + {len(image)} bytes; meta JSON signed")
    p.line(f"got {upload_response.status_code.value}", f"media_id={media_id[:24]}...")

    p.title("respond_complaint   回复用户 (with the image)")
    reply = "您好, 商品已补发, 运单号已短信告知; 如仍有问题可随时联系我们。"
    reply_response = respond_complaint.sync_detailed(
        filed.complaint_id,
        client=client,
        body=ComplaintResponseRequest(complainted_mchid=mchid, response_content=reply, response_images=[media_id]),
    )
    if reply_response.status_code.value != 204:
        raise DemoStepError(f"respond_complaint answered HTTP {reply_response.status_code.value}")
    p.line("sent", f"POST complainted_mchid={mchid}, response_content ({len(reply)} chars), 1 image")
    p.line("got 204", f"reply recorded; Request-ID {request_id(reply_response.headers)}")

    p.title("COMPLAINT.STATE_CHANGE notification (merchant replied)")
    event = webhook.wait_for("COMPLAINT.STATE_CHANGE")
    if event.resource.complaint_id != filed.complaint_id or event.resource.action_type != "MERCHANT_RESPONSE":
        raise DemoStepError(f"unexpected STATE_CHANGE resource: {event.resource.action_type}")
    state = parsed(query_complaint.sync_detailed(filed.complaint_id, client=client)).complaint_state
    if state != "PROCESSING":
        raise DemoStepError(f"after the first reply the complaint is {state}, not PROCESSING")
    p.line("received", f"id {event.id}: action_type={event.resource.action_type}, signature verified")
    p.line("", f"query_complaint: complaint_state={state}")

    p.title("complete_complaint   反馈处理完成")
    complete_response = complete_complaint.sync_detailed(
        filed.complaint_id, client=client, body=ComplaintCompleteRequest(complainted_mchid=mchid)
    )
    if complete_response.status_code.value != 204:
        raise DemoStepError(f"complete_complaint answered HTTP {complete_response.status_code.value}")
    p.line("sent", f"POST complainted_mchid={mchid}")
    p.line("got 204", f"recorded; Request-ID {request_id(complete_response.headers)}")

    p.title("COMPLAINT.STATE_CHANGE notification (handled)")
    event = webhook.wait_for("COMPLAINT.STATE_CHANGE")
    if event.resource.complaint_id != filed.complaint_id or event.resource.action_type != "MERCHANT_CONFIRM_COMPLETE":
        raise DemoStepError(f"unexpected STATE_CHANGE resource: {event.resource.action_type}")
    state = parsed(query_complaint.sync_detailed(filed.complaint_id, client=client)).complaint_state
    if state != "PROCESSED":
        raise DemoStepError(f"after complete the complaint is {state}, not PROCESSED")
    p.line("received", f"id {event.id}: action_type={event.resource.action_type}, signature verified")
    p.line("", f"query_complaint: complaint_state={state}")

    p.title("list_complaint_negotiation_history   查询投诉单协商历史")
    history_response = list_complaint_negotiation_history.sync_detailed(
        filed.complaint_id, client=client, limit=50, offset=0
    )
    history = parsed(history_response).data or []
    kinds = [entry.operate_type for entry in history]
    if kinds != ["USER_CREATE_COMPLAINT", "MERCHANT_RESPONSE", "MERCHANT_CONFIRM_COMPLETE"]:
        raise DemoStepError(f"unexpected history: {kinds}")
    images = history[1].image_list if isinstance(history[1].image_list, list) else []
    if len(images) != 1 or not urllib.parse.unquote(images[0]).endswith("/" + media_id):
        raise DemoStepError("the reply's history entry does not show the uploaded image")
    p.line(f"got {history_response.status_code.value}", f"{len(history)} entries")
    for entry in history:
        extra = f", {len(entry.image_list)} image" if entry.image_list else ""
        p.line("", f"{entry.operate_time:%H:%M:%S} {entry.operator}  {entry.operate_type}{extra}")

    p.title("complete_complaint again   (a PROCESSED complaint: refused)")
    try:
        complete_complaint.sync_detailed(
            filed.complaint_id, client=client, body=ComplaintCompleteRequest(complainted_mchid=mchid)
        )
    except APIError as exc:
        if (exc.status_code, exc.code) != (400, "INVALID_REQUEST"):
            raise DemoStepError(f"completing twice answered {exc.status_code} {exc.code}") from exc
        p.line(f"got {exc.status_code}", f"{exc.code}: {exc.message}; Request-ID {exc.request_id}")
    else:
        raise DemoStepError("completing a PROCESSED complaint again was accepted")
