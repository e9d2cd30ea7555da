"""The ``voucher`` flow (运营工具∙代金券) over a real socket with the typed client.

Set the marketing callback address -> create a batch -> activate -> send a coupon -> the user pays
with it -> COUPON.USE (verified and decrypted by a NotificationParser, typed) -> the coupon and the
batch read back; the idempotent re-create and re-send; the documented refusals with their codes;
the batch state machine; the user's side; expiry and the batch's end on a fake clock; seeding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sandbox_helpers import Receiver, unique
from typed_kit import typed_client
from wechatpay_auth import APIError, NotificationParser
from wechatpay_client import Client
from wechatpay_client.api.favor import (
    create_favor_stock,
    list_favor_stocks,
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
from wechatpay_client.models.favor_callback_set_request import FavorCallbackSetRequest
from wechatpay_client.models.favor_coupon_notification_resource import FavorCouponNotificationResource
from wechatpay_client.models.favor_coupon_send_request import FavorCouponSendRequest
from wechatpay_client.models.favor_stock_create_request import FavorStockCreateRequest
from wechatpay_client.models.favor_stock_state_change_request import FavorStockStateChangeRequest
from wechatpay_client.types import Unset
from wechatpay_sandbox import Sandbox, SandboxError
from wechatpay_sandbox._flows import FlowContext, FlowRequest
from wechatpay_sandbox._flows.voucher import VoucherFlow
from wechatpay_sandbox._state import Event

APPID = "wxd678efh567hg6787"
OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
EVENT = "COUPON.USE"
BEIJING = dt.timezone(dt.timedelta(hours=8))


# --------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with typed_client(sandbox) as client:
        yield client


@pytest.fixture
def parser(client: Client, sandbox: Sandbox) -> NotificationParser:
    return NotificationParser.from_client(client, apiv3_key=sandbox.credentials.apiv3_key)


@pytest.fixture
def flow(sandbox: Sandbox) -> Iterator[VoucherFlow]:
    found = sandbox.flows["voucher"]
    assert isinstance(found, VoucherFlow)
    yield found
    found.callback = None  # no test's coupon use reaches a later test's (or a closed) receiver


@pytest.fixture
def mchid(sandbox: Sandbox) -> str:
    return sandbox.credentials.mchid


def stock_dict(
    mchid: str,
    *,
    out_request_no: str | None = None,
    amount: int = 100,
    minimum: int = 1000,
    max_coupons: int = 10,
    per_user: int = 1,
    begin: dt.datetime | None = None,
    days: float = 30,
) -> dict[str, Any]:
    start = begin or dt.datetime.now(BEIJING).replace(microsecond=0)
    return {
        "stock_name": "满10减1",
        "belong_merchant": mchid,
        "available_begin_time": start.isoformat(),
        "available_end_time": (start + dt.timedelta(days=days)).isoformat(),
        "stock_use_rule": {
            "max_coupons": max_coupons,
            "max_amount": amount * max_coupons,
            "max_coupons_per_user": per_user,
            "natural_person_limit": False,
            "prevent_api_abuse": False,
        },
        "pattern_info": {"description": "满10元减1元"},
        "coupon_use_rule": {"fixed_normal_coupon": {"coupon_amount": amount, "transaction_minimum": minimum}},
        "no_cash": False,
        "stock_type": "NORMAL",
        "out_request_no": out_request_no or unique("S"),
    }


def create(client: Client, body: dict[str, Any]) -> str:
    return create_favor_stock.sync(client=client, body=FavorStockCreateRequest.from_dict(body)).stock_id


def running_stock(client: Client, mchid: str, **kw: Any) -> str:
    stock_id = create(client, stock_dict(mchid, **kw))
    start_favor_stock.sync(stock_id, client=client, body=FavorStockStateChangeRequest(stock_creator_mchid=mchid))
    return stock_id


def send_request(stock_id: str, mchid: str, out_request_no: str | None = None) -> FavorCouponSendRequest:
    return FavorCouponSendRequest(
        stock_id=stock_id, out_request_no=out_request_no or unique("R"), appid=APPID, stock_creator_mchid=mchid
    )


def send(client: Client, stock_id: str, mchid: str, openid: str = OPENID) -> str:
    return send_favor_coupon.sync(openid, client=client, body=send_request(stock_id, mchid)).coupon_id


def state(mchid: str) -> FavorStockStateChangeRequest:
    return FavorStockStateChangeRequest(stock_creator_mchid=mchid)


def refused(call: Any) -> APIError:
    with pytest.raises(APIError) as caught:
        call()
    assert caught.value.request_id
    return caught.value


def status_of(client: Client, stock_id: str, mchid: str) -> str:
    status = query_favor_stock.sync(stock_id, client=client, stock_creator_mchid=mchid).status
    assert isinstance(status, str)
    return status


# --------------------------------------------------------------------------- happy path


def test_send_use_callback_and_reads(
    client: Client, flow: VoucherFlow, receiver: Receiver, parser: NotificationParser, mchid: str
) -> None:
    set_answer = set_favor_callback.sync(
        client=client, body=FavorCallbackSetRequest(mchid=mchid, notify_url=receiver.url(), switch=True)
    )
    assert set_answer.notify_url == receiver.url()
    assert query_favor_callback.sync(client=client, mchid=mchid).notify_url == receiver.url()

    stock_id = create(client, stock_dict(mchid, amount=500, minimum=5000, max_coupons=5))
    stock = query_favor_stock.sync(stock_id, client=client, stock_creator_mchid=mchid)
    assert (stock.status, stock.distributed_coupons, stock.stock_type) == ("unactivated", 0, "NORMAL")
    assert stock.stock_creator_mchid == mchid and isinstance(stock.start_time, Unset)

    started = start_favor_stock.sync(stock_id, client=client, body=state(mchid))
    assert started.stock_id == stock_id
    coupon_id = send(client, stock_id, mchid)
    listed = list_favor_user_coupons.sync(OPENID, client=client, appid=APPID, stock_id=stock_id, creator_mchid=mchid)
    assert listed.total_count == 1 and not isinstance(listed.data, Unset)
    assert (listed.data[0].coupon_id, listed.data[0].status) == (coupon_id, "SENDED")
    assert receiver.received == []  # nothing is sent before the coupon is used

    used = flow.user_uses(coupon_id, transaction_id="4200000000000000000000000001", order_amount=6800)
    assert used.status == "USED"
    headers, body, _ = receiver.wait(1)[0]
    event = parser.parse(headers, body)
    assert event.event_type == EVENT
    resource = event.resource
    assert isinstance(resource, FavorCouponNotificationResource)
    assert (resource.stock_creator_mchid, resource.stock_id, resource.coupon_id) == (mchid, stock_id, coupon_id)
    assert (resource.status, resource.coupon_type, resource.no_cash) == ("USED", "NORMAL", False)
    assert not isinstance(resource.normal_coupon_information, Unset)
    assert resource.normal_coupon_information.coupon_amount == 500
    assert resource.normal_coupon_information.transaction_minimum == 5000
    assert not isinstance(resource.consume_information, Unset)
    assert resource.consume_information.transaction_id == "4200000000000000000000000001"
    assert resource.consume_information.consume_mchid == mchid
    assert isinstance(resource.business_type, Unset)  # not 消费金

    coupon = query_favor_coupon.sync(OPENID, coupon_id, client=client, appid=APPID)
    assert (coupon.coupon_id, coupon.stock_id, coupon.status) == (coupon_id, stock_id, "USED")
    assert not isinstance(coupon.consume_information, Unset)
    assert coupon.consume_information.transaction_id == "4200000000000000000000000001"
    assert not isinstance(coupon.start_time, Unset)

    stock = query_favor_stock.sync(stock_id, client=client, stock_creator_mchid=mchid)
    assert (stock.status, stock.distributed_coupons) == ("running", 1)
    assert flow.stock(stock_id).used == 1
    used_list = list_favor_user_coupons.sync(
        OPENID, client=client, appid=APPID, stock_id=stock_id, status="USED", creator_mchid=mchid
    )
    assert used_list.total_count == 1
    unused = list_favor_user_coupons.sync(
        OPENID, client=client, appid=APPID, stock_id=stock_id, status="SENDED", creator_mchid=mchid
    )
    assert unused.total_count == 0


def test_list_favor_stocks_finds_the_batch_by_status(client: Client, mchid: str) -> None:
    stock_id = running_stock(client, mchid)
    pause_favor_stock.sync(stock_id, client=client, body=state(mchid))
    page = list_favor_stocks.sync(client=client, offset=0, limit=10, stock_creator_mchid=mchid, status="paused")
    assert not isinstance(page.data, Unset)
    assert stock_id in [s.stock_id for s in page.data]
    assert all(s.status == "paused" for s in page.data)
    other = list_favor_stocks.sync(client=client, offset=0, limit=10, stock_creator_mchid="1230000109")
    assert other.total_count == 0


# --------------------------------------------------------------------------- idempotency


def test_create_again_with_the_same_out_request_no(client: Client, mchid: str) -> None:
    body = stock_dict(mchid)
    first = create_favor_stock.sync(client=client, body=FavorStockCreateRequest.from_dict(body))
    again = create_favor_stock.sync(client=client, body=FavorStockCreateRequest.from_dict(body))
    assert (again.stock_id, again.create_time) == (first.stock_id, first.create_time)
    changed = {**body, "stock_name": "另一个批次"}
    error = refused(lambda: create_favor_stock.sync(client=client, body=FavorStockCreateRequest.from_dict(changed)))
    assert (error.status_code, error.code) == (400, "RESOURCE_ALREADY_EXISTS")


def test_send_again_with_the_same_out_request_no_gives_the_same_coupon(
    client: Client, flow: VoucherFlow, mchid: str
) -> None:
    stock_id = running_stock(client, mchid, per_user=1)
    body = send_request(stock_id, mchid)
    first = send_favor_coupon.sync(OPENID, client=client, body=body).coupon_id
    again = send_favor_coupon.sync(OPENID, client=client, body=body).coupon_id  # not blocked by the 1-per-user limit
    assert again == first
    assert flow.stock(stock_id).distributed == 1
    other_user = refused(lambda: send_favor_coupon.sync("oOtherUser" + unique(), client=client, body=body))
    assert (other_user.status_code, other_user.code) == (400, "RESOURCE_ALREADY_EXISTS")
    pause_favor_stock.sync(stock_id, client=client, body=state(mchid))
    assert send_favor_coupon.sync(OPENID, client=client, body=body).coupon_id == first  # re-entry, even paused


# --------------------------------------------------------------------------- refusals


def test_send_from_an_unactivated_or_paused_batch_is_refused(client: Client, mchid: str) -> None:
    stock_id = create(client, stock_dict(mchid))
    error = refused(lambda: send(client, stock_id, mchid))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    start_favor_stock.sync(stock_id, client=client, body=state(mchid))
    pause_favor_stock.sync(stock_id, client=client, body=state(mchid))
    assert status_of(client, stock_id, mchid) == "paused"
    error = refused(lambda: send(client, stock_id, mchid))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    restart_favor_stock.sync(stock_id, client=client, body=state(mchid))
    assert status_of(client, stock_id, mchid) == "running"
    assert send(client, stock_id, mchid)


def test_the_batch_and_per_user_limits(client: Client, flow: VoucherFlow, mchid: str) -> None:
    stock_id = running_stock(client, mchid, max_coupons=5, per_user=2)
    send(client, stock_id, mchid)
    send(client, stock_id, mchid)
    per_user = refused(lambda: send(client, stock_id, mchid))
    assert (per_user.status_code, per_user.code) == (403, "REQUEST_BLOCKED")
    for index in range(3):
        send(client, stock_id, mchid, openid=f"oUser{index}{unique()}")
    spent = refused(lambda: send(client, stock_id, mchid, openid="oLate" + unique()))
    assert (spent.status_code, spent.code) == (403, "NOT_ENOUGH")
    stock = query_favor_stock.sync(stock_id, client=client, stock_creator_mchid=mchid)
    assert stock.distributed_coupons == 5 and flow.stock(stock_id).distributed == 5


def test_unknown_batches_are_404(client: Client, mchid: str) -> None:
    missing = "9" + unique()[:10]
    for call in (
        lambda: query_favor_stock.sync(missing, client=client, stock_creator_mchid=mchid),
        lambda: start_favor_stock.sync(missing, client=client, body=state(mchid)),
        lambda: send(client, missing, mchid),
    ):
        error = refused(call)
        assert (error.status_code, error.code) == (404, "RESOURCE_NOT_EXISTS")
    stock_id = create(client, stock_dict(mchid))
    other = refused(lambda: query_favor_stock.sync(stock_id, client=client, stock_creator_mchid="1230000109"))
    assert (other.status_code, other.code) == (404, "RESOURCE_NOT_EXISTS")  # looked up under its creator


def test_the_batch_state_machine_refuses_wrong_changes(client: Client, mchid: str) -> None:
    stock_id = create(client, stock_dict(mchid))
    for call in (
        lambda: pause_favor_stock.sync(stock_id, client=client, body=state(mchid)),
        lambda: restart_favor_stock.sync(stock_id, client=client, body=state(mchid)),
    ):
        assert refused(call).code == "INVALID_REQUEST"
    start_favor_stock.sync(stock_id, client=client, body=state(mchid))
    twice = refused(lambda: start_favor_stock.sync(stock_id, client=client, body=state(mchid)))
    assert (twice.status_code, twice.code) == (400, "INVALID_REQUEST")
    assert refused(lambda: restart_favor_stock.sync(stock_id, client=client, body=state(mchid))).code == (
        "INVALID_REQUEST"
    )
    pause_favor_stock.sync(stock_id, client=client, body=state(mchid))
    assert refused(lambda: pause_favor_stock.sync(stock_id, client=client, body=state(mchid))).code == (
        "INVALID_REQUEST"
    )
    assert status_of(client, stock_id, mchid) == "paused"


@pytest.mark.parametrize(
    ("change", "status", "code", "field"),
    [
        ({"coupon_use_rule": {"fixed_normal_coupon": {"coupon_amount": 100, "transaction_minimum": 100}}},
         400, "PARAM_ERROR", "transaction_minimum"),
        ({"stock_use_rule": {"max_coupons": 10, "max_amount": 999, "max_coupons_per_user": 1,
                             "natural_person_limit": False, "prevent_api_abuse": False}},
         400, "PARAM_ERROR", "max_amount"),
        ({"stock_use_rule": {"max_coupons": 10, "max_amount": 1000, "max_coupons_per_user": 11,
                             "natural_person_limit": False, "prevent_api_abuse": False}},
         400, "PARAM_ERROR", "max_coupons_per_user"),
        ({"coupon_use_rule": {}}, 400, "PARAM_ERROR", "fixed_normal_coupon"),
        ({"stock_type": "DISCOUNT"}, 400, "PARAM_ERROR", "stock_type"),
        ({"belong_merchant": "1230000109"}, 400, "INVALID_REQUEST", None),
        ({"available_begin_time": "2020-01-01T00:00:00+08:00"}, 400, "PARAM_ERROR", "available_begin_time"),
    ],
)  # fmt: skip
def test_create_rules(
    client: Client, mchid: str, change: dict[str, Any], status: int, code: str, field: str | None
) -> None:
    body = {**stock_dict(mchid), **change}
    error = refused(lambda: create_favor_stock.sync(client=client, body=FavorStockCreateRequest.from_dict(body)))
    assert (error.status_code, error.code) == (status, code)
    if field is not None:
        assert error.message is not None and field in error.message


def test_create_refuses_more_than_90_days_and_an_end_before_the_start(client: Client, mchid: str) -> None:
    long = stock_dict(mchid, days=90.5)
    assert refused(lambda: create(client, long)).code == "PARAM_ERROR"
    backwards = stock_dict(mchid, days=-1)
    assert refused(lambda: create(client, backwards)).code == "PARAM_ERROR"
    assert create(client, stock_dict(mchid, days=90))  # exactly 90 days is allowed


def test_coupon_reads_check_the_user_and_the_appid(client: Client, mchid: str) -> None:
    coupon_id = send(client, running_stock(client, mchid), mchid)
    other_user = refused(
        lambda: query_favor_coupon.sync("oSomeoneElse" + unique(), coupon_id, client=client, appid=APPID)
    )
    assert (other_user.status_code, other_user.code) == (404, "RESOURCE_NOT_EXISTS")
    other_app = refused(lambda: query_favor_coupon.sync(OPENID, coupon_id, client=client, appid="wx0000000000000000"))
    assert (other_app.status_code, other_app.code) == (400, "INVALID_REQUEST")
    no_merchant = refused(lambda: list_favor_user_coupons.sync(OPENID, client=client, appid=APPID))
    assert (no_merchant.status_code, no_merchant.code) == (400, "PARAM_ERROR")
    here = list_favor_user_coupons.sync(OPENID, client=client, appid=APPID, available_mchid=mchid)
    assert not isinstance(here.data, Unset) and coupon_id in [c.coupon_id for c in here.data]
    elsewhere = list_favor_user_coupons.sync(OPENID, client=client, appid=APPID, available_mchid="1230000109")
    assert elsewhere.total_count == 0


# --------------------------------------------------------------------------- the user's side


def test_the_user_side_refusals(
    client: Client, flow: VoucherFlow, receiver: Receiver, parser: NotificationParser, mchid: str
) -> None:
    set_favor_callback.sync(client=client, body=FavorCallbackSetRequest(mchid=mchid, notify_url=receiver.url()))
    stock_id = running_stock(client, mchid, amount=100, minimum=1000)
    coupon_id = send(client, stock_id, mchid)
    with pytest.raises(SandboxError) as below:
        flow.user_uses(coupon_id, order_amount=999)  # under the threshold
    assert (below.value.status, below.value.code) == (400, "INVALID_REQUEST")
    with pytest.raises(SandboxError) as elsewhere:
        flow.user_uses(coupon_id, consume_mchid="1230000109")
    assert elsewhere.value.code == "INVALID_REQUEST"
    assert flow.coupon(coupon_id).status == "SENDED"

    pause_favor_stock.sync(stock_id, client=client, body=state(mchid))  # pausing does not touch sent coupons
    assert flow.user_uses(coupon_id, order_amount=1000).status == "USED"
    event = parser.parse(*receiver.wait(1)[0][:2])
    assert isinstance(event.resource, FavorCouponNotificationResource) and event.resource.coupon_id == coupon_id
    with pytest.raises(SandboxError) as again:
        flow.user_uses(coupon_id)
    assert (again.value.status, again.value.code) == (403, "RULE_LIMIT")
    with pytest.raises(SandboxError) as unknown:
        flow.user_uses("29999999999")
    assert (unknown.value.status, unknown.value.code) == (404, "RESOURCE_NOT_EXISTS")


# --------------------------------------------------------------------------- the sandbox clock


class _Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _call(flow: VoucherFlow, method: str, shape: str, *args: Any, body: Any = None, query: Any = None) -> Any:
    request = FlowRequest("op", method, tuple(args), {}, query or {}, body, {})
    return flow.routes()[(method, shape)](request)


def test_the_batch_ends_and_coupons_expire_on_the_sandbox_clock() -> None:
    clock, events = _Clock(), list[Event]()
    flow = VoucherFlow(FlowContext(mchid="1900000109", clock=clock, emit=events.append, base_url=lambda: ""))
    begin = dt.datetime.fromtimestamp(clock.now, BEIJING)
    body = stock_dict("1900000109", begin=begin, days=1)
    stock_id = _call(flow, "POST", "/v3/marketing/favor/coupon-stocks", body=body)["stock_id"]
    _call(flow, "POST", "/v3/marketing/favor/stocks/{}/start", stock_id, body={"stock_creator_mchid": "1900000109"})
    send_body = {"stock_id": stock_id, "out_request_no": "R1", "appid": APPID, "stock_creator_mchid": "1900000109"}
    coupon_id = _call(flow, "POST", "/v3/marketing/favor/users/{}/coupons", OPENID, body=send_body)["coupon_id"]
    flow.user_uses(coupon_id)  # no callback address set: no COUPON.USE
    assert events == []
    coupon_id = _call(
        flow, "POST", "/v3/marketing/favor/users/{}/coupons", "oOther", body={**send_body, "out_request_no": "R2"}
    )["coupon_id"]
    _call(
        flow,
        "POST",
        "/v3/marketing/favor/callbacks",
        body={"mchid": "1900000109", "notify_url": "https://m.example/n", "switch": False},
    )
    clock.now += 86400 + 1
    assert flow.stock(stock_id).status == "stoped" and flow.coupon(coupon_id).status == "EXPIRED"
    with pytest.raises(SandboxError) as ended:
        _call(
            flow, "POST", "/v3/marketing/favor/users/{}/coupons", "oThird", body={**send_body, "out_request_no": "R3"}
        )
    assert ended.value.code == "INVALID_REQUEST"
    with pytest.raises(SandboxError) as expired:
        flow.user_uses(coupon_id)
    assert expired.value.code == "INVALID_REQUEST"
    with pytest.raises(SandboxError) as restart:
        _call(flow, "POST", "/v3/marketing/favor/stocks/{}/pause", stock_id, body={"stock_creator_mchid": "1900000109"})
    assert restart.value.code == "INVALID_REQUEST"
    answer = _call(flow, "GET", "/v3/marketing/favor/stocks/{}", stock_id, query={"stock_creator_mchid": "1900000109"})
    assert answer["status"] == "stoped" and answer["stop_time"] == answer["available_end_time"]


def test_switched_off_callbacks_are_not_sent() -> None:
    clock, events = _Clock(), list[Event]()
    flow = VoucherFlow(FlowContext(mchid="1900000109", clock=clock, emit=events.append, base_url=lambda: ""))
    callbacks = "/v3/marketing/favor/callbacks"
    _call(flow, "POST", callbacks, body={"mchid": "1900000109", "notify_url": "https://m.example/off", "switch": False})
    body = stock_dict("1900000109", begin=dt.datetime.fromtimestamp(clock.now, BEIJING))
    stock_id = _call(flow, "POST", "/v3/marketing/favor/coupon-stocks", body=body)["stock_id"]
    _call(flow, "POST", "/v3/marketing/favor/stocks/{}/start", stock_id, body={"stock_creator_mchid": "1900000109"})
    send_body = {"stock_id": stock_id, "out_request_no": "R1", "appid": APPID, "stock_creator_mchid": "1900000109"}
    flow.user_uses(_call(flow, "POST", "/v3/marketing/favor/users/{}/coupons", OPENID, body=send_body)["coupon_id"])
    assert events == []
    _call(flow, "POST", callbacks, body={"mchid": "1900000109", "notify_url": "https://m.example/on"})
    second = {**send_body, "out_request_no": "R2"}
    flow.user_uses(_call(flow, "POST", "/v3/marketing/favor/users/{}/coupons", "oOther", body=second)["coupon_id"])
    assert [(e.event_type, e.url, e.original_type, e.resource["status"]) for e in events] == [
        (EVENT, "https://m.example/on", "coupon", "USED")
    ]


# --------------------------------------------------------------------------- seeding


def test_seed_prepares_each_routed_operation(client: Client, flow: VoucherFlow, mchid: str) -> None:
    notify = "https://merchant.example/notify"
    start = flow.seed("start_favor_stock", notify)
    pause = flow.seed("pause_favor_stock", notify)
    restart = flow.seed("restart_favor_stock", notify)
    assert start is not None and pause is not None and restart is not None
    assert start_favor_stock.sync(start["path"]["stock_id"], client=client, body=state(mchid)).stock_id
    assert pause_favor_stock.sync(pause["path"]["stock_id"], client=client, body=state(mchid)).stock_id
    assert restart_favor_stock.sync(restart["path"]["stock_id"], client=client, body=state(mchid)).stock_id
    sent = flow.seed("send_favor_coupon", notify)
    assert sent is not None
    coupon_id = send_favor_coupon.sync(
        sent["path"]["openid"], client=client, body=FavorCouponSendRequest.from_dict(sent["body"])
    ).coupon_id
    assert flow.coupon(coupon_id).status == "SENDED"
    read = flow.seed("query_favor_coupon", notify)
    assert read is not None
    assert (
        query_favor_coupon.sync(
            read["path"]["openid"], read["path"]["coupon_id"], client=client, appid=read["query"]["appid"]
        ).status
        == "SENDED"
    )
    first, second = (flow.seed("create_favor_stock", notify) for _ in range(2))
    assert first is not None and second is not None
    assert first["body"]["out_request_no"] != second["body"]["out_request_no"]
    assert create(client, first["body"]) != create(client, second["body"])
    assert flow.seed("query_favor_stock_use_flow", notify) is None
