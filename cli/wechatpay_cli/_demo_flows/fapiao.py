"""经营工具∙电子发票: configure the callback, read the settings, issue a fapiao for a paid order, reverse it.

The merchant sets its fapiao callback URL, reads its seller information and tax-code table, takes
a Native order the user pays, issues an e-fapiao for it (buyer phone and email in plaintext,
encrypted by the SDK; 202 without a body), sees it issued (FAPIAO.ISSUED, query with the phone
decrypted by the SDK), gets its download information, and reverses it (FAPIAO.REVERSED).
"""

from __future__ import annotations

import uuid

from wechatpay_client import Client
from wechatpay_client.api.fapiao import (
    issue_fapiao,
    list_fapiao_tax_codes,
    query_fapiao,
    query_fapiao_development_config,
    query_fapiao_download_info,
    query_fapiao_merchant_base_information,
    reverse_fapiao,
    update_fapiao_development_config,
)
from wechatpay_client.api.pay import create_native_transaction
from wechatpay_client.models.fapiao_buyer_information import FapiaoBuyerInformation
from wechatpay_client.models.fapiao_development_config_update_request import FapiaoDevelopmentConfigUpdateRequest
from wechatpay_client.models.fapiao_information import FapiaoInformation
from wechatpay_client.models.fapiao_issue_information import FapiaoIssueInformation
from wechatpay_client.models.fapiao_issue_item import FapiaoIssueItem
from wechatpay_client.models.fapiao_issue_request import FapiaoIssueRequest
from wechatpay_client.models.fapiao_reverse_information import FapiaoReverseInformation
from wechatpay_client.models.fapiao_reverse_request import FapiaoReverseRequest
from wechatpay_client.models.pay_amount import PayAmount
from wechatpay_client.models.pay_native_request import PayNativeRequest
from wechatpay_client.types import Unset
from wechatpay_sandbox import Sandbox
from wechatpay_sandbox._flows.fapiao import FapiaoFlow

from .._demo import DemoStepError, Printer, WebhookReceiver, mask_name, parsed, request_id

TITLE = "经营工具∙电子发票 (e-fapiao: issue for a paid order, download information, reverse)"

APPID = "wxd678efh567hg6787"
TOTAL = 2999  # fen


def mask_phone(phone: str) -> str:
    return phone[:3] + "*" * max(len(phone) - 7, 1) + phone[-4:] if len(phone) > 7 else "*" * len(phone)


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def _one(fapiao: list[FapiaoInformation] | Unset, fapiao_id: str) -> FapiaoInformation:
    """The single fapiao a query answered, which must be ``fapiao_id``."""
    if isinstance(fapiao, Unset) or len(fapiao) != 1 or fapiao[0].fapiao_id != fapiao_id:
        raise DemoStepError(f"query_fapiao did not answer exactly fapiao {fapiao_id}")
    return fapiao[0]


def story(p: Printer, sb: Sandbox, client: Client, webhook: WebhookReceiver) -> None:
    flow = sb.flows["fapiao"]
    if not isinstance(flow, FapiaoFlow):
        raise DemoStepError("the sandbox has no fapiao flow")
    callback_url = f"{webhook.url}/notify"
    out_trade_no = "DEMO" + uuid.uuid4().hex[:20].upper()
    fapiao_id = "FP" + uuid.uuid4().hex[:20].upper()
    buyer_name, phone, email = "张三", "13800138000", "zhangsan@example.com"

    p.title("update_fapiao_development_config   配置开发选项 (the FAPIAO.* callback URL)")
    p.line("sent", f"PATCH callback_url={callback_url}, show_fapiao_cell=true")
    config_response = update_fapiao_development_config.sync_detailed(
        client=client,
        body=FapiaoDevelopmentConfigUpdateRequest(callback_url=callback_url, show_fapiao_cell=True),
    )
    config = parsed(config_response)
    if config.callback_url != callback_url or config.show_fapiao_cell is not True:
        raise DemoStepError(f"the options after the change are {config.callback_url!r}, {config.show_fapiao_cell}")
    p.line(
        f"got {config_response.status_code.value}",
        f"callback_url={config.callback_url}; Request-ID {request_id(config_response.headers)}",
    )

    p.title("query_fapiao_development_config   查询商户配置的开发选项")
    read_response = query_fapiao_development_config.sync_detailed(client=client)
    read = parsed(read_response)
    if read.callback_url != callback_url:
        raise DemoStepError(f"the stored callback_url is {read.callback_url!r}")
    p.line(
        f"got {read_response.status_code.value}",
        f"callback_url={read.callback_url}, show_fapiao_cell={read.show_fapiao_cell}, "
        f"support_vat_fapiao={read.support_vat_fapiao}",
    )

    p.title("query_fapiao_merchant_base_information   获取商户开票基础信息")
    base_response = query_fapiao_merchant_base_information.sync_detailed(client=client)
    base = parsed(base_response)
    seller = base.seller_information
    if not seller.name or not seller.taxpayer_id:
        raise DemoStepError("the seller information has no name or taxpayer ID")
    p.line(f"got {base_response.status_code.value}", f"seller {seller.name}, taxpayer ID {seller.taxpayer_id}")
    p.line("", f"drawer {base.extra_information.drawer}; Request-ID {request_id(base_response.headers)}")

    p.title("list_fapiao_tax_codes   获取商户可开具的商品和服务税收分类编码对照表")
    p.line("sent", "GET offset=0, limit=10")
    codes_response = list_fapiao_tax_codes.sync_detailed(client=client, offset=0, limit=10)
    codes = parsed(codes_response)
    goods = codes.data or []
    if not goods or codes.total_count < len(goods):
        raise DemoStepError(f"expected configured goods, got {len(goods)} of {codes.total_count}")
    good = goods[0]
    if isinstance(good.goods_id, Unset):
        raise DemoStepError("the first good has no goods_id")
    p.line(f"got {codes_response.status_code.value}", f"{len(goods)} of {codes.total_count} goods")
    for row in goods:
        p.line("", f"#{row.goods_id} {row.goods_name}  tax_code {row.tax_code}  rate {row.tax_rate / 100:g}%")

    p.title("create_native_transaction   Native下单 (support_fapiao=true)")
    order = parsed(
        create_native_transaction.sync_detailed(
            client=client,
            body=PayNativeRequest(
                appid=APPID,
                mchid=sb.credentials.mchid,
                description="出租车车费",
                out_trade_no=out_trade_no,
                notify_url=f"{webhook.url}/notify",
                amount=PayAmount(total=TOTAL),
                support_fapiao=True,
            ),
        )
    )
    p.line("sent", f"POST out_trade_no={out_trade_no}, amount {TOTAL} fen")
    p.line("got 200", f"code_url={order.code_url}")

    p.title("the user pays the order (sandbox: simulate_payment) -> TRANSACTION.SUCCESS")
    sb.simulate_payment(out_trade_no)
    paid = webhook.wait_for("TRANSACTION.SUCCESS").resource
    if paid.out_trade_no != out_trade_no or paid.trade_state != "SUCCESS" or not paid.transaction_id:
        raise DemoStepError(f"unexpected payment: {paid.out_trade_no} {paid.trade_state}")
    transaction_id = str(paid.transaction_id)
    p.line("received", f"transaction_id={transaction_id}, trade_state={paid.trade_state}: the fapiao_apply_id")

    p.title("issue_fapiao   开具电子发票 (scene WITH_WECHATPAY)")
    issue_response = issue_fapiao.sync_detailed(
        client=client,
        body=FapiaoIssueRequest(
            scene="WITH_WECHATPAY",
            fapiao_apply_id=transaction_id,
            buyer_information=FapiaoBuyerInformation(type_="INDIVIDUAL", name=buyer_name, phone=phone, email=email),
            fapiao_information=[
                FapiaoIssueInformation(
                    fapiao_id=fapiao_id,
                    total_amount=TOTAL,
                    need_list=False,
                    items=[
                        FapiaoIssueItem(
                            tax_code=good.tax_code,
                            goods_id=good.goods_id,
                            quantity=100000000,
                            total_amount=TOTAL,
                            discount=False,
                        )
                    ],
                )
            ],
        ),
    )
    if issue_response.status_code.value != 202 or issue_response.content:
        raise DemoStepError(f"issue_fapiao answered {issue_response.status_code.value} with a body")
    p.line("sent", f"POST fapiao_apply_id={transaction_id}, fapiao_id={fapiao_id}, {TOTAL} fen, goods #{good.goods_id}")
    p.line("", f"buyer {mask_name(buyer_name)}, phone {mask_phone(phone)}, email {mask_email(email)}")
    p.line("", "(phone and email given in plaintext, RSA-OAEP encrypted by the SDK, Wechatpay-Serial set)")
    p.line("got 202", f"accepted, no body, signature verified; Request-ID {request_id(issue_response.headers)}")

    p.title("query_fapiao   查询电子发票 (before the tax side has issued it)")
    pending = _one(parsed(query_fapiao.sync_detailed(transaction_id, client=client)).fapiao_information, fapiao_id)
    if pending.status != "ISSUE_ACCEPTED":
        raise DemoStepError(f"expected ISSUE_ACCEPTED, got {pending.status}")
    p.line("got 200", f"fapiao {pending.fapiao_id}: status={pending.status}")

    p.title("the fapiao is issued (sandbox: complete_issue) -> FAPIAO.ISSUED at the callback URL")
    flow.complete_issue(transaction_id)
    event = webhook.wait_for("FAPIAO.ISSUED")
    issued = event.resource
    states = {f.fapiao_id: (f.fapiao_status, f.card_status) for f in issued.fapiao_information}
    if issued.fapiao_apply_id != transaction_id or states.get(fapiao_id) != ("ISSUED", "INSERTED"):
        raise DemoStepError(f"unexpected FAPIAO.ISSUED resource: {issued.fapiao_apply_id} {states}")
    p.line("received", f"id {event.id}: signature verified, resource decrypted (AES-256-GCM)")
    p.line("", f"fapiao {fapiao_id}: fapiao_status=ISSUED, card_status=INSERTED (in the buyer's card wallet)")

    p.title("query_fapiao   查询电子发票 (fapiao_id given)")
    query_response = query_fapiao.sync_detailed(transaction_id, client=client, fapiao_id=fapiao_id)
    done = _one(parsed(query_response).fapiao_information, fapiao_id)
    blue = done.blue_fapiao
    buyer = done.buyer_information
    if done.status != "ISSUED" or isinstance(blue, Unset) or isinstance(blue.fapiao_number, Unset):
        raise DemoStepError(f"expected an ISSUED fapiao with its number, got {done.status}")
    if isinstance(buyer, Unset) or buyer.phone != phone or buyer.email != email:
        raise DemoStepError("the buyer's phone/email did not come back as sent (decrypted by the SDK)")
    if done.total_amount != TOTAL or isinstance(done.amount, Unset) or isinstance(done.tax_amount, Unset):
        raise DemoStepError(f"unexpected amounts: {done.total_amount}")
    p.line("got 200", f"status={done.status}, blue fapiao number {blue.fapiao_number}, code {blue.fapiao_code}")
    p.line("", f"total {done.total_amount} fen = amount {done.amount} + tax {done.tax_amount}")
    p.line("", f"buyer phone {mask_phone(str(buyer.phone))}, email {mask_email(str(buyer.email))}")
    p.line("", "(encrypted for the merchant by WeChat Pay, decrypted by the SDK: they match what was sent)")

    p.title("query_fapiao_download_info   获取发票下载信息")
    files_response = query_fapiao_download_info.sync_detailed(transaction_id, client=client)
    files = parsed(files_response).fapiao_download_info_list
    if not isinstance(files, list) or len(files) != 1:
        raise DemoStepError("expected the download information of one fapiao")
    url = files[0].download_url
    if not isinstance(url, str) or not url.startswith(sb.base_url + "/") or files[0].fapiao_id != fapiao_id:
        raise DemoStepError(f"unexpected download information: {files[0].fapiao_id} {url}")
    p.line("got 200", f"fapiao {files[0].fapiao_id}: status={files[0].status}")
    p.line("", f"download_url {url.split('?', 1)[0]}?... (an unsigned GET, not a spec operation)")

    p.title("reverse_fapiao   冲红电子发票")
    number = str(blue.fapiao_number)
    reverse_response = reverse_fapiao.sync_detailed(
        transaction_id,
        client=client,
        body=FapiaoReverseRequest(
            reverse_reason="退款",
            fapiao_information=[FapiaoReverseInformation(fapiao_id=fapiao_id, fapiao_number=number)],
        ),
    )
    if reverse_response.status_code.value != 202:
        raise DemoStepError(f"reverse_fapiao answered {reverse_response.status_code.value}")
    p.line("sent", f"POST fapiao_id={fapiao_id}, fapiao_number={number}, reverse_reason=退款")
    p.line("got 202", f"accepted, no body; Request-ID {request_id(reverse_response.headers)}")

    p.title("the red fapiao is issued (sandbox: complete_reverse) -> FAPIAO.REVERSED")
    flow.complete_reverse(transaction_id)
    event = webhook.wait_for("FAPIAO.REVERSED")
    states = {f.fapiao_id: (f.fapiao_status, f.card_status) for f in event.resource.fapiao_information}
    if states.get(fapiao_id) != ("REVERSED", "DISCARDED"):
        raise DemoStepError(f"unexpected FAPIAO.REVERSED resource: {states}")
    p.line("received", f"id {event.id}: fapiao {fapiao_id} fapiao_status=REVERSED, card_status=DISCARDED")

    p.title("query_fapiao   查询电子发票 (after the reversal)")
    final = _one(parsed(query_fapiao.sync_detailed(transaction_id, client=client)).fapiao_information, fapiao_id)
    red = final.red_fapiao
    if final.status != "REVERSED" or isinstance(red, Unset):
        raise DemoStepError(f"expected REVERSED with a red fapiao, got {final.status}")
    p.line("got 200", f"status={final.status}, red fapiao number {red.fapiao_number}")
