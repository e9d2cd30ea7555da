"""The ``merchant_coupon`` flow (运营工具∙商家券) over a real socket with the typed client.

Event address -> batch -> send -> COUPON.SEND (verified, decrypted and typed by a
NotificationParser) -> the user's coupon and list -> redemption (idempotent on use_request_no) ->
USED; invalidation and return; the documented refusals with their codes; the idempotent re-create
and re-send; the user's side (the mini-program receipt); expiry on a fake clock; the seeds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sandbox_helpers import FakeClock, Receiver, unique
from typed_kit import typed_client
from wechatpay_auth import APIError, NotificationParser
from wechatpay_client import Client
from wechatpay_client.api.busifavor import (
    create_busifavor_stock,
    deactivate_busifavor_coupon,
    list_busifavor_user_coupons,
    query_busifavor_callback,
    query_busifavor_stock,
    query_busifavor_user_coupon,
    return_busifavor_coupon,
    send_busifavor_coupon,
    set_busifavor_callback,
    use_busifavor_coupon,
)
from wechatpay_client.models.busifavor_callback_set_request import BusifavorCallbackSetRequest
from wechatpay_client.models.busifavor_coupon_deactivate_request import BusifavorCouponDeactivateRequest
from wechatpay_client.models.busifavor_coupon_return_request import BusifavorCouponReturnRequest
from wechatpay_client.models.busifavor_coupon_send_request import BusifavorCouponSendRequest
from wechatpay_client.models.busifavor_coupon_use_request import BusifavorCouponUseRequest
from wechatpay_client.models.busifavor_notification_resource import BusifavorNotificationResource
from wechatpay_client.models.busifavor_stock_create_request import BusifavorStockCreateRequest
from wechatpay_client.types import UNSET, Unset
from wechatpay_sandbox import Sandbox, SandboxError
from wechatpay_sandbox._flows import FlowContext, FlowRequest
from wechatpay_sandbox._flows.merchant_coupon import MerchantCouponFlow
from wechatpay_sandbox._state import Event

APPID = "wxd678efh567hg6787"
OTHER_APPID = "wx1234567889999"
EVENT = "COUPON.SEND"
BEIJING = dt.timezone(dt.timedelta(hours=8))


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with typed_client(sandbox) as client:
        yield client


@pytest.fixture
def parser(client: Client, sandbox: Sandbox) -> NotificationParser:
    return NotificationParser.from_client(client, apiv3_key=sandbox.credentials.apiv3_key)


@pytest.fixture
def flow(sandbox: Sandbox) -> Iterator[MerchantCouponFlow]:
    found = sandbox.flows["merchant_coupon"]
    assert isinstance(found, MerchantCouponFlow)
    found.notify_url = None
    yield found
    found.notify_url = None  # no callbacks to a receiver that is gone


def stock_body(flow: MerchantCouponFlow, **changes: Any) -> dict[str, Any]:
    body = flow.seed_stock_body(max_coupons_per_user=changes.pop("max_coupons_per_user", 1))
    body.update(changes)
    return body


def create_stock(client: Client, flow: MerchantCouponFlow, **changes: Any) -> str:
    body = BusifavorStockCreateRequest.from_dict(stock_body(flow, **changes))
    return create_busifavor_stock.sync(client=client, body=body).stock_id


def send(client: Client, stock_id: str, openid: str, out_request_no: str | None = None, **extra: Any) -> str:
    body = BusifavorCouponSendRequest(
        openid=openid, appid=APPID, stock_id=stock_id, out_request_no=out_request_no or unique("S"), **extra
    )
    answer = send_busifavor_coupon.sync(client=client, body=body)
    assert not isinstance(answer.coupon_code, Unset)
    assert not isinstance(answer.send_coupon_result, Unset)
    assert answer.send_coupon_result.coupon_code == answer.coupon_code  # both documented shapes agree
    return answer.coupon_code


def use_request(
    code: str, stock_id: str | None, use_request_no: str | None = None, *, appid: str = APPID, openid: str | None = None
) -> BusifavorCouponUseRequest:
    return BusifavorCouponUseRequest(
        coupon_code=code,
        stock_id=UNSET if stock_id is None else stock_id,
        appid=appid,
        use_time=dt.datetime.now(BEIJING).replace(microsecond=0),
        use_request_no=use_request_no or unique("U"),
        openid=UNSET if openid is None else openid,
    )


def deactivate_request(code: str, stock_id: str, number: str | None = None) -> BusifavorCouponDeactivateRequest:
    return BusifavorCouponDeactivateRequest(
        coupon_code=code, stock_id=stock_id, deactivate_request_no=number or unique("D"), deactivate_reason="规则调整"
    )


def refused(call: Any) -> APIError:
    with pytest.raises(APIError) as caught:
        call()
    assert caught.value.request_id
    return caught.value


def received(receiver: Receiver, parser: NotificationParser, count: int) -> BusifavorNotificationResource:
    """The ``count``-th callback at the receiver, verified, decrypted and typed by the SDK's parser."""
    headers, body, _ = receiver.wait(count)[count - 1]
    event = parser.parse(headers, body)
    assert event.event_type == EVENT
    assert isinstance(event.resource, BusifavorNotificationResource)
    return event.resource


def register(client: Client, receiver: Receiver) -> None:
    set_busifavor_callback.sync(client=client, body=BusifavorCallbackSetRequest(notify_url=receiver.url()))


# --------------------------------------------------------------------------- happy path


def test_create_send_callback_query_use_and_query_used(
    client: Client, flow: MerchantCouponFlow, receiver: Receiver, parser: NotificationParser, sandbox: Sandbox
) -> None:
    mchid = sandbox.credentials.mchid
    answer = set_busifavor_callback.sync(client=client, body=BusifavorCallbackSetRequest(notify_url=receiver.url()))
    assert (answer.notify_url, answer.mchid) == (receiver.url(), mchid)
    assert not isinstance(answer.update_time, Unset)
    assert query_busifavor_callback.sync(client=client).notify_url == receiver.url()

    stock_id = create_stock(client, flow)
    stock = query_busifavor_stock.sync(stock_id, client=client)
    assert (stock.stock_state, stock.coupon_code_mode, stock.stock_type) == ("RUNNING", "WECHATPAY_MODE", "NORMAL")
    assert stock.stock_send_rule.max_coupons_per_user == 1

    openid = unique("o")
    send_no = unique("S")
    code = send(client, stock_id, openid, send_no)
    resource = received(receiver, parser, 1)
    assert (resource.coupon_code, resource.stock_id, resource.send_merchant) == (code, stock_id, mchid)
    assert (resource.send_channel, resource.event_type) == ("BUSICOUPON_SEND_CHANNEL_API", "EVENT_TYPE_BUSICOUPON_SEND")
    assert resource.openid == openid  # the batch has notify_config.notify_appid

    coupon = query_busifavor_user_coupon.sync(openid, code, APPID, client=client)
    assert (coupon.coupon_state, coupon.stock_id, coupon.send_request_no) == ("SENDED", stock_id, send_no)
    assert not isinstance(coupon.expire_time, Unset) and not isinstance(coupon.receive_time, Unset)
    assert coupon.expire_time > coupon.receive_time
    listed = list_busifavor_user_coupons.sync(openid, client=client, appid=APPID, stock_id=stock_id)
    assert listed.total_count == 1 and not isinstance(listed.data, Unset)
    assert [c.coupon_code for c in listed.data] == [code]

    use_no = unique("U")
    used = use_busifavor_coupon.sync(client=client, body=use_request(code, stock_id, use_no, openid=openid))
    assert (used.stock_id, used.openid) == (stock_id, openid)
    after = query_busifavor_user_coupon.sync(openid, code, APPID, client=client)
    assert (after.coupon_state, after.use_request_no) == ("USED", use_no)
    assert not isinstance(after.use_time, Unset)
    counts = query_busifavor_stock.sync(stock_id, client=client).send_count_information
    assert not isinstance(counts, Unset) and (counts.total_send_num, counts.total_send_amount) == (1, 100)
    assert len(receiver.received) == 1  # no callback for the redemption


def test_a_use_resend_with_the_same_use_request_no_gets_the_same_answer(
    client: Client, flow: MerchantCouponFlow
) -> None:
    stock_id = create_stock(client, flow, max_coupons_per_user=2)
    openid = unique("o")
    first_code, second_code = send(client, stock_id, openid), send(client, stock_id, openid)
    body = use_request(first_code, stock_id)
    first = use_busifavor_coupon.sync(client=client, body=body)
    again = use_busifavor_coupon.sync(client=client, body=body)
    assert again.wechatpay_use_time == first.wechatpay_use_time
    # the same number for another coupon is refused, and that coupon stays usable
    other = refused(
        lambda: use_busifavor_coupon.sync(client=client, body=use_request(second_code, stock_id, body.use_request_no))
    )
    assert (other.status_code, other.code) == (400, "INVALID_REQUEST")
    assert query_busifavor_user_coupon.sync(openid, second_code, APPID, client=client).coupon_state == "SENDED"


# --------------------------------------------------------------------------- refusals


def test_a_used_or_deactivated_coupon_cannot_be_used(client: Client, flow: MerchantCouponFlow) -> None:
    stock_id = create_stock(client, flow, max_coupons_per_user=2)
    openid = unique("o")
    used_code, off_code = send(client, stock_id, openid), send(client, stock_id, openid)
    use_busifavor_coupon.sync(client=client, body=use_request(used_code, stock_id))
    error = refused(lambda: use_busifavor_coupon.sync(client=client, body=use_request(used_code, stock_id)))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    assert error.message is not None and "USED" in error.message

    number = unique("D")
    off = deactivate_busifavor_coupon.sync(client=client, body=deactivate_request(off_code, stock_id, number))
    again = deactivate_busifavor_coupon.sync(client=client, body=deactivate_request(off_code, stock_id, number))
    assert again.wechatpay_deactivate_time == off.wechatpay_deactivate_time  # the same request: same answer
    coupon = query_busifavor_user_coupon.sync(openid, off_code, APPID, client=client)
    assert (coupon.coupon_state, coupon.deactivate_request_no, coupon.deactivate_reason) == (
        "DEACTIVATED",
        number,
        "规则调整",
    )
    error = refused(lambda: use_busifavor_coupon.sync(client=client, body=use_request(off_code, stock_id)))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    # only a usable coupon can be deactivated
    for code in (used_code, off_code):
        error = refused(
            lambda code=code: deactivate_busifavor_coupon.sync(client=client, body=deactivate_request(code, stock_id))
        )
        assert error.code == "INVALID_REQUEST"


def test_use_with_another_appid_or_another_openid_is_refused(client: Client, flow: MerchantCouponFlow) -> None:
    stock_id = create_stock(client, flow)
    holder = unique("o")
    code = send(client, stock_id, holder)
    error = refused(
        lambda: use_busifavor_coupon.sync(client=client, body=use_request(code, stock_id, appid=OTHER_APPID))
    )
    assert (error.status_code, error.code) == (403, "NO_AUTH")
    error = refused(
        lambda: use_busifavor_coupon.sync(client=client, body=use_request(code, stock_id, openid=unique("o")))
    )
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    assert query_busifavor_user_coupon.sync(holder, code, APPID, client=client).coupon_state == "SENDED"
    # and the user's coupon is not found under another AppID or another user
    for openid, appid in ((holder, OTHER_APPID), (unique("o"), APPID)):
        error = refused(lambda o=openid, a=appid: query_busifavor_user_coupon.sync(o, code, a, client=client))
        assert (error.status_code, error.code) == (404, "RESOURCE_NOT_EXISTS")


def test_unknown_coupons_and_batches_are_404(client: Client, flow: MerchantCouponFlow) -> None:
    stock_id = create_stock(client, flow)
    missing = "9" + unique("")[:15]
    for call in (
        lambda: query_busifavor_user_coupon.sync(unique("o"), missing, APPID, client=client),
        lambda: use_busifavor_coupon.sync(client=client, body=use_request(missing, None)),
        lambda: use_busifavor_coupon.sync(client=client, body=use_request(missing, stock_id)),
        lambda: deactivate_busifavor_coupon.sync(client=client, body=deactivate_request(missing, stock_id)),
        lambda: query_busifavor_stock.sync("1000000000", client=client),
        lambda: send(client, "1000000000", unique("o")),
    ):
        error = refused(call)
        assert (error.status_code, error.code) == (404, "RESOURCE_NOT_EXISTS")
    # a real code named with another batch is not found either
    code = send(client, stock_id, unique("o"))
    other_stock = create_stock(client, flow)
    error = refused(lambda: use_busifavor_coupon.sync(client=client, body=use_request(code, other_stock)))
    assert error.code == "RESOURCE_NOT_EXISTS"


def test_the_per_user_limit_and_the_batch_maximum(
    client: Client, flow: MerchantCouponFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    register(client, receiver)
    stock_id = create_stock(client, flow, stock_send_rule={"max_coupons_per_user": 1, "max_coupons": 2})
    openid = unique("o")
    send(client, stock_id, openid)
    error = refused(lambda: send(client, stock_id, openid))
    assert (error.status_code, error.code) == (403, "RULE_LIMIT")
    with pytest.raises(SandboxError) as caught:
        flow.user_receives(stock_id, openid)  # the mini program applies the same limit
    assert (caught.value.status, caught.value.code) == (403, "RULE_LIMIT")
    send(client, stock_id, unique("o"))
    error = refused(lambda: send(client, stock_id, unique("o")))  # max_coupons 2 reached
    assert (error.status_code, error.code) == (403, "RULE_LIMIT")
    assert len(receiver.wait(2)) == 2
    counts = query_busifavor_stock.sync(stock_id, client=client).send_count_information
    assert not isinstance(counts, Unset) and counts.total_send_num == 2


def test_create_checks_the_rule_object_the_period_and_the_owner(client: Client, flow: MerchantCouponFlow) -> None:
    body = stock_body(flow, stock_type="DISCOUNT")  # still carries fixed_normal_coupon
    error = refused(
        lambda: create_busifavor_stock.sync(client=client, body=BusifavorStockCreateRequest.from_dict(body))
    )
    assert (error.status_code, error.code) == (400, "PARAM_ERROR")
    assert error.message is not None and "discount_coupon" in error.message

    body = stock_body(flow)
    period = body["coupon_use_rule"]["coupon_available_time"]
    period["available_end_time"], period["available_begin_time"] = (
        period["available_begin_time"],
        period["available_end_time"],
    )
    error = refused(
        lambda: create_busifavor_stock.sync(client=client, body=BusifavorStockCreateRequest.from_dict(body))
    )
    assert (error.status_code, error.code) == (400, "PARAM_ERROR")

    body = stock_body(flow, belong_merchant="1900000999")
    error = refused(
        lambda: create_busifavor_stock.sync(client=client, body=BusifavorStockCreateRequest.from_dict(body))
    )
    assert (error.status_code, error.code) == (403, "NO_AUTH")


def test_the_event_address_must_be_https_except_on_loopback(client: Client) -> None:
    error = refused(
        lambda: set_busifavor_callback.sync(
            client=client, body=BusifavorCallbackSetRequest(notify_url="http://merchant.example/notify")
        )
    )
    assert (error.status_code, error.code) == (400, "PARAM_ERROR")
    answer = set_busifavor_callback.sync(
        client=client, body=BusifavorCallbackSetRequest(notify_url="https://merchant.example/coupons")
    )
    assert answer.notify_url == "https://merchant.example/coupons"


# --------------------------------------------------------------------------- idempotency


def test_create_again_with_the_same_out_request_no(client: Client, flow: MerchantCouponFlow) -> None:
    body = BusifavorStockCreateRequest.from_dict(stock_body(flow))
    first = create_busifavor_stock.sync(client=client, body=body)
    second = create_busifavor_stock.sync(client=client, body=body)
    assert (second.stock_id, second.create_time) == (first.stock_id, first.create_time)
    changed = BusifavorStockCreateRequest.from_dict({**body.to_dict(), "goods_name": "仅限饮品"})
    error = refused(lambda: create_busifavor_stock.sync(client=client, body=changed))
    assert (error.status_code, error.code) == (400, "INVALID_REQUEST")
    assert query_busifavor_stock.sync(first.stock_id, client=client).goods_name == "全场通用"


def test_send_again_with_the_same_out_request_no(
    client: Client, flow: MerchantCouponFlow, receiver: Receiver, parser: NotificationParser
) -> None:
    register(client, receiver)
    stock_id = create_stock(client, flow, max_coupons_per_user=3)
    openid, number = unique("o"), unique("S")
    first = send(client, stock_id, openid, number)
    assert send(client, stock_id, openid, number) == first  # the same coupon, not a second one
    assert received(receiver, parser, 1).coupon_code == first
    listed = list_busifavor_user_coupons.sync(openid, client=client, appid=APPID, stock_id=stock_id)
    assert listed.total_count == 1
    # the same number for another user is another send
    assert send(client, stock_id, unique("o"), number) != first


# --------------------------------------------------------------------------- the user's side, more states


def test_the_user_receives_in_the_mini_program(
    client: Client, flow: MerchantCouponFlow, receiver: Receiver, parser: NotificationParser, sandbox: Sandbox
) -> None:
    register(client, receiver)
    stock_id = create_stock(client, flow)
    openid = unique("o")
    coupon = flow.user_receives(stock_id, openid, out_request_no="PLUGIN-1")
    resource = received(receiver, parser, 1)
    assert (resource.coupon_code, resource.send_channel) == (coupon.coupon_code, "BUSICOUPON_SEND_CHANNEL_MINIAPP")
    assert resource.send_merchant == sandbox.credentials.mchid
    queried = query_busifavor_user_coupon.sync(openid, coupon.coupon_code, APPID, client=client)
    assert (queried.coupon_state, queried.send_request_no) == ("SENDED", "PLUGIN-1")
    with pytest.raises(SandboxError) as caught:
        flow.user_receives("1000000000", openid)
    assert (caught.value.status, caught.value.code) == (404, "RESOURCE_NOT_EXISTS")


def test_return_makes_a_used_coupon_usable_again(client: Client, flow: MerchantCouponFlow) -> None:
    stock_id = create_stock(client, flow)
    openid = unique("o")
    code = send(client, stock_id, openid)
    body = BusifavorCouponReturnRequest(coupon_code=code, stock_id=stock_id, return_request_no=unique("R"))
    assert refused(lambda: return_busifavor_coupon.sync(client=client, body=body)).code == "INVALID_REQUEST"
    use_busifavor_coupon.sync(client=client, body=use_request(code, stock_id))
    first = return_busifavor_coupon.sync(client=client, body=body)
    assert return_busifavor_coupon.sync(client=client, body=body).wechatpay_return_time == first.wechatpay_return_time
    coupon = query_busifavor_user_coupon.sync(openid, code, APPID, client=client)
    assert (coupon.coupon_state, coupon.return_request_no) == ("SENDED", body.return_request_no)
    use_busifavor_coupon.sync(client=client, body=use_request(code, stock_id))
    assert query_busifavor_user_coupon.sync(openid, code, APPID, client=client).coupon_state == "USED"


def test_merchant_api_codes_need_the_code_and_the_stock_id(client: Client, flow: MerchantCouponFlow) -> None:
    stock_id = create_stock(client, flow, coupon_code_mode="MERCHANT_API", max_coupons_per_user=2)
    openid = unique("o")
    error = refused(lambda: send(client, stock_id, openid))
    assert (error.status_code, error.code) == (400, "PARAM_ERROR")
    code = "MY-CODE-" + unique("")
    assert send(client, stock_id, openid, coupon_code=code) == code
    assert refused(lambda: send(client, stock_id, openid, coupon_code=code)).code == "INVALID_REQUEST"
    error = refused(lambda: use_busifavor_coupon.sync(client=client, body=use_request(code, None)))
    assert (error.status_code, error.code) == (400, "PARAM_ERROR")
    assert use_busifavor_coupon.sync(client=client, body=use_request(code, stock_id)).stock_id == stock_id


def test_the_list_filters_by_state_and_pages(client: Client, flow: MerchantCouponFlow, sandbox: Sandbox) -> None:
    stock_id = create_stock(client, flow, max_coupons_per_user=3)
    openid = unique("o")
    codes = [send(client, stock_id, openid) for _ in range(3)]
    use_busifavor_coupon.sync(client=client, body=use_request(codes[0], stock_id))
    everything = list_busifavor_user_coupons.sync(openid, client=client, appid=APPID)
    assert everything.total_count == 3 and not isinstance(everything.data, Unset)
    assert [c.coupon_code for c in everything.data] == codes[::-1]  # newest first
    used = list_busifavor_user_coupons.sync(openid, client=client, appid=APPID, coupon_state="USED")
    assert used.total_count == 1 and not isinstance(used.data, Unset) and used.data[0].coupon_code == codes[0]
    page = list_busifavor_user_coupons.sync(openid, client=client, appid=APPID, offset=1, limit=1)
    assert (page.total_count, page.offset, page.limit) == (3, 1, 1)
    assert not isinstance(page.data, Unset) and [c.coupon_code for c in page.data] == [codes[1]]
    mine = list_busifavor_user_coupons.sync(
        openid, client=client, appid=APPID, belong_merchant=sandbox.credentials.mchid
    )
    assert mine.total_count == 3
    assert (
        list_busifavor_user_coupons.sync(openid, client=client, appid=APPID, belong_merchant="1900000999").total_count
        == 0
    )
    assert list_busifavor_user_coupons.sync(openid, client=client, appid=OTHER_APPID).total_count == 0


# --------------------------------------------------------------------------- time, on a fake clock


def _handler(flow: MerchantCouponFlow, method: str, shape: str) -> Any:
    return flow.routes()[(method, "/v3/marketing/busifavor" + shape)]


def test_coupons_expire_and_batches_stop_on_the_clock() -> None:
    clock, events = FakeClock(1_800_000_000.0), list[Event]()
    flow = MerchantCouponFlow(FlowContext(mchid="1900000109", clock=clock, emit=events.append, base_url=lambda: ""))
    body = flow.seed_stock_body(max_coupons_per_user=5)
    body["coupon_use_rule"]["coupon_available_time"]["available_second_after_receive"] = 3600
    create = _handler(flow, "POST", "/stocks")
    stock_id = create(FlowRequest("create_busifavor_stock", "POST", (), {}, {}, body, {}))["stock_id"]
    coupon = flow.user_receives(stock_id, "o-user")
    assert events == []  # no event address registered: no callback
    use = _handler(flow, "POST", "/coupons/use")

    def use_it(number: str) -> Any:
        request_body = {
            "coupon_code": coupon.coupon_code,
            "stock_id": stock_id,
            "appid": APPID,
            "use_time": "2027-01-15T08:00:00+08:00",
            "use_request_no": number,
        }
        return use(FlowRequest("use_busifavor_coupon", "POST", (), {}, {}, request_body, {}))

    clock.advance(3601)
    assert flow.coupons("o-user")[0].state == "EXPIRED"
    with pytest.raises(SandboxError) as caught:
        use_it("U1")
    assert (caught.value.status, caught.value.code) == (400, "INVALID_REQUEST")
    clock.advance(31 * 86400)  # past the batch's 30 days
    assert flow.stock(stock_id).state == "STOPED"
    with pytest.raises(SandboxError) as stopped:
        flow.user_receives(stock_id, "o-other")
    assert stopped.value.code == "INVALID_REQUEST"
    query = _handler(flow, "GET", "/callbacks")
    with pytest.raises(SandboxError) as none_set:
        query(FlowRequest("query_busifavor_callback", "GET", (), {}, {}, None, {}))
    assert (none_set.value.status, none_set.value.code) == (404, "RESOURCE_NOT_EXISTS")


def test_a_callback_goes_to_the_address_set_when_the_coupon_is_received() -> None:
    clock, events = FakeClock(1_800_000_000.0), list[Event]()
    flow = MerchantCouponFlow(FlowContext(mchid="1900000109", clock=clock, emit=events.append, base_url=lambda: ""))
    setter = _handler(flow, "POST", "/callbacks")
    setter(FlowRequest("set_busifavor_callback", "POST", (), {}, {}, {"notify_url": "https://a.example/n"}, {}))
    body = flow.seed_stock_body(max_coupons_per_user=2)
    del body["notify_config"]  # without notify_appid the resource carries no OpenID
    stock_id = _handler(flow, "POST", "/stocks")(FlowRequest("create_busifavor_stock", "POST", (), {}, {}, body, {}))[
        "stock_id"
    ]
    flow.user_receives(stock_id, "o-user")
    setter(FlowRequest("set_busifavor_callback", "POST", (), {}, {}, {"notify_url": "https://b.example/n"}, {}))
    flow.user_receives(stock_id, "o-user")
    assert [(e.event_type, e.url, e.original_type) for e in events] == [
        (EVENT, "https://a.example/n", "coupon"),
        (EVENT, "https://b.example/n", "coupon"),
    ]
    assert all("openid" not in e.resource and e.resource["send_merchant"] == "1900000109" for e in events)


# --------------------------------------------------------------------------- seeds


def test_seed_prepares_each_routed_operation(client: Client, flow: MerchantCouponFlow) -> None:
    notify = "https://merchant.example/notify"
    use = flow.seed("use_busifavor_coupon", notify)
    assert use is not None
    answer = use_busifavor_coupon.sync(
        client=client,
        body=use_request(
            use["body"]["coupon_code"],
            use["body"]["stock_id"],
            use["body"]["use_request_no"],
            openid=use["body"]["openid"],
        ),
    )
    assert answer.stock_id == use["body"]["stock_id"]
    back = flow.seed("return_busifavor_coupon", notify)
    assert back is not None
    body = BusifavorCouponReturnRequest(**back["body"])
    assert not isinstance(return_busifavor_coupon.sync(client=client, body=body).wechatpay_return_time, Unset)
    detail = flow.seed("query_busifavor_user_coupon", notify)
    assert detail is not None
    path = detail["path"]
    assert (
        query_busifavor_user_coupon.sync(path["openid"], path["coupon_code"], path["appid"], client=client).coupon_state
        == "SENDED"
    )
    stock = flow.seed("query_busifavor_stock", notify)
    assert (
        stock is not None
        and query_busifavor_stock.sync(stock["path"]["stock_id"], client=client).stock_state == "RUNNING"
    )
    first, second = (flow.seed("create_busifavor_stock", notify) for _ in range(2))
    assert first is not None and second is not None
    assert first["body"]["out_request_no"] != second["body"]["out_request_no"]
    assert flow.seed("update_busifavor_stock_budget", notify) is None
