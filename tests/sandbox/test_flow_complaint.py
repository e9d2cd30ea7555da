"""The ``complaint`` flow (风险合规∙消费者投诉) over a real socket, driven by the typed client.

Notification URL -> the user files (COMPLAINT.CREATE) -> list / detail (``payer_phone`` encrypted on
the wire, decrypted by the SDK) -> image upload -> reply (PROCESSING, COMPLAINT.STATE_CHANGE) ->
complete (PROCESSED, COMPLAINT.STATE_CHANGE) -> negotiation history; the refusals and the user's side.
Callbacks are verified and decrypted by the SDK's NotificationParser.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from sandbox_helpers import ApiClient, Receiver, load_private, today_beijing
from typed_kit import typed_client
from wechatpay_auth import APIError, NotFoundError, NotificationParser
from wechatpay_client import Client
from wechatpay_client.api.complaints import (
    complete_complaint,
    create_complaint_notification,
    delete_complaint_notification,
    list_complaint_negotiation_history,
    list_complaints,
    query_complaint,
    query_complaint_notification,
    respond_complaint,
    respond_complaint_immediate_service,
    update_complaint_notification,
    update_complaint_refund_progress,
    upload_complaint_image,
)
from wechatpay_client.models.complaint_complete_request import ComplaintCompleteRequest
from wechatpay_client.models.complaint_image_upload_meta import ComplaintImageUploadMeta
from wechatpay_client.models.complaint_image_upload_request import ComplaintImageUploadRequest
from wechatpay_client.models.complaint_immediate_service_request import ComplaintImmediateServiceRequest
from wechatpay_client.models.complaint_message import ComplaintMessage
from wechatpay_client.models.complaint_message_block import ComplaintMessageBlock
from wechatpay_client.models.complaint_message_text import ComplaintMessageText
from wechatpay_client.models.complaint_notification_resource import ComplaintNotificationResource
from wechatpay_client.models.complaint_notification_url_request import ComplaintNotificationUrlRequest
from wechatpay_client.models.complaint_refund_progress_request import ComplaintRefundProgressRequest
from wechatpay_client.models.complaint_response_request import ComplaintResponseRequest
from wechatpay_client.types import UNSET, File
from wechatpay_sandbox import Sandbox, SandboxCredentials, SandboxError
from wechatpay_sandbox._flows.complaint import ComplaintFlow

PHONE = "13812345678"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PATH = "/v3/merchant-service/complaints-v2"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sb(credentials: SandboxCredentials) -> Iterator[Sandbox]:
    """A sandbox of this module only (the flow's notification URL is per sandbox), strict answers."""
    with Sandbox("public_key", credentials=credentials, retry_compression=1000, strict_responses=True) as sandbox:
        yield sandbox


@pytest.fixture
def flow(sb: Sandbox) -> Iterator[ComplaintFlow]:
    found = sb.flows["complaint"]
    assert isinstance(found, ComplaintFlow)
    found.notify_url = None
    found.links_enabled = False
    yield found
    found.notify_url = None


@pytest.fixture
def client(sb: Sandbox) -> Iterator[Client]:
    with typed_client(sb) as client:
        yield client


@pytest.fixture
def parser(sb: Sandbox, client: Client) -> NotificationParser:
    return NotificationParser.from_client(client, apiv3_key=sb.credentials.apiv3_key)


def _events(receiver: Receiver, parser: NotificationParser, count: int) -> list[Any]:
    """The first ``count`` callbacks, each verified and decrypted by the SDK's parser."""
    return [parser.parse(headers, body) for headers, body, _ in receiver.wait(count)[:count]]


def _register(client: Client, url: str) -> None:
    create_complaint_notification.sync(client=client, body=ComplaintNotificationUrlRequest(url=url))


def _file(flow: ComplaintFlow, **kw: Any) -> str:
    complaint = flow.user_files(
        "4200000000202612060000000001", "OUT" + os.urandom(6).hex(), "没有收到商品", PHONE, **kw
    )
    return complaint.complaint_id


def _reply(client: Client, complaint_id: str, mchid: str, **kw: Any) -> int:
    body = ComplaintResponseRequest(complainted_mchid=mchid, response_content="已为您补发", **kw)
    return respond_complaint.sync_detailed(complaint_id, client=client, body=body).status_code.value


def _complete(client: Client, complaint_id: str, mchid: str) -> int:
    body = ComplaintCompleteRequest(complainted_mchid=mchid)
    return complete_complaint.sync_detailed(complaint_id, client=client, body=body).status_code.value


def _state(client: Client, complaint_id: str) -> str:
    return query_complaint.sync(complaint_id, client=client).complaint_state


# --------------------------------------------------------------------------- the happy path


def test_complaint_from_filing_to_processed_with_verified_callbacks(
    sb: Sandbox, flow: ComplaintFlow, client: Client, parser: NotificationParser, receiver: Receiver
) -> None:
    mchid = sb.credentials.mchid
    url = receiver.url()
    stored = create_complaint_notification.sync(client=client, body=ComplaintNotificationUrlRequest(url=url))
    assert (stored.mchid, stored.url) == (mchid, url)
    assert query_complaint_notification.sync(client=client).url == url

    filed = flow.user_files(
        "4200000000202612060000000002", "OUT-HAPPY", "付款后未发货", PHONE, amount=5990, problem_type="REFUND"
    )
    [created] = _events(receiver, parser, 1)
    assert created.event_type == "COMPLAINT.CREATE"
    assert isinstance(created.resource, ComplaintNotificationResource)
    assert (created.resource.complaint_id, created.resource.action_type) == (filed.complaint_id, "CREATE_COMPLAINT")

    today = today_beijing()
    page = list_complaints.sync(client=client, begin_date=today, end_date=today, limit=50, offset=0)
    [row] = [r for r in page.data or [] if r.complaint_id == filed.complaint_id]
    assert (row.complaint_state, row.payer_phone, row.payer_openid) == ("PENDING", PHONE, UNSET)
    assert isinstance(page.total_count, int) and page.total_count >= 1

    detail = query_complaint.sync(filed.complaint_id, client=client)
    assert (detail.complaint_state, detail.payer_phone, detail.complainted_mchid) == ("PENDING", PHONE, mchid)
    assert detail.payer_openid == filed.payer_openid
    assert (detail.problem_type, detail.apply_refund_amount, detail.incoming_user_response) == ("REFUND", 5990, False)
    [order] = detail.complaint_order_info or []
    assert (order.out_trade_no, order.amount) == ("OUT-HAPPY", 5990)

    media_id = upload_complaint_image.sync(
        client=client,
        body=ComplaintImageUploadRequest(
            meta=ComplaintImageUploadMeta(filename="reply.png", sha256=hashlib.sha256(PNG).hexdigest()),
            file=File(payload=io.BytesIO(PNG), file_name="reply.png", mime_type="image/png"),
        ),
    ).media_id
    assert _reply(client, filed.complaint_id, mchid, response_images=[media_id]) == 204
    changed = _events(receiver, parser, 2)[1]
    assert changed.event_type == "COMPLAINT.STATE_CHANGE"
    assert (changed.resource.complaint_id, changed.resource.action_type) == (filed.complaint_id, "MERCHANT_RESPONSE")
    detail = query_complaint.sync(filed.complaint_id, client=client)
    assert detail.complaint_state == "PROCESSING"
    [media] = detail.complaint_media_list or []
    assert media.media_type == "OPERATION_IMAGE"
    assert [urllib.parse.unquote(u).rsplit("/", 1)[-1] for u in media.media_url or []] == [media_id]

    assert _complete(client, filed.complaint_id, mchid) == 204
    done = _events(receiver, parser, 3)[2]
    assert (done.event_type, done.resource.action_type) == ("COMPLAINT.STATE_CHANGE", "MERCHANT_CONFIRM_COMPLETE")
    assert _state(client, filed.complaint_id) == "PROCESSED"

    history = list_complaint_negotiation_history.sync(filed.complaint_id, client=client, limit=10, offset=0)
    assert history.total_count == 3
    entries = history.data or []
    assert [e.operate_type for e in entries] == [
        "USER_CREATE_COMPLAINT",
        "MERCHANT_RESPONSE",
        "MERCHANT_CONFIRM_COMPLETE",
    ]
    assert entries[0].operate_details == "付款后未发货"
    assert isinstance(entries[1].image_list, list) and len(entries[1].image_list) == 1
    assert len({e.log_id for e in entries}) == 3
    assert all(e.operate_time.utcoffset() == dt.timedelta(hours=8) for e in entries)
    assert {headers["Wechatpay-Serial"] for headers, _, _ in receiver.received} == {sb.credentials.public_key_id}


def test_payer_phone_is_encrypted_for_the_merchant_on_the_wire(sb: Sandbox, flow: ComplaintFlow) -> None:
    complaint_id = _file(flow)
    key = load_private(sb.credentials.merchant_private_key_pem)
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    api = ApiClient(sb)
    try:
        detail = api.verified(api.get(f"{PATH}/{complaint_id}")).json()
        today = today_beijing().isoformat()
        listed = api.verified(api.get(f"{PATH}?begin_date={today}&end_date={today}&limit=50")).json()
    finally:
        api.close()
    [row] = [r for r in listed["data"] if r["complaint_id"] == complaint_id]
    for ciphertext in (detail["payer_phone"], row["payer_phone"]):
        assert ciphertext != PHONE
        assert key.decrypt(base64.b64decode(ciphertext), oaep).decode() == PHONE
    assert "payer_openid" in detail and "payer_openid" not in row


# --------------------------------------------------------------------------- the notification URL


def test_the_notification_url_is_one_per_merchant(sb: Sandbox, flow: ComplaintFlow, client: Client) -> None:
    with pytest.raises(APIError) as none:
        query_complaint_notification.sync(client=client)
    assert (none.value.status_code, none.value.code) == (400, "RESOURCE_NOT_EXISTS")

    _register(client, "https://merchant.example.com/complaints")
    # the same address again: an idempotent resend, the same answer
    again = create_complaint_notification.sync(
        client=client, body=ComplaintNotificationUrlRequest(url="https://merchant.example.com/complaints")
    )
    assert (again.mchid, again.url) == (sb.credentials.mchid, "https://merchant.example.com/complaints")
    # another address while one exists: refused, the stored one is kept
    with pytest.raises(APIError) as second:
        _register(client, "https://other.example.com/complaints")
    assert (second.value.status_code, second.value.code) == (400, "INVALID_REQUEST")
    assert query_complaint_notification.sync(client=client).url == "https://merchant.example.com/complaints"

    updated = update_complaint_notification.sync(
        client=client, body=ComplaintNotificationUrlRequest(url="https://other.example.com/complaints")
    )
    assert updated.url == "https://other.example.com/complaints" == flow.notify_url
    assert delete_complaint_notification.sync_detailed(client=client).status_code.value == 204
    assert flow.notify_url is None
    for call in (
        lambda: delete_complaint_notification.sync_detailed(client=client),
        lambda: update_complaint_notification.sync(
            client=client, body=ComplaintNotificationUrlRequest(url="https://a.b/c")
        ),
    ):
        with pytest.raises(APIError) as missing:
            call()
        assert (missing.value.status_code, missing.value.code) == (400, "RESOURCE_NOT_EXISTS")


def test_a_plain_http_url_must_be_loopback(flow: ComplaintFlow, client: Client) -> None:
    with pytest.raises(APIError) as caught:
        _register(client, "http://merchant.example.com/notify")
    assert (caught.value.status_code, caught.value.code) == (400, "PARAM_ERROR")
    assert flow.notify_url is None


def test_callbacks_follow_the_updated_url(
    flow: ComplaintFlow, client: Client, parser: NotificationParser, receiver: Receiver
) -> None:
    _register(client, "https://unreachable.invalid/notify")
    update_complaint_notification.sync(client=client, body=ComplaintNotificationUrlRequest(url=receiver.url("/new")))
    complaint_id = _file(flow)
    [event] = _events(receiver, parser, 1)
    assert receiver.paths[0].endswith("/new")
    assert (event.event_type, event.resource.complaint_id) == ("COMPLAINT.CREATE", complaint_id)


# --------------------------------------------------------------------------- refusals


def test_replying_to_an_unknown_complaint_is_404(sb: Sandbox, flow: ComplaintFlow, client: Client) -> None:
    unknown = "200220261206000000000000000"
    with pytest.raises(NotFoundError) as caught:
        _reply(client, unknown, sb.credentials.mchid)
    assert caught.value.code == "RESOURCE_NOT_EXISTS"
    for call in (
        lambda: query_complaint.sync(unknown, client=client),
        lambda: list_complaint_negotiation_history.sync(unknown, client=client),
        lambda: _complete(client, unknown, sb.credentials.mchid),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_completing_twice_is_refused(sb: Sandbox, flow: ComplaintFlow, client: Client) -> None:
    complaint_id = _file(flow)
    assert _complete(client, complaint_id, sb.credentials.mchid) == 204  # no reply needed first
    with pytest.raises(APIError) as caught:
        _complete(client, complaint_id, sb.credentials.mchid)
    assert (caught.value.status_code, caught.value.code) == (400, "INVALID_REQUEST")
    with pytest.raises(APIError) as reply:
        _reply(client, complaint_id, sb.credentials.mchid)
    assert (reply.value.status_code, reply.value.code) == (400, "INVALID_REQUEST")
    history = list_complaint_negotiation_history.sync(complaint_id, client=client).data or []
    assert [e.operate_type for e in history] == ["USER_CREATE_COMPLAINT", "MERCHANT_CONFIRM_COMPLETE"]


def test_the_list_range_is_at_most_30_days(flow: ComplaintFlow, client: Client) -> None:
    end = today_beijing()
    assert list_complaints.sync(client=client, begin_date=end - dt.timedelta(days=30), end_date=end).limit == 10
    for begin, finish in ((end - dt.timedelta(days=31), end), (end, end - dt.timedelta(days=1))):
        with pytest.raises(APIError) as caught:
            list_complaints.sync(client=client, begin_date=begin, end_date=finish)
        assert (caught.value.status_code, caught.value.code) == (400, "PARAM_ERROR")


def test_replies_across_merchants_and_links_are_refused(sb: Sandbox, flow: ComplaintFlow, client: Client) -> None:
    complaint_id = _file(flow)
    mchid = sb.credentials.mchid
    with pytest.raises(APIError) as other:
        _reply(client, complaint_id, "1900000001")
    assert (other.value.status_code, other.value.code) == (403, "NO_AUTH")
    with pytest.raises(APIError) as link:
        _reply(client, complaint_id, mchid, jump_url="https://merchant.example.com/c", jump_url_text="查看详情")
    assert (link.value.status_code, link.value.code) == (403, "NO_AUTH")
    flow.links_enabled = True
    with pytest.raises(APIError) as half:
        _reply(client, complaint_id, mchid, jump_url="https://merchant.example.com/c")
    assert (half.value.status_code, half.value.code) == (400, "PARAM_ERROR")
    assert _state(client, complaint_id) == "PENDING"  # nothing was recorded by the refusals
    assert _reply(client, complaint_id, mchid, jump_url="https://merchant.example.com/c", jump_url_text="查看") == 204
    assert _state(client, complaint_id) == "PROCESSING"


def test_a_refund_decision_is_taken_once_and_only_for_refund_complaints(
    sb: Sandbox, flow: ComplaintFlow, client: Client
) -> None:
    refund_id = _file(flow, problem_type="REFUND", amount=800)
    other_id = _file(flow)
    approve = ComplaintRefundProgressRequest(action="APPROVE", launch_refund_day=0)
    assert update_complaint_refund_progress.sync_detailed(refund_id, client=client, body=approve).status_code == 204
    assert _state(client, refund_id) == "PROCESSING"
    for complaint_id in (refund_id, other_id):
        with pytest.raises(APIError) as caught:
            update_complaint_refund_progress.sync_detailed(complaint_id, client=client, body=approve)
        assert (caught.value.status_code, caught.value.code) == (400, "INVALID_REQUEST")
    rejected_id = _file(flow, problem_type="REFUND")
    reject = ComplaintRefundProgressRequest(action="REJECT", reject_reason="商品已签收")
    update_complaint_refund_progress.sync_detailed(rejected_id, client=client, body=reject)
    assert _state(client, rejected_id) == "PROCESSED"
    kinds = [e.operate_type for e in list_complaint_negotiation_history.sync(rejected_id, client=client).data or []]
    assert kinds[-1] == "MERCHANT_REFUSE_RERUND"


# --------------------------------------------------------------------------- idempotence, paging


def test_an_immediate_service_reply_is_handled_once_per_idempotent_id(
    sb: Sandbox, flow: ComplaintFlow, client: Client
) -> None:
    complaint_id = _file(flow, need_immediate_service=True)
    assert query_complaint.sync(complaint_id, client=client).need_immediate_service is True
    body = ComplaintImmediateServiceRequest(
        complainted_mchid=sb.credentials.mchid,
        idempotent_id="idem-" + os.urandom(4).hex(),
        message=ComplaintMessage(blocks=[ComplaintMessageBlock(type_="TEXT", text=ComplaintMessageText(text="您好"))]),
    )
    first = respond_complaint_immediate_service.sync(complaint_id, client=client, body=body)
    again = respond_complaint_immediate_service.sync(complaint_id, client=client, body=body)
    assert isinstance(first.log_id, str) and first.log_id == again.log_id
    entries = list_complaint_negotiation_history.sync(complaint_id, client=client).data or []
    assert [e.log_id for e in entries if e.operate_type == "MERCHANT_RESPONSE"] == [first.log_id]
    assert _state(client, complaint_id) == "PROCESSING"


def test_the_list_pages_and_filters_by_complaint_date(flow: ComplaintFlow, client: Client) -> None:
    ids = [_file(flow) for _ in range(3)]
    old = flow.complaint(_file(flow))
    old.complaint_time -= 40 * 86400  # filed 40 days ago: outside today's range
    today = today_beijing()
    first = list_complaints.sync(client=client, begin_date=today, end_date=today, limit=2, offset=0)
    total = first.total_count
    assert isinstance(total, int) and total >= 3 and len(first.data or []) == 2
    rest = list_complaints.sync(client=client, begin_date=today, end_date=today, limit=50, offset=2)
    assert rest.total_count is UNSET and len(rest.data or []) == total - 2
    listed = {row.complaint_id for row in (first.data or []) + (rest.data or [])}
    assert set(ids) <= listed and old.complaint_id not in listed
    back = today - dt.timedelta(days=40)
    found = list_complaints.sync(client=client, begin_date=back, end_date=back + dt.timedelta(days=1))
    assert [row.complaint_id for row in found.data or []] == [old.complaint_id]
    empty = list_complaints.sync(client=client, begin_date=today, end_date=today, complainted_mchid="1900000001")
    assert not empty.data and empty.total_count == 0


# --------------------------------------------------------------------------- the user's side


def test_the_user_writes_back_and_complains_again(
    sb: Sandbox, flow: ComplaintFlow, client: Client, parser: NotificationParser, receiver: Receiver
) -> None:
    mchid = sb.credentials.mchid
    _register(client, receiver.url())
    complaint_id = _file(flow)
    assert _reply(client, complaint_id, mchid) == 204
    flow.user_responds(complaint_id, "还是没收到")
    assert query_complaint.sync(complaint_id, client=client).incoming_user_response is True
    assert _reply(client, complaint_id, mchid) == 204
    assert query_complaint.sync(complaint_id, client=client).incoming_user_response is False
    with pytest.raises(SandboxError):
        flow.user_continues(complaint_id, "not yet processed")
    assert _complete(client, complaint_id, mchid) == 204
    flow.user_continues(complaint_id, "问题没有解决")
    detail = query_complaint.sync(complaint_id, client=client)
    assert (detail.complaint_state, detail.user_complaint_times) == ("PENDING", 2)
    # delivered by a pool: the order of callbacks sent close together is not promised
    actions = sorted((e.event_type, e.resource.action_type) for e in _events(receiver, parser, 6))
    assert actions == sorted(
        [
            ("COMPLAINT.CREATE", "CREATE_COMPLAINT"),
            ("COMPLAINT.STATE_CHANGE", "MERCHANT_RESPONSE"),
            ("COMPLAINT.STATE_CHANGE", "USER_RESPONSE"),
            ("COMPLAINT.STATE_CHANGE", "MERCHANT_RESPONSE"),
            ("COMPLAINT.STATE_CHANGE", "MERCHANT_CONFIRM_COMPLETE"),
            ("COMPLAINT.STATE_CHANGE", "CONTINUE_COMPLAINT"),
        ]
    )
    assert all(e.resource.complaint_id == complaint_id for e in _events(receiver, parser, 6))
    assert PHONE not in repr(flow.complaint(complaint_id))
