"""商家转账∙用户确认模式: a transfer the user confirms, its callback, queries, a cancellation, refusals.

create (``user_name`` in plaintext, encrypted by the SDK) -> resend unchanged (same bill) -> query
by out_bill_no (``user_name`` decrypted by the SDK) -> the user confirms -> WeChat Pay pays ->
MCHTRANSFER.BILL.FINISHED (SUCCESS) -> query by transfer_bill_no -> cancel refused -> a second
bill cancelled (CANCELING, then CANCELLED with its callback) -> the documented refusals.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from wechatpay_auth import APIError
from wechatpay_client import Client
from wechatpay_client.api.transfer_bills import (
    cancel_transfer_bill,
    create_transfer_bill,
    query_transfer_bill_by_out_bill_no,
    query_transfer_bill_by_transfer_bill_no,
)
from wechatpay_client.models.transfer_bill_create_request import TransferBillCreateRequest
from wechatpay_client.models.transfer_scene_report_info import TransferSceneReportInfo
from wechatpay_client.models.transfer_user_recv_style import TransferUserRecvStyle
from wechatpay_client.types import UNSET
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._flows.transfer import TransferFlow

from wechatpay_cli._demo import APPID, DemoStepError, Printer, WebhookReceiver, mask_name, parsed, request_id

TITLE = "商家转账∙用户确认模式 (transfer to a user's balance, confirmed by the user)"

EVENT = "MCHTRANSFER.BILL.FINISHED"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
SCENE = "1000"  # 现金营销


def _bill_request(out_bill_no: str, amount: int, notify_url: str, user_name: str | None) -> TransferBillCreateRequest:
    return TransferBillCreateRequest(
        appid=APPID,
        out_bill_no=out_bill_no,
        transfer_scene_id=SCENE,
        openid=OPENID,
        transfer_amount=amount,
        transfer_remark="注册会员有礼",
        transfer_scene_report_infos=[
            TransferSceneReportInfo(info_type="活动名称", info_content="注册会员有礼"),
            TransferSceneReportInfo(info_type="奖励说明", info_content="新会员注册奖励"),
        ],
        user_name=UNSET if user_name is None else user_name,
        notify_url=notify_url,
        user_recv_perception="现金奖励",
        user_recv_style=TransferUserRecvStyle(type_="CONFIRM_PAGE"),
    )


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


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    flow = sb.flows["transfer"]
    if not isinstance(flow, TransferFlow):
        raise DemoStepError("the sandbox has no transfer flow")
    notify_url = f"{webhook.url}/notify"
    out_bill_no = "DEMO" + uuid.uuid4().hex[:20].upper()
    user_name = "张三"
    amount = 3000  # fen: 30.00 yuan

    p.title("create_transfer_bill   发起转账")
    body = _bill_request(out_bill_no, amount, notify_url, user_name)
    p.line("sent", f"POST out_bill_no={out_bill_no}, scene {SCENE} (现金营销), {amount} fen to openid {OPENID}")
    p.line("", f"user_name {mask_name(user_name)} given in plaintext, RSA-OAEP encrypted by the SDK")
    created_response = create_transfer_bill.sync_detailed(client=client, body=body)
    created = parsed(created_response)
    if created.state != "WAIT_USER_CONFIRM" or not created.package_info:
        raise DemoStepError(f"create answered state {created.state} without a package_info to confirm")
    p.line(f"got {created_response.status_code.value}", f"transfer_bill_no={created.transfer_bill_no}")
    p.line("", f"state={created.state}, package_info={str(created.package_info)[:16]}... for the confirmation page")
    p.line("", f"Request-ID {request_id(created_response.headers)}, response signature verified")

    p.title("create_transfer_bill again, unchanged (a resend after an unclear outcome)")
    again = parsed(create_transfer_bill.sync_detailed(client=client, body=body))
    if again.transfer_bill_no != created.transfer_bill_no or again.state != created.state:
        raise DemoStepError(f"the resend made another bill: {again.transfer_bill_no} {again.state}")
    p.line("sent", f"POST out_bill_no={out_bill_no} with identical parameters (user_name encrypted afresh)")
    p.line("got 200", f"the same bill {again.transfer_bill_no}, state {again.state}: no second transfer")

    p.title("query_transfer_bill_by_out_bill_no   商户单号查询转账单")
    query_response = query_transfer_bill_by_out_bill_no.sync_detailed(out_bill_no, client=client)
    queried = parsed(query_response)
    if queried.state != "WAIT_USER_CONFIRM" or queried.transfer_amount != amount:
        raise DemoStepError(f"query answered state {queried.state}, amount {queried.transfer_amount}")
    if queried.user_name != user_name:
        raise DemoStepError("the SDK did not decrypt user_name to the name that was sent")
    p.line("sent", f"GET out_bill_no={out_bill_no}")
    p.line(
        f"got {query_response.status_code.value}",
        f"state={queried.state}, {queried.transfer_amount} fen; Request-ID {request_id(query_response.headers)}",
    )
    p.line(
        "", f"user_name came encrypted with the merchant key; decrypted by the SDK: {mask_name(user_name)} (matches)"
    )

    p.title("the user confirms in WeChat (sandbox: flows['transfer'].user_confirms)")
    bill = flow.user_confirms(out_bill_no, package_info=created.package_info, real_name=user_name, settle=False)
    if bill.state != "TRANSFERING":
        raise DemoStepError(f"after the confirmation the bill is {bill.state}")
    p.line("sandbox", f"wx.requestMerchantTransfer with the package: the user accepts; state {bill.state}")
    bill = flow.settle(out_bill_no)
    p.line("sandbox", f"WeChat Pay moves the money to the user's balance: state {bill.state}")

    p.title(f"{EVENT} notification (SUCCESS)")
    event = webhook.wait_for(EVENT)
    done = event.resource
    if done.out_bill_no != out_bill_no or done.state != "SUCCESS" or done.transfer_bill_no != created.transfer_bill_no:
        raise DemoStepError(f"unexpected {EVENT} resource: {done.out_bill_no} {done.state}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line("", f"out_bill_no={done.out_bill_no}, state={done.state}, transfer_amount={done.transfer_amount} fen")

    p.title("query_transfer_bill_by_transfer_bill_no   微信转账单号查询转账单")
    by_no_response = query_transfer_bill_by_transfer_bill_no.sync_detailed(created.transfer_bill_no, client=client)
    by_no = parsed(by_no_response)
    if by_no.state != "SUCCESS" or by_no.out_bill_no != out_bill_no or by_no.user_name != user_name:
        raise DemoStepError(f"query by transfer_bill_no answered {by_no.out_bill_no} {by_no.state}")
    p.line("sent", f"GET transfer_bill_no={created.transfer_bill_no}")
    p.line(
        f"got {by_no_response.status_code.value}",
        f"out_bill_no={by_no.out_bill_no}, state={by_no.state}, updated {by_no.update_time}; "
        f"Request-ID {request_id(by_no_response.headers)}",
    )

    p.title("cancel_transfer_bill on the paid bill (refused)")
    p.line("sent", f"POST out_bill_no={out_bill_no}/cancel")
    _refused(
        p,
        "cancelling a SUCCESS bill",
        lambda: cancel_transfer_bill.sync_detailed(out_bill_no, client=client),
        400,
        "INVALID_REQUEST",
    )

    p.title("a second bill, cancelled before the user confirms   撤销转账")
    second = "DEMO" + uuid.uuid4().hex[:20].upper()
    made = parsed(create_transfer_bill.sync_detailed(client=client, body=_bill_request(second, 500, notify_url, None)))
    p.line("sent", f"POST create out_bill_no={second}, 500 fen: state {made.state}")
    cancel_response = cancel_transfer_bill.sync_detailed(second, client=client)
    cancelled = parsed(cancel_response)
    if cancelled.state != "CANCELING":
        raise DemoStepError(f"cancel answered state {cancelled.state}")
    p.line("sent", f"POST out_bill_no={second}/cancel")
    p.line(
        f"got {cancel_response.status_code.value}",
        f"state={cancelled.state} (accepted; the money goes back later); "
        f"Request-ID {request_id(cancel_response.headers)}",
    )
    flow.finish_cancel(second)
    p.line("sandbox", "WeChat Pay returns the money to the merchant")

    p.title(f"{EVENT} notification (CANCELLED)")
    event = webhook.wait_for(EVENT)
    ended = event.resource
    if ended.out_bill_no != second or ended.state != "CANCELLED":
        raise DemoStepError(f"unexpected {EVENT} resource: {ended.out_bill_no} {ended.state}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted")
    final = parsed(query_transfer_bill_by_out_bill_no.sync_detailed(second, client=client))
    if final.state != "CANCELLED":
        raise DemoStepError(f"the cancelled bill is queried as {final.state}")
    p.line("", f"out_bill_no={ended.out_bill_no}, state={ended.state}; query_transfer_bill_by_out_bill_no agrees")

    p.title("create_transfer_bill with a used out_bill_no and another amount (refused)")
    p.line("sent", f"POST out_bill_no={out_bill_no}, {amount + 100} fen instead of {amount}")
    changed = _bill_request(out_bill_no, amount + 100, notify_url, user_name)
    _refused(
        p,
        "reusing out_bill_no with other parameters",
        lambda: create_transfer_bill.sync_detailed(client=client, body=changed),
        400,
        "INVALID_REQUEST",
    )

    p.title("create_transfer_bill of 2,500 yuan without user_name (refused)")
    big = _bill_request("DEMO" + uuid.uuid4().hex[:20].upper(), 250_000, notify_url, None)
    p.line("sent", "POST 250000 fen without user_name (needed from 2,000 yuan upwards)")
    _refused(
        p,
        "a 2,500 yuan transfer without user_name",
        lambda: create_transfer_bill.sync_detailed(client=client, body=big),
        400,
        "PARAM_ERROR",
    )

    p.title("query_transfer_bill_by_out_bill_no of an unknown bill (404)")
    unknown = "NOSUCH" + uuid.uuid4().hex[:12].upper()
    p.line("sent", f"GET out_bill_no={unknown}")
    _refused(
        p,
        "querying an unknown bill",
        lambda: query_transfer_bill_by_out_bill_no.sync_detailed(unknown, client=client),
        404,
        "NOT_FOUND",
    )
