"""Parsing the five insurance notification types into their typed models (API §6)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest
from notify_kit import (
    APIV3_KEY,
    ENTRUST_TERMINATE,
    EVENTS,
    KEYS,
    NOW,
    REQUEST_ID,
    TRANSACTION_FAIL,
    TRANSACTION_SUCCESS,
    FakeClock,
    ParseFn,
    notification,
)
from wechatpay_auth import InvalidNotificationError, NotificationParser
from wechatpay_client.models import (
    InsuranceContractTerminateInfo,
    InsuranceEntrustNotificationResource,
    InsuranceTransactionNotificationResource,
    TransactionAmount,
    TransactionContractInformation,
    TransactionGoodsDetail,
    TransactionPayer,
    TransactionPromotionDetail,
    TransactionSceneInfo,
)
from wechatpay_client.types import Unset

BEIJING = dt.timezone(dt.timedelta(hours=8))

# Every field of the API §6 tables, with the model attribute that carries it.
ENTRUST_FIELDS = (
    "mchid",
    "contract_id",
    "appid",
    "plan_id",
    "out_contract_code",
    "insured_display_name",
    "contract_state",
    "contract_signed_time",
    "contract_expired_time",
    "openid",
    "out_user_code",
)
TERMINATE_INFO_FIELDS = ("contract_termination_mode", "contract_terminated_time", "contract_termination_remark")
TRANSACTION_FIELDS = (
    "mchid",
    "appid",
    "out_trade_no",
    "transaction_id",
    "trade_type",
    "trade_state",
    "trade_state_desc",
    "bank_type",
    "attach",
    "success_time",
    "payer",
    "amount",
    "scene_info",
    "promotion_detail",
)
TRANSACTION_FAIL_EXTRA_FIELDS = (
    "plan_id",
    "contract_information",
    "description",
    "create_time",
    "trade_state_description",
    "user_repaid",
)
PROMOTION_FIELDS = {
    "coupon_id": "coupon_id",
    "name": "name",
    "scope": "scope",
    "type": "type_",
    "amount": "amount",
    "stock_id": "stock_id",
    "wechatpay_contribute": "wechatpay_contribute",
    "merchant_contribute": "merchant_contribute",
    "other_contribute": "other_contribute",
    "currency": "currency",
    "activity_id": "activity_id",
}


def _check_scalars(model: Any, source: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        assert name in source, f"fixture lacks documented field {name}"
        actual = getattr(model, name)
        expected = source[name]
        if isinstance(actual, dt.datetime):  # date-time fields: the same instant, offset kept
            expected = dt.datetime.fromisoformat(expected)
            assert actual.utcoffset() == expected.utcoffset(), name
        assert actual == expected, name
    assert model.additional_properties == {}, "a documented field was not mapped to a typed attribute"


@pytest.mark.parametrize("event_type", ["INSURANCE_ENTRUST.SIGN", "INSURANCE_ENTRUST.RENEW"])
async def test_entrust_sign_and_renew(parser: NotificationParser, parse: ParseFn, event_type: str) -> None:
    original_type, resource = EVENTS[event_type]
    note = notification(event_type, notification_id="EV-SIGN-1")
    event = await parse(parser, note.headers, note.body)

    assert event.id == "EV-SIGN-1"
    assert event.event_type == event_type
    assert event.original_type == original_type == "insurance_entrust"
    assert event.resource_type == "encrypt-resource"
    assert event.summary == "签约成功"
    assert event.create_time == dt.datetime(2015, 7, 1, 10, 0, 1, tzinfo=BEIJING)
    assert event.raw_resource == resource
    assert event.request_id == REQUEST_ID
    assert event.serial == KEYS.public_key_id
    assert event.timestamp == NOW
    assert event.is_duplicate is False
    assert isinstance(event.resource, InsuranceEntrustNotificationResource)
    _check_scalars(event.resource, resource, ENTRUST_FIELDS)
    assert isinstance(event.resource.contract_terminate_info, Unset)
    assert event.resource_as(InsuranceEntrustNotificationResource) is event.resource


async def test_entrust_terminate_with_terminate_info(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.TERMINATE")
    event = await parse(parser, note.headers, note.body)
    resource = event.resource_as(InsuranceEntrustNotificationResource)
    _check_scalars(resource, ENTRUST_TERMINATE, ENTRUST_FIELDS)
    assert resource.contract_state == "TERMINATED"
    info = resource.contract_terminate_info
    assert isinstance(info, InsuranceContractTerminateInfo)
    _check_scalars(info, ENTRUST_TERMINATE["contract_terminate_info"], TERMINATE_INFO_FIELDS)
    assert info.contract_terminated_time == dt.datetime(2015, 9, 1, 12, 0, tzinfo=BEIJING)


def _check_transaction_common(resource: InsuranceTransactionNotificationResource, source: dict[str, Any]) -> None:
    assert resource.trade_type == "PAP"
    assert isinstance(resource.payer, TransactionPayer)
    assert resource.payer.openid == source["payer"]["openid"]
    assert isinstance(resource.amount, TransactionAmount)
    _check_scalars(resource.amount, source["amount"], ("total", "payer_total", "currency", "payer_currency"))
    assert isinstance(resource.scene_info, TransactionSceneInfo)
    _check_scalars(resource.scene_info, source["scene_info"], ("device_id",))


async def test_transaction_success(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("TRANSACTION.SUCCESS")
    event = await parse(parser, note.headers, note.body)
    assert event.original_type == "transaction"
    resource = event.resource_as(InsuranceTransactionNotificationResource)
    scalars = tuple(n for n in TRANSACTION_FIELDS if n not in ("payer", "amount", "scene_info", "promotion_detail"))
    _check_scalars(resource, TRANSACTION_SUCCESS, scalars)
    assert resource.success_time == dt.datetime(2018, 6, 8, 10, 34, 56, tzinfo=BEIJING)
    _check_transaction_common(resource, TRANSACTION_SUCCESS)
    assert isinstance(resource.promotion_detail, list) and len(resource.promotion_detail) == 1
    promotion = resource.promotion_detail[0]
    source = TRANSACTION_SUCCESS["promotion_detail"][0]
    assert isinstance(promotion, TransactionPromotionDetail)
    for wire, attribute in PROMOTION_FIELDS.items():
        assert getattr(promotion, attribute) == source[wire], wire
    assert promotion.additional_properties == {}
    assert isinstance(promotion.goods_detail, list)
    goods = promotion.goods_detail[0]
    assert isinstance(goods, TransactionGoodsDetail)
    _check_scalars(
        goods, source["goods_detail"][0], ("goods_id", "quantity", "unit_price", "discount_amount", "goods_remark")
    )


async def test_transaction_fail_with_papay_fields(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("TRANSACTION.FAIL")
    event = await parse(parser, note.headers, note.body)
    resource = event.resource_as(InsuranceTransactionNotificationResource)
    scalars = tuple(
        n
        for n in TRANSACTION_FIELDS + TRANSACTION_FAIL_EXTRA_FIELDS
        if n not in ("payer", "amount", "scene_info", "promotion_detail", "success_time", "contract_information")
    )
    _check_scalars(resource, TRANSACTION_FAIL, scalars)
    assert resource.trade_state == "PAY_FAIL"
    assert resource.create_time == "2018-06-08T10:30:00+08:00"  # plain string by spec decision D6
    _check_transaction_common(resource, TRANSACTION_FAIL)
    info = resource.contract_information
    assert isinstance(info, TransactionContractInformation)
    _check_scalars(info, TRANSACTION_FAIL["contract_information"], ("contract_id", "contract_status", "create_time"))


async def test_transaction_resource_keeps_unknown_keys(parser: NotificationParser, parse: ParseFn) -> None:
    resource = {**TRANSACTION_SUCCESS, "new_field_from_wechatpay": {"x": 1}}
    note = notification("TRANSACTION.SUCCESS", resource)
    event = await parse(parser, note.headers, note.body)
    assert event.resource.additional_properties == {"new_field_from_wechatpay": {"x": 1}}


async def test_unknown_event_type_gives_the_dict(parser: NotificationParser, parse: ParseFn) -> None:
    resource = {"out_order_no": "1234323JKHDFE1243252", "service_id": "500001"}
    # An event type no spec schema declares (every documented one is typed: test_notify_typed_by_spec).
    note = notification("PAYSCORE.SOMETHING_NEW", resource, original_type="payscore")
    event = await parse(parser, note.headers, note.body)
    assert event.event_type == "PAYSCORE.SOMETHING_NEW"
    assert event.resource == resource == event.raw_resource
    assert isinstance(event.resource, dict)
    with pytest.raises(InvalidNotificationError):
        event.resource_as(InsuranceEntrustNotificationResource)


async def test_resource_models_can_be_extended_and_removed(clock: FakeClock, parse: ParseFn) -> None:
    class Refund:
        def __init__(self, data: dict[str, Any]) -> None:
            self.refund_id = data["refund_id"]

        @classmethod
        def from_dict(cls, src_dict: Any) -> Refund:
            return cls(dict(src_dict))

    parser = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=clock,
        resource_models={"REFUND.SUCCESS": Refund, "TRANSACTION.SUCCESS": None},
    )
    refund = notification("REFUND.SUCCESS", {"refund_id": "R1"})
    event = await parse(parser, refund.headers, refund.body)
    assert isinstance(event.resource, Refund) and event.resource.refund_id == "R1"
    transaction = notification("TRANSACTION.SUCCESS")
    event = await parse(parser, transaction.headers, transaction.body)
    assert event.resource == TRANSACTION_SUCCESS
    entrust = notification("INSURANCE_ENTRUST.SIGN")
    event = await parse(parser, entrust.headers, entrust.body)
    assert isinstance(event.resource, InsuranceEntrustNotificationResource)


@pytest.mark.parametrize(
    ("create_time", "expected"),
    [
        ("2015-05-20T13:29:35+08:00", dt.datetime(2015, 5, 20, 13, 29, 35, tzinfo=BEIJING)),
        ("2015-05-20T05:29:35Z", dt.datetime(2015, 5, 20, 5, 29, 35, tzinfo=dt.UTC)),
        ("20180225112233", dt.datetime(2018, 2, 25, 11, 22, 33, tzinfo=BEIJING)),  # old compact samples
        ("2015-05-20T13:29:35", dt.datetime(2015, 5, 20, 13, 29, 35, tzinfo=BEIJING)),  # naive: Beijing
        ("yesterday at noon", "yesterday at noon"),  # unparseable: kept, not rejected
        ("20181345112233", "20181345112233"),  # 14 digits but not a date
    ],
)
async def test_create_time_forms_never_reject_the_event(
    parser: NotificationParser, parse: ParseFn, create_time: str, expected: Any
) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", create_time=create_time)
    event = await parse(parser, note.headers, note.body)
    assert event.create_time == expected
    if isinstance(expected, dt.datetime):
        assert event.create_time.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("associated_data", [None, "", "transaction"])
async def test_associated_data_absent_or_empty(
    parser: NotificationParser, parse: ParseFn, associated_data: str | None
) -> None:
    note = notification("TRANSACTION.SUCCESS", associated_data=associated_data)
    assert ("associated_data" in note.envelope["resource"]) is (associated_data is not None)
    event = await parse(parser, note.headers, note.body)
    assert event.resource.out_trade_no == TRANSACTION_SUCCESS["out_trade_no"]


async def test_associated_data_null_counts_as_absent(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("TRANSACTION.SUCCESS", associated_data=None)
    doc = note.envelope
    doc["resource"]["associated_data"] = None
    rebuilt = notification(doc=doc)
    event = await parse(parser, rebuilt.headers, rebuilt.body)
    assert event.id == doc["id"]


async def test_summary_is_optional(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", summary=None)
    assert "summary" not in note.envelope
    event = await parse(parser, note.headers, note.body)
    assert event.summary is None


@pytest.mark.parametrize(
    "shape",
    ["dict", "lower", "upper", "httpx", "pairs", "byte_pairs", "multi"],
)
async def test_headers_any_mapping_case_insensitive(parser: NotificationParser, parse: ParseFn, shape: str) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN")
    headers: Any
    if shape == "dict":
        headers = note.headers
    elif shape == "lower":
        headers = {k.lower(): v for k, v in note.headers.items()}
    elif shape == "upper":
        headers = {k.upper(): v for k, v in note.headers.items()}
    elif shape == "httpx":
        headers = httpx.Headers(note.headers)
    elif shape == "pairs":
        headers = note.pairs()
    elif shape == "byte_pairs":  # ASGI scope["headers"]
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in note.headers.items()]
    else:  # multi-value mapping (e.g. API gateway events)
        headers = {k: [v] for k, v in note.headers.items()}
    event = await parse(parser, headers, note.body)
    assert event.event_type == "INSURANCE_ENTRUST.SIGN"


async def test_body_as_bytearray_memoryview_or_text(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN")
    for body in (bytearray(note.body), memoryview(note.body), note.body.decode("utf-8")):
        event = await parse(parser, note.headers, body)
        assert event.id == note.envelope["id"]


async def test_public_key_from_path_and_integer_timestamp(clock: FakeClock, parse: ParseFn) -> None:
    parser = NotificationParser(
        apiv3_key=APIV3_KEY.encode(),
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=str(KEYS.public_key_path),
        clock=clock,
    )
    note = notification("INSURANCE_ENTRUST.SIGN")
    headers: dict[str, Any] = dict(note.headers)
    headers["Wechatpay-Timestamp"] = NOW  # an int, as some frameworks' test clients give it
    event = await parse(parser, headers, note.body)
    assert event.timestamp == NOW


async def test_event_repr_and_errors_show_no_plaintext(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN")
    event = await parse(parser, note.headers, note.body)
    text = repr(event)
    assert note.envelope["id"] in text and "INSURANCE_ENTRUST.SIGN" in text
    for value in ("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "张*", "1023658866", "Wx15463511252015071056489715"):
        assert value not in text
    assert APIV3_KEY not in repr(parser)


async def test_envelope_is_exposed_without_plaintext(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN")
    event = await parse(parser, note.headers, note.body)
    assert event.envelope == json.loads(note.body)
    assert "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" not in json.dumps(event.envelope)
