"""The e-fapiao flow of the sandbox (``_flows/fapiao.py``) over a real socket with the typed client.

Each test gets its own strict sandbox (answers validated against the spec), a typed client from
``create_client`` (signs, encrypts the buyer's phone/email, verifies and decrypts answers) and a
loopback receiver whose callbacks are verified and decrypted by ``NotificationParser``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sandbox_helpers import ApiClient, Receiver
from typed_kit import typed_client
from wechatpay_auth import APIError, NotificationParser
from wechatpay_client import Client
from wechatpay_client.api.fapiao import (
    issue_fapiao,
    list_fapiao_tax_codes,
    query_fapiao,
    query_fapiao_development_config,
    query_fapiao_download_info,
    query_fapiao_merchant_base_information,
    query_fapiao_user_title,
    query_fapiao_user_title_url,
    reverse_fapiao,
    update_fapiao_development_config,
)
from wechatpay_client.models.fapiao_buyer_information import FapiaoBuyerInformation
from wechatpay_client.models.fapiao_development_config_update_request import FapiaoDevelopmentConfigUpdateRequest
from wechatpay_client.models.fapiao_information import FapiaoInformation
from wechatpay_client.models.fapiao_issue_information import FapiaoIssueInformation
from wechatpay_client.models.fapiao_issue_item import FapiaoIssueItem
from wechatpay_client.models.fapiao_issue_request import FapiaoIssueRequest
from wechatpay_client.models.fapiao_notification_resource import FapiaoNotificationResource
from wechatpay_client.models.fapiao_reverse_information import FapiaoReverseInformation
from wechatpay_client.models.fapiao_reverse_request import FapiaoReverseRequest
from wechatpay_client.models.fapiao_user_applied_notification_resource import FapiaoUserAppliedNotificationResource
from wechatpay_client.types import Unset
from wechatpay_sandbox import Sandbox, SandboxCredentials
from wechatpay_sandbox._flows.fapiao import FapiaoFlow

PHONE, EMAIL = "13800138000", "buyer@example.com"
TAX_CODE = "3010101020203000000"  # good #1 of the sandbox's tax-code table (3%)


# --------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def fsb(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    """A fresh strict sandbox per test: the development options start unset."""
    with Sandbox("public_key", credentials=credentials, retry_compression=1000, strict_responses=True) as sb:
        yield sb


@pytest.fixture
def client(fsb: Sandbox) -> Iterator[Client]:
    with typed_client(fsb) as client:
        yield client


@pytest.fixture
def flow(fsb: Sandbox) -> FapiaoFlow:
    found = fsb.flows["fapiao"]
    assert isinstance(found, FapiaoFlow)
    return found


class Callbacks:
    """The receiver's callbacks, each verified and decrypted by the SDK's NotificationParser."""

    def __init__(self, receiver: Receiver, parser: NotificationParser) -> None:
        self.receiver, self.parser, self.seen = receiver, parser, 0

    def next(self, event_type: str, timeout: float = 5.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            received = self.receiver.wait(self.seen + 1, timeout=max(deadline - time.monotonic(), 0.01))
            headers, body, _ = received[self.seen]
            self.seen += 1
            event = self.parser.parse(headers, body)  # raises unless signed by WeChat Pay and decryptable
            if event.event_type == event_type:
                return event

    def count(self) -> int:
        return len(self.receiver.received)


@pytest.fixture
def callbacks(client: Client, fsb: Sandbox, receiver: Receiver) -> Callbacks:
    """The callback URL configured to the receiver (PATCH development-config)."""
    url = receiver.url("/fapiao")
    config = update_fapiao_development_config.sync(
        client=client, body=FapiaoDevelopmentConfigUpdateRequest(callback_url=url)
    )
    assert config.callback_url == url
    return Callbacks(receiver, NotificationParser.from_client(client, apiv3_key=fsb.credentials.apiv3_key))


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:20].upper()


def item(total: int, **extra: Any) -> FapiaoIssueItem:
    fields: dict[str, Any] = {"tax_code": TAX_CODE, "goods_id": 1, "quantity": 100000000}
    fields.update(extra)
    return FapiaoIssueItem(total_amount=total, discount=False, **fields)


def issue_request(
    apply_id: str,
    fapiao_id: str,
    total: int = 2999,
    *,
    items: list[FapiaoIssueItem] | None = None,
    scene: Any = "WITH_WECHATPAY",
    buyer: FapiaoBuyerInformation | None = None,
) -> FapiaoIssueRequest:
    return FapiaoIssueRequest(
        scene=scene,
        fapiao_apply_id=apply_id,
        buyer_information=buyer or FapiaoBuyerInformation(type_="INDIVIDUAL", name="张三", phone=PHONE, email=EMAIL),
        fapiao_information=[
            FapiaoIssueInformation(
                fapiao_id=fapiao_id, total_amount=total, need_list=False, items=items or [item(total)]
            )
        ],
    )


def issue(client: Client, body: FapiaoIssueRequest) -> None:
    response = issue_fapiao.sync_detailed(client=client, body=body)
    assert response.status_code == 202 and response.content == b""


def only(client: Client, apply_id: str, fapiao_id: str | None = None) -> FapiaoInformation:
    answer = query_fapiao.sync(apply_id, client=client, **({} if fapiao_id is None else {"fapiao_id": fapiao_id}))
    assert not isinstance(answer.fapiao_information, Unset)
    assert answer.total_count == len(answer.fapiao_information) == 1
    return answer.fapiao_information[0]


def refused(call: Any, *args: Any, **kwargs: Any) -> APIError:
    with pytest.raises(APIError) as caught:
        call(*args, **kwargs)
    assert caught.value.request_id
    return caught.value


def reverse_body(fapiao_id: str, number: str, reason: str = "退款") -> FapiaoReverseRequest:
    return FapiaoReverseRequest(
        reverse_reason=reason,
        fapiao_information=[FapiaoReverseInformation(fapiao_id=fapiao_id, fapiao_number=number)],
    )


def issued_number(client: Client, apply_id: str, fapiao_id: str) -> str:
    fapiao = only(client, apply_id, fapiao_id)
    assert fapiao.status == "ISSUED" and not isinstance(fapiao.blue_fapiao, Unset)
    number = fapiao.blue_fapiao.fapiao_number
    assert isinstance(number, str) and number
    return number


# --------------------------------------------------------------------------- happy path


def test_issue_query_download_reverse_with_callbacks(
    client: Client, fsb: Sandbox, flow: FapiaoFlow, callbacks: Callbacks
) -> None:
    config = query_fapiao_development_config.sync(client=client)
    assert config.callback_url == callbacks.receiver.url("/fapiao")

    base = query_fapiao_merchant_base_information.sync(client=client)
    assert base.seller_information.taxpayer_id and base.extra_information.drawer

    page = list_fapiao_tax_codes.sync(client=client, offset=0, limit=2)
    assert (page.offset, page.limit, page.total_count) == (0, 2, 5)
    assert not isinstance(page.data, Unset) and [g.goods_id for g in page.data] == [1, 2]
    assert not isinstance(page.links, Unset) and page.links.next_ == (
        "/v3/new-tax-control-fapiao/merchant/tax-codes?offset=2&limit=2"
    )
    last = list_fapiao_tax_codes.sync(client=client, offset=4, limit=2)
    assert not isinstance(last.data, Unset) and len(last.data) == 1
    assert not isinstance(last.links, Unset) and isinstance(last.links.next_, Unset)

    apply_id, fapiao_id = "4200" + uuid.uuid4().int.__str__()[:24], new_id("FP")
    issue(client, issue_request(apply_id, fapiao_id, 2999))
    # the SDK encrypted phone/email with the WeChat Pay key; the sandbox decrypted them
    app = flow.application(apply_id)
    assert (app.buyer["phone"], app.buyer["email"]) == (PHONE, EMAIL)
    assert PHONE not in repr(app)

    pending = only(client, apply_id)
    assert pending.status == "ISSUE_ACCEPTED" and isinstance(pending.blue_fapiao, Unset)
    assert callbacks.count() == 0

    flow.complete_issue(apply_id)
    event = callbacks.next("FAPIAO.ISSUED")
    assert isinstance(event.resource, FapiaoNotificationResource)
    assert event.resource.mchid == fsb.credentials.mchid and event.resource.fapiao_apply_id == apply_id
    [entry] = event.resource.fapiao_information
    assert (entry.fapiao_id, entry.fapiao_status, entry.card_status) == (fapiao_id, "ISSUED", "INSERTED")

    fapiao = only(client, apply_id, fapiao_id)
    assert fapiao.status == "ISSUED"
    assert not isinstance(fapiao.buyer_information, Unset)
    assert (fapiao.buyer_information.phone, fapiao.buyer_information.email) == (PHONE, EMAIL)  # decrypted by the SDK
    raw = ApiClient(fsb)
    try:  # on the wire they are encrypted for the merchant
        wire = raw.verified(raw.get(f"/v3/new-tax-control-fapiao/fapiao-applications/{apply_id}")).json()
    finally:
        raw.close()
    wire_buyer = wire["fapiao_information"][0]["buyer_information"]
    assert wire_buyer["name"] == "张三" and PHONE not in wire_buyer["phone"] and len(wire_buyer["phone"]) > 100
    assert fapiao.total_amount == 2999 and fapiao.amount == 2912 and fapiao.tax_amount == 87  # 3% of good #1
    assert not isinstance(fapiao.items, Unset) and fapiao.items[0].goods_name == "出租汽车客运服务"
    assert not isinstance(fapiao.card_information, Unset) and fapiao.card_information.card_status == "INSERTED"
    number = issued_number(client, apply_id, fapiao_id)

    files = query_fapiao_download_info.sync(apply_id, client=client)
    assert not isinstance(files.fapiao_download_info_list, Unset)
    [info] = files.fapiao_download_info_list
    assert info.fapiao_id == fapiao_id and info.status == "ISSUED"
    assert isinstance(info.download_url, str) and info.download_url.startswith(fsb.base_url + "/")
    assert f"fapiao_id={fapiao_id}" in info.download_url

    response = reverse_fapiao.sync_detailed(apply_id, client=client, body=reverse_body(fapiao_id, number))
    assert response.status_code == 202 and response.content == b""
    assert only(client, apply_id).status == "REVERSE_ACCEPTED"

    flow.complete_reverse(apply_id)
    event = callbacks.next("FAPIAO.REVERSED")
    [entry] = event.resource.fapiao_information
    assert (entry.fapiao_id, entry.fapiao_status, entry.card_status) == (fapiao_id, "REVERSED", "DISCARDED")
    final = only(client, apply_id)
    assert final.status == "REVERSED" and not isinstance(final.red_fapiao, Unset)
    assert final.red_fapiao.fapiao_number and final.red_fapiao.fapiao_number != number
    # a reversed fapiao can still be downloaded (the current pages)
    assert query_fapiao_download_info.sync(apply_id, client=client, fapiao_id=fapiao_id).fapiao_download_info_list


# --------------------------------------------------------------------------- refusals


def test_issue_is_refused_until_a_callback_url_is_configured(client: Client) -> None:
    assert query_fapiao_development_config.sync(client=client).callback_url == ""
    error = refused(issue_fapiao.sync_detailed, client=client, body=issue_request(new_id("A"), new_id("FP")))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    assert "callback_url" in error.message

    bad = refused(
        update_fapiao_development_config.sync,
        client=client,
        body=FapiaoDevelopmentConfigUpdateRequest(callback_url="ftp://example.com/notify"),
    )
    assert (bad.status_code, bad.code) == (400, "PARAM_ERROR")
    assert query_fapiao_development_config.sync(client=client).callback_url == ""


def test_issue_again_with_the_same_fapiao_apply_id(client: Client, flow: FapiaoFlow, callbacks: Callbacks) -> None:
    apply_id, fapiao_id = new_id("A"), new_id("FP")
    issue(client, issue_request(apply_id, fapiao_id))
    # the identical request again (its phone/email encrypted afresh): accepted, nothing new
    issue(client, issue_request(apply_id, fapiao_id))
    assert list(flow.application(apply_id).fapiaos) == [fapiao_id]

    error = refused(issue_fapiao.sync_detailed, client=client, body=issue_request(apply_id, new_id("FP"), 1000))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")

    flow.complete_issue(apply_id)
    callbacks.next("FAPIAO.ISSUED")
    issue(client, issue_request(apply_id, fapiao_id))  # still the same request: 202, still issued once
    assert only(client, apply_id).status == "ISSUED"

    reused = refused(issue_fapiao.sync_detailed, client=client, body=issue_request(new_id("A"), fapiao_id))
    assert (reused.status_code, reused.code) == (400, "INVALID_REQUEST")
    assert "fapiao_id" in reused.message


def test_a_failed_fapiao_is_retried_under_a_new_fapiao_id(
    client: Client, flow: FapiaoFlow, callbacks: Callbacks
) -> None:
    apply_id, first = new_id("A"), new_id("FP")
    issue(client, issue_request(apply_id, first))
    flow.complete_issue(apply_id, fail=True)
    failed = only(client, apply_id)
    assert failed.status == "ISSUE_FAILED" and failed.fapiao_error_message

    same_id = refused(issue_fapiao.sync_detailed, client=client, body=issue_request(apply_id, first, 1999))
    assert same_id.code == "INVALID_REQUEST"
    for attempt in range(4):  # at most 4 retries per application
        retry = new_id("FP")
        issue(client, issue_request(apply_id, retry, 1999 - attempt))
        assert only(client, apply_id, retry).status == "ISSUE_ACCEPTED"
        flow.complete_issue(apply_id, fail=True)
    error = refused(issue_fapiao.sync_detailed, client=client, body=issue_request(apply_id, new_id("FP"), 999))
    assert error.code == "INVALID_REQUEST" and "4" in error.message
    assert callbacks.count() == 0  # no callback is documented for a failed issue


def test_reverse_refusals(client: Client, flow: FapiaoFlow, callbacks: Callbacks) -> None:
    apply_id, fapiao_id = new_id("A"), new_id("FP")
    issue(client, issue_request(apply_id, fapiao_id))

    unissued = refused(reverse_fapiao.sync_detailed, apply_id, client=client, body=reverse_body(fapiao_id, "1"))
    assert (unissued.status_code, unissued.code) == (400, "INVALID_REQUEST")

    flow.complete_issue(apply_id)
    callbacks.next("FAPIAO.ISSUED")
    number = issued_number(client, apply_id, fapiao_id)
    wrong = refused(reverse_fapiao.sync_detailed, apply_id, client=client, body=reverse_body(fapiao_id, "00000000"))
    assert (wrong.status_code, wrong.code) == (400, "PARAM_ERROR")
    unknown = refused(reverse_fapiao.sync_detailed, apply_id, client=client, body=reverse_body("NOSUCH", number))
    assert (unknown.status_code, unknown.code) == (404, "RESOURCE_NOT_EXISTS")

    reverse_fapiao.sync_detailed(apply_id, client=client, body=reverse_body(fapiao_id, number))
    reverse_fapiao.sync_detailed(apply_id, client=client, body=reverse_body(fapiao_id, number))  # same: accepted
    other = refused(
        reverse_fapiao.sync_detailed, apply_id, client=client, body=reverse_body(fapiao_id, number, "SALES_RETURN")
    )
    assert other.code == "INVALID_REQUEST"
    flow.complete_reverse(apply_id)
    callbacks.next("FAPIAO.REVERSED")

    again = refused(reverse_fapiao.sync_detailed, apply_id, client=client, body=reverse_body(fapiao_id, number))
    assert (again.status_code, again.code) == (400, "INVALID_REQUEST")
    assert "REVERSED" in again.message


def test_a_failed_reversal_can_be_retried(client: Client, flow: FapiaoFlow, callbacks: Callbacks) -> None:
    apply_id, fapiao_id = new_id("A"), new_id("FP")
    issue(client, issue_request(apply_id, fapiao_id))
    flow.complete_issue(apply_id)
    number = issued_number(client, apply_id, fapiao_id)
    reverse_fapiao.sync_detailed(apply_id, client=client, body=reverse_body(fapiao_id, number))
    flow.complete_reverse(apply_id, fail=True)
    assert only(client, apply_id).status == "REVERSE_FAILED"
    # without fapiao_information: every issued fapiao of the application
    reverse_fapiao.sync_detailed(apply_id, client=client, body=FapiaoReverseRequest(reverse_reason="ISSUE_ERROR"))
    flow.complete_reverse(apply_id)
    assert callbacks.next("FAPIAO.REVERSED").resource.fapiao_information[0].fapiao_status == "REVERSED"


def test_unknown_applications_and_fapiao_are_404(client: Client, callbacks: Callbacks) -> None:
    for call, args in (
        (query_fapiao.sync, ()),
        (query_fapiao_download_info.sync, ()),
        (reverse_fapiao.sync_detailed, (reverse_body("FP1", "1"),)),
    ):
        kwargs = {"body": args[0]} if args else {}
        error = refused(call, new_id("NOSUCH"), client=client, **kwargs)
        assert (error.status_code, error.code) == (404, "RESOURCE_NOT_EXISTS")

    apply_id = new_id("A")
    issue(client, issue_request(apply_id, new_id("FP")))
    error = refused(query_fapiao.sync, apply_id, client=client, fapiao_id="NOSUCH")
    assert (error.status_code, error.code) == (404, "RESOURCE_NOT_EXISTS")
    early = refused(query_fapiao_download_info.sync, apply_id, client=client)
    assert (early.status_code, early.code) == (400, "INVALID_REQUEST")


def test_issue_checks_the_documented_rules(client: Client, callbacks: Callbacks) -> None:
    mismatch = refused(
        issue_fapiao.sync_detailed,
        client=client,
        body=issue_request(new_id("A"), new_id("FP"), 3000, items=[item(2999)]),
    )
    assert (mismatch.status_code, mismatch.code) == (400, "PARAM_ERROR")
    assert "/fapiao_information/0/total_amount" in mismatch.message

    organisation = FapiaoBuyerInformation(type_="ORGANIZATION", name="深圳市南山区测试企业")
    no_tax_id = refused(
        issue_fapiao.sync_detailed, client=client, body=issue_request(new_id("A"), new_id("FP"), buyer=organisation)
    )
    assert no_tax_id.code == "PARAM_ERROR" and "taxpayer_id" in no_tax_id.message

    nine = refused(
        issue_fapiao.sync_detailed,
        client=client,
        body=issue_request(new_id("A"), new_id("FP"), 900, items=[item(100) for _ in range(9)]),
    )
    assert nine.code == "PARAM_ERROR" and "8" in nine.message

    no_rate = refused(
        issue_fapiao.sync_detailed,
        client=client,
        body=issue_request(new_id("A"), new_id("FP"), 100, items=[FapiaoIssueItem(TAX_CODE, 100000000, 100, False)]),
    )
    assert no_rate.code == "PARAM_ERROR" and "tax_rate" in no_rate.message

    # a discount line (negative, no goods fields) takes the rate of the line it discounts
    apply_id = new_id("A")
    discount = FapiaoIssueItem(TAX_CODE, 100000000, -100, True)
    issue(client, issue_request(apply_id, new_id("FP"), 900, items=[item(1000), discount]))
    fapiao = only(client, apply_id)
    assert not isinstance(fapiao.items, Unset)
    assert [(x.total_amount, x.tax_rate, x.discount) for x in fapiao.items] == [(1000, 300, False), (-100, 300, True)]
    assert (fapiao.total_amount, fapiao.amount, fapiao.tax_amount) == (900, 971 - 97, 29 - 3)


# --------------------------------------------------------------------------- the buyer's title


def test_title_link_then_issue_without_wechatpay(
    client: Client, fsb: Sandbox, flow: FapiaoFlow, callbacks: Callbacks
) -> None:
    apply_id = new_id("T")
    early = refused(
        issue_fapiao.sync_detailed, client=client, body=issue_request(apply_id, new_id("FP"), scene="WITHOUT_WECHATPAY")
    )
    assert early.code == "INVALID_REQUEST"

    link = query_fapiao_user_title_url.sync(
        client=client,
        fapiao_apply_id=apply_id,
        source="WEB",
        appid="wxd678efh567hg6787",
        openid="oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        total_amount=5000,
    )
    assert isinstance(link.title_url, str) and link.title_url.startswith(fsb.base_url + "/")
    missing = refused(query_fapiao_user_title.sync, client=client, scene="WITHOUT_WECHATPAY", fapiao_apply_id=apply_id)
    assert (missing.status_code, missing.code) == (404, "RESOURCE_NOT_EXISTS")

    flow.user_fills_title(apply_id, name="李四", phone=PHONE, email=EMAIL)
    event = callbacks.next("FAPIAO.USER_APPLIED")
    assert isinstance(event.resource, FapiaoUserAppliedNotificationResource)
    assert event.resource.fapiao_apply_id == apply_id and event.resource.apply_time

    title = query_fapiao_user_title.sync(client=client, scene="WITHOUT_WECHATPAY", fapiao_apply_id=apply_id)
    assert (title.type_, title.name, title.phone, title.email, title.amount) == (
        "INDIVIDUAL",
        "李四",
        PHONE,
        EMAIL,
        5000,
    )

    buyer = FapiaoBuyerInformation(type_="INDIVIDUAL", name="李四")
    over = refused(
        issue_fapiao.sync_detailed,
        client=client,
        body=issue_request(apply_id, new_id("FP"), 5001, scene="WITHOUT_WECHATPAY", buyer=buyer),
    )
    assert over.code == "INVALID_REQUEST" and "5000" in over.message
    fapiao_id = new_id("FP")
    issue(client, issue_request(apply_id, fapiao_id, 5000, scene="WITHOUT_WECHATPAY", buyer=buyer))
    flow.complete_issue(apply_id)
    assert callbacks.next("FAPIAO.ISSUED").resource.fapiao_apply_id == apply_id
    fapiao = only(client, apply_id)
    assert not isinstance(fapiao.card_information, Unset)
    assert fapiao.card_information.card_openid == "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"


# --------------------------------------------------------------------------- seed (all-operations round trip)


def test_seed_prepares_each_stateful_operation(client: Client, flow: FapiaoFlow, receiver: Receiver) -> None:
    url = receiver.url("/seeded")
    query = flow.seed("query_fapiao", url)
    assert query is not None and flow.callback_url == url
    apply_id, fapiao_id = query["path"]["fapiao_apply_id"], query["query"]["fapiao_id"]
    assert only(client, apply_id, fapiao_id).status == "ISSUED"

    reverse = flow.seed("reverse_fapiao", url)
    assert reverse is not None
    body = FapiaoReverseRequest(
        reverse_reason="退款",
        fapiao_information=[FapiaoReverseInformation(**reverse["body"]["fapiao_information"][0])],
    )
    assert reverse_fapiao.sync_detailed(reverse["path"]["fapiao_apply_id"], client=client, body=body).status_code == 202

    title = flow.seed("query_fapiao_user_title", url)
    assert title is not None
    assert query_fapiao_user_title.sync(client=client, **title["query"]).name == "张三"

    seeded_issue = flow.seed("issue_fapiao", url)
    assert seeded_issue is not None and seeded_issue["body"]["fapiao_information"][0]["total_amount"] == 100
    assert flow.seed("list_fapiao_tax_codes", url) is None
