"""Issue 14: the ``tolerance=`` option for replaying recorded callbacks, and the typed accessor
``NotificationEvent.resource_as`` (honest at run time: the value is really the model, or a
``ResourceTypeError`` naming what the spec declares). Each runs through parse() and aparse()."""

from __future__ import annotations

from typing import Any

import pytest
from notify_kit import APIV3_KEY, ENTRUST_SIGN, KEYS, NOW, TRANSACTION_SUCCESS, FakeClock, ParseFn, notification
from wechatpay_auth import (
    ConfigurationError,
    InvalidNotificationError,
    NotificationError,
    NotificationParser,
    NotificationSignatureError,
    ResourceTypeError,
    WeChatPayError,
)
from wechatpay_auth._notifications import DEFAULT_TOLERANCE, MAX_TOLERANCE
from wechatpay_client.models import (
    InsuranceEntrustNotificationResource,
    InsuranceTransactionNotificationResource,
    RefundNotificationResource,
)

HOUR = 3600


def _parser(clock: FakeClock, **extra: Any) -> NotificationParser:
    return NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=clock,
        **extra,
    )


# --------------------------------------------------------------------------- tolerance


def test_default_tolerance_is_wechat_pays_five_minutes(clock: FakeClock) -> None:
    assert DEFAULT_TOLERANCE == 300
    assert _parser(clock).tolerance == 300
    assert "tolerance=300" in repr(_parser(clock))


@pytest.mark.parametrize("age", [HOUR, -HOUR])
async def test_default_refuses_a_recording_an_hour_old(clock: FakeClock, parse: ParseFn, age: int) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN, timestamp=NOW - age)
    with pytest.raises(NotificationSignatureError) as info:
        await parse(_parser(clock), note.headers, note.body)
    assert info.value.reason == "timestamp_out_of_range"


@pytest.mark.parametrize("age", [HOUR, -HOUR])
async def test_explicit_tolerance_accepts_the_recording(clock: FakeClock, parse: ParseFn, age: int) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN, timestamp=NOW - age)
    event = await parse(_parser(clock, tolerance=HOUR), note.headers, note.body)
    assert event.resource_as(InsuranceEntrustNotificationResource).contract_id == ENTRUST_SIGN["contract_id"]


async def test_tolerance_is_inclusive_and_exact(clock: FakeClock, parse: ParseFn) -> None:
    parser = _parser(clock, tolerance=HOUR)
    at_edge = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN, timestamp=NOW - HOUR)
    assert (await parse(parser, at_edge.headers, at_edge.body)).event_type == "INSURANCE_ENTRUST.SIGN"
    past_edge = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN, timestamp=NOW - HOUR - 1)
    with pytest.raises(NotificationSignatureError) as info:
        await parse(parser, past_edge.headers, past_edge.body)
    assert info.value.reason == "timestamp_out_of_range"


async def test_a_wide_tolerance_still_checks_the_signature(clock: FakeClock, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN, timestamp=NOW - HOUR)
    tampered = note.body.replace(b'"id": "', b'"id": "X', 1)
    assert tampered != note.body
    with pytest.raises(NotificationSignatureError) as info:
        await parse(_parser(clock, tolerance=MAX_TOLERANCE), note.headers, tampered)
    assert info.value.reason == "bad_signature"


@pytest.mark.parametrize("value", [0, -1, MAX_TOLERANCE + 1, 10**12, True, 1.5, 300.0, "300", None])
def test_tolerance_is_validated(clock: FakeClock, value: object) -> None:
    with pytest.raises(ConfigurationError, match="tolerance"):
        _parser(clock, tolerance=value)


def test_from_auth_and_from_client_pass_tolerance_on(clock: FakeClock) -> None:
    from wechatpay_auth import create_client, get_auth

    client = create_client(
        KEYS.mchid,
        merchant_serial_no=KEYS.merchant_serial,
        merchant_private_key=KEYS.merchant_key_pem,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
    )
    assert NotificationParser.from_client(client, apiv3_key=APIV3_KEY, tolerance=HOUR).tolerance == HOUR
    assert NotificationParser.from_auth(get_auth(client), apiv3_key=APIV3_KEY).tolerance == 300
    with pytest.raises(ConfigurationError, match="tolerance"):
        NotificationParser.from_client(client, apiv3_key=APIV3_KEY, tolerance=0)


# --------------------------------------------------------------------------- resource_as


async def test_resource_as_returns_the_model_with_checked_fields(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("TRANSACTION.SUCCESS", TRANSACTION_SUCCESS)
    event = await parse(parser, note.headers, note.body)
    transaction = event.resource_as(InsuranceTransactionNotificationResource)
    assert type(transaction) is InsuranceTransactionNotificationResource
    assert transaction.out_trade_no == TRANSACTION_SUCCESS["out_trade_no"]
    assert transaction.amount.total == TRANSACTION_SUCCESS["amount"]["total"]


async def test_resource_as_the_wrong_model_names_the_declared_one(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN)
    event = await parse(parser, note.headers, note.body)
    with pytest.raises(ResourceTypeError) as info:
        event.resource_as(RefundNotificationResource)
    error = info.value
    assert isinstance(error, InvalidNotificationError | NotificationError | WeChatPayError)
    assert error.reason == "resource_mismatch"
    assert error.notification_id == event.id
    text = str(error)
    assert "not RefundNotificationResource" in text
    assert "declares InsuranceEntrustNotificationResource for INSURANCE_ENTRUST.SIGN" in text
    assert "Wx15463511252015071056489715" not in text  # no decrypted value in the message


async def test_resource_as_an_undeclared_event_type(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("PAYSCORE.SOMETHING_NEW", {"service_id": "500001"}, original_type="payscore")
    event = await parse(parser, note.headers, note.body)
    assert event.resource_as(dict) == {"service_id": "500001"}
    with pytest.raises(ResourceTypeError, match="declares no model"):
        event.resource_as(RefundNotificationResource)


async def test_resource_as_needs_a_class(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", ENTRUST_SIGN)
    event = await parse(parser, note.headers, note.body)
    with pytest.raises(ConfigurationError, match="needs a model class"):
        event.resource_as(list[int])  # type: ignore[arg-type]
