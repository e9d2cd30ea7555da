"""The ``transfer`` flow (商家转账∙用户确认模式) over a real socket with the typed client.

Create -> the user confirms -> MCHTRANSFER.BILL.FINISHED (verified and decrypted by a
NotificationParser) -> queries; the cancellation; the resend of an identical bill; the documented
refusals with their codes; the user's side; the 24-hour confirmation window on a fake clock.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from sandbox_helpers import ApiClient, Receiver, load_private, unique
from typed_kit import typed_client
from wechatpay_auth import APIError, NotificationParser
from wechatpay_client import Client
from wechatpay_client.api.transfer_bills import (
    cancel_transfer_bill,
    create_transfer_bill,
    query_transfer_bill_by_out_bill_no,
    query_transfer_bill_by_transfer_bill_no,
)
from wechatpay_client.models.transfer_bill_create_request import TransferBillCreateRequest
from wechatpay_client.models.transfer_bill_notification_resource import TransferBillNotificationResource
from wechatpay_client.models.transfer_scene_report_info import TransferSceneReportInfo
from wechatpay_client.types import UNSET, Unset
from wechatpay_sandbox import Sandbox, SandboxError
from wechatpay_sandbox._flows import FlowContext, FlowRequest
from wechatpay_sandbox._flows.transfer import TransferFlow
from wechatpay_sandbox._state import Event

APPID = "wxd678efh567hg6787"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
EVENT = "MCHTRANSFER.BILL.FINISHED"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with typed_client(sandbox) as client:
        yield client


@pytest.fixture
def parser(client: Client, sandbox: Sandbox) -> NotificationParser:
    return NotificationParser.from_client(client, apiv3_key=sandbox.credentials.apiv3_key)


@pytest.fixture
def flow(sandbox: Sandbox) -> Iterator[TransferFlow]:
    found = sandbox.flows["transfer"]
    assert isinstance(found, TransferFlow)
    yield found
    found.granted_scenes = None


def bill_request(
    out_bill_no: str, amount: int = 3000, *, notify_url: str | None = None, user_name: str | None = "张三"
) -> TransferBillCreateRequest:
    return TransferBillCreateRequest(
        appid=APPID,
        out_bill_no=out_bill_no,
        transfer_scene_id="1000",
        openid=OPENID,
        transfer_amount=amount,
        transfer_remark="注册会员有礼",
        transfer_scene_report_infos=[
            TransferSceneReportInfo(info_type="活动名称", info_content="注册会员有礼"),
            TransferSceneReportInfo(info_type="奖励说明", info_content="新会员注册奖励"),
        ],
        user_name=UNSET if user_name is None else user_name,
        notify_url=UNSET if notify_url is None else notify_url,
    )


def refused(call: Any) -> APIError:
    with pytest.raises(APIError) as caught:
        call()
    assert caught.value.request_id
    return caught.value


def finished(receiver: Receiver, parser: NotificationParser, count: int) -> TransferBillNotificationResource:
    """The ``count``-th callback at the receiver, verified and decrypted by the SDK's parser."""
    headers, body, _ = receiver.wait(count)[count - 1]
    event = parser.parse(headers, body)
    assert event.event_type == EVENT
    assert isinstance(event.resource, TransferBillNotificationResource)
    return event.resource


# --------------------------------------------------------------------------- happy path


def test_create_confirm_callback_and_both_queries(
    client: Client, flow: TransferFlow, receiver: Receiver, parser: NotificationParser, sandbox: Sandbox
) -> None:
    out_bill_no = unique("T")
    created = create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, notify_url=receiver.url()))
    assert created.state == "WAIT_USER_CONFIRM"
    assert isinstance(created.package_info, str) and created.package_info
    assert created.out_bill_no == out_bill_no and created.transfer_bill_no.startswith("1330")

    queried = query_transfer_bill_by_out_bill_no.sync(out_bill_no, client=client)
    assert (queried.state, queried.transfer_amount, queried.openid) == ("WAIT_USER_CONFIRM", 3000, OPENID)
    assert queried.mch_id == sandbox.credentials.mchid
    assert queried.user_name == "张三"  # encrypted for the merchant by the server, decrypted by the SDK

    bill = flow.user_confirms(out_bill_no, package_info=created.package_info, settle=False)
    assert bill.state == "TRANSFERING"
    by_no = query_transfer_bill_by_transfer_bill_no.sync(created.transfer_bill_no, client=client)
    assert (by_no.out_bill_no, by_no.state) == (out_bill_no, "TRANSFERING")
    assert receiver.received == []  # no callback before a final state

    flow.settle(out_bill_no)
    resource = finished(receiver, parser, 1)
    assert (resource.out_bill_no, resource.transfer_bill_no, resource.state) == (
        out_bill_no,
        created.transfer_bill_no,
        "SUCCESS",
    )
    assert resource.transfer_amount == 3000 and resource.openid == OPENID
    assert resource.mch_id == sandbox.credentials.mchid
    assert isinstance(resource.fail_reason, Unset)

    final = query_transfer_bill_by_transfer_bill_no.sync(created.transfer_bill_no, client=client)
    assert final.state == "SUCCESS" and final.user_name == "张三"
    assert not isinstance(final.update_time, Unset) and final.update_time >= final.create_time


def test_user_name_is_answered_encrypted_with_the_merchant_key(
    client: Client, api: ApiClient, sandbox: Sandbox
) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, user_name="李四"))
    raw = api.verified(api.get(f"/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}"))
    assert raw.status_code == 200
    ciphertext = raw.json()["user_name"]
    assert "李四" not in raw.text
    key = load_private(sandbox.credentials.merchant_private_key_pem)
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    assert key.decrypt(base64.b64decode(ciphertext), oaep).decode() == "李四"


def test_a_bill_without_user_name_is_answered_without_it(client: Client) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, 100, user_name=None))
    assert isinstance(query_transfer_bill_by_out_bill_no.sync(out_bill_no, client=client).user_name, Unset)


# --------------------------------------------------------------------------- idempotency


def test_an_identical_resend_returns_the_same_bill(client: Client, flow: TransferFlow) -> None:
    out_bill_no = unique("T")
    body = bill_request(out_bill_no)
    first = create_transfer_bill.sync(client=client, body=body)
    second = create_transfer_bill.sync(client=client, body=body)  # user_name encrypted afresh: other ciphertext
    assert second.transfer_bill_no == first.transfer_bill_no
    assert (second.state, second.package_info) == ("WAIT_USER_CONFIRM", first.package_info)
    assert [b.out_bill_no for b in flow.bills()].count(out_bill_no) == 1

    flow.user_confirms(out_bill_no)
    after = create_transfer_bill.sync(client=client, body=body)
    assert (after.transfer_bill_no, after.state) == (first.transfer_bill_no, "SUCCESS")
    assert isinstance(after.package_info, Unset)  # nothing left to confirm


# --------------------------------------------------------------------------- refusals


def test_reusing_out_bill_no_with_another_amount_is_refused(client: Client) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, 3000))
    error = refused(lambda: create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, 3001)))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    other_name = refused(
        lambda: create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, user_name="王五"))
    )
    assert other_name.code == "INVALID_REQUEST"
    assert query_transfer_bill_by_out_bill_no.sync(out_bill_no, client=client).transfer_amount == 3000


def test_user_name_is_required_from_2000_yuan(client: Client) -> None:
    error = refused(
        lambda: create_transfer_bill.sync(client=client, body=bill_request(unique("T"), 200_000, user_name=None))
    )
    assert (error.status_code, error.code) == (400, "PARAM_ERROR")
    assert error.message is not None and "user_name" in error.message
    below = create_transfer_bill.sync(client=client, body=bill_request(unique("T"), 199_999, user_name=None))
    assert below.state == "WAIT_USER_CONFIRM"
    named = create_transfer_bill.sync(client=client, body=bill_request(unique("T"), 200_000, user_name="张三"))
    assert named.state == "WAIT_USER_CONFIRM"


def test_unknown_bills_are_404_not_found(client: Client) -> None:
    missing = unique("NOSUCH")
    for call in (
        lambda: query_transfer_bill_by_out_bill_no.sync(missing, client=client),
        lambda: query_transfer_bill_by_transfer_bill_no.sync("1330" + "0" * 36, client=client),
        lambda: cancel_transfer_bill.sync(missing, client=client),
    ):
        error = refused(call)
        assert (error.status_code, error.code) == (404, "NOT_FOUND")


def test_cancel_after_success_is_refused(client: Client, flow: TransferFlow) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no))
    flow.user_confirms(out_bill_no)
    error = refused(lambda: cancel_transfer_bill.sync(out_bill_no, client=client))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    assert query_transfer_bill_by_out_bill_no.sync(out_bill_no, client=client).state == "SUCCESS"


def test_cancel_while_transfering_is_refused(client: Client, flow: TransferFlow) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no))
    flow.user_confirms(out_bill_no, settle=False)
    assert refused(lambda: cancel_transfer_bill.sync(out_bill_no, client=client)).code == "INVALID_REQUEST"


def test_a_scene_not_granted_is_403_no_auth(client: Client, flow: TransferFlow) -> None:
    flow.granted_scenes = frozenset({"1005"})
    error = refused(lambda: create_transfer_bill.sync(client=client, body=bill_request(unique("T"))))
    assert (error.status_code, error.code) == (403, "NO_AUTH")


# --------------------------------------------------------------------------- cancellation


def test_cancel_before_confirmation_then_cancelled_with_its_callback(
    client: Client, flow: TransferFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    out_bill_no = unique("T")
    created = create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, notify_url=receiver.url()))
    answer = cancel_transfer_bill.sync(out_bill_no, client=client)
    assert (answer.out_bill_no, answer.transfer_bill_no, answer.state) == (
        out_bill_no,
        created.transfer_bill_no,
        "CANCELING",
    )
    assert cancel_transfer_bill.sync(out_bill_no, client=client).state == "CANCELING"  # again: same state
    with pytest.raises(SandboxError) as caught:
        flow.user_confirms(out_bill_no)  # the page no longer accepts the money
    assert caught.value.code == "INVALID_REQUEST"

    flow.finish_cancel(out_bill_no)
    resource = finished(receiver, parser, 1)
    assert (resource.out_bill_no, resource.state) == (out_bill_no, "CANCELLED")
    assert query_transfer_bill_by_out_bill_no.sync(out_bill_no, client=client).state == "CANCELLED"
    assert cancel_transfer_bill.sync(out_bill_no, client=client).state == "CANCELLED"
    with pytest.raises(SandboxError):
        flow.finish_cancel(out_bill_no)


# --------------------------------------------------------------------------- the user's side


def test_the_user_side_package_retry_and_name_check(
    client: Client, flow: TransferFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, notify_url=receiver.url()))
    with pytest.raises(SandboxError) as caught:
        flow.user_confirms(out_bill_no, package_info="not-the-package")
    assert caught.value.status == 400
    assert flow.bill(out_bill_no).state == "WAIT_USER_CONFIRM"

    assert flow.user_confirms(out_bill_no, settle=False).state == "TRANSFERING"
    # TRANSFERING: the confirmation page may be opened again (documented); the real name differs
    bill = flow.user_confirms(out_bill_no, real_name="王五")
    assert (bill.state, bill.fail_reason) == ("FAIL", "NAME_NOT_CORRECT")
    resource = finished(receiver, parser, 1)
    assert (resource.state, resource.fail_reason) == ("FAIL", "NAME_NOT_CORRECT")
    queried = query_transfer_bill_by_out_bill_no.sync(out_bill_no, client=client)
    assert (queried.state, queried.fail_reason) == ("FAIL", "NAME_NOT_CORRECT")
    with pytest.raises(SandboxError):
        flow.user_confirms(out_bill_no)
    with pytest.raises(SandboxError) as unknown:
        flow.user_confirms(unique("NOSUCH"))
    assert (unknown.value.status, unknown.value.code) == (404, "NOT_FOUND")


def test_settle_can_fail_with_a_reason(
    client: Client, flow: TransferFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    out_bill_no = unique("T")
    create_transfer_bill.sync(client=client, body=bill_request(out_bill_no, notify_url=receiver.url()))
    with pytest.raises(SandboxError):
        flow.settle(out_bill_no)  # not confirmed yet
    flow.user_confirms(out_bill_no, settle=False)
    flow.settle(out_bill_no, fail_reason="ACCOUNT_FROZEN")
    resource = finished(receiver, parser, 1)
    assert (resource.state, resource.fail_reason) == ("FAIL", "ACCOUNT_FROZEN")


# --------------------------------------------------------------------------- the confirmation window


class _Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _create(flow: TransferFlow, out_bill_no: str, notify_url: str | None) -> dict[str, Any]:
    body: dict[str, Any] = bill_request(out_bill_no, user_name=None).to_dict()
    if notify_url is not None:
        body["notify_url"] = notify_url
    request = FlowRequest("create_transfer_bill", "POST", (), {}, {}, body, {})
    answer: dict[str, Any] = flow.routes()[("POST", "/v3/fund-app/mch-transfer/transfer-bills")](request)
    return answer


def test_an_unconfirmed_bill_closes_after_24_hours() -> None:
    clock, events = _Clock(), list[Event]()
    flow = TransferFlow(FlowContext(mchid="1900000109", clock=clock, emit=events.append, base_url=lambda: ""))
    _create(flow, "W1", "https://merchant.example/notify")
    _create(flow, "W2", None)
    clock.now += 24 * 3600
    assert flow.bill("W1").state == "WAIT_USER_CONFIRM"  # the window is still open
    clock.now += 1
    bill = flow.bill("W1")
    assert (bill.state, bill.fail_reason) == ("FAIL", "OVERDUE_CLOSE")
    assert [(e.event_type, e.url, e.original_type, e.resource["state"]) for e in events] == [
        (EVENT, "https://merchant.example/notify", "mch_payment", "FAIL")
    ]
    assert events[0].resource["fail_reason"] == "OVERDUE_CLOSE"
    assert flow.bill("W2").state == "FAIL" and len(events) == 1  # no notify_url: no callback
    with pytest.raises(SandboxError):
        flow.user_confirms("W1")
    cancel = flow.routes()[("POST", "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{}/cancel")]
    with pytest.raises(SandboxError) as caught:
        cancel(FlowRequest("cancel_transfer_bill", "POST", ("W1",), {}, {}, None, {}))
    assert caught.value.code == "INVALID_REQUEST"


def test_seed_prepares_a_bill_for_each_operation_that_needs_one(client: Client, flow: TransferFlow) -> None:
    by_out = flow.seed("query_transfer_bill_by_out_bill_no", "https://merchant.example/notify")
    by_no = flow.seed("query_transfer_bill_by_transfer_bill_no", "https://merchant.example/notify")
    to_cancel = flow.seed("cancel_transfer_bill", "https://merchant.example/notify")
    assert by_out is not None and by_no is not None and to_cancel is not None
    assert query_transfer_bill_by_out_bill_no.sync(by_out["path"]["out_bill_no"], client=client).state == (
        "WAIT_USER_CONFIRM"
    )
    assert query_transfer_bill_by_transfer_bill_no.sync(by_no["path"]["transfer_bill_no"], client=client).state == (
        "WAIT_USER_CONFIRM"
    )
    assert cancel_transfer_bill.sync(to_cancel["path"]["out_bill_no"], client=client).state == "CANCELING"
    first, second = (flow.seed("create_transfer_bill", "https://merchant.example/notify") for _ in range(2))
    assert first is not None and second is not None
    assert first["body"]["out_bill_no"] != second["body"]["out_bill_no"]  # each create is a new bill
    assert flow.seed("apply_transfer_authorization", "https://merchant.example/notify") is None
