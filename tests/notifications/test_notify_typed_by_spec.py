"""Every callback event type the spec declares is parsed into its typed model (data-driven).

The table is ``wechatpay_client._metadata.NOTIFICATION_RESOURCES``, generated from the spec's
``x-wechatpay-event-types`` / ``x-wechatpay-event-key``. Each resource here is synthesised from its
schema by the sandbox (an implementation independent of the SDK), encrypted and signed by the test
kit, then parsed. A new family's callbacks are covered as soon as its spec declares them.
"""

from __future__ import annotations

from typing import Any

import pytest
from notify_kit import APIV3_KEY, KEYS, NOW, VECTORS, notification
from wechatpay_auth import InvalidNotificationError, NotificationParser, WeChatPayAuth
from wechatpay_client import models
from wechatpay_client._metadata import NOTIFICATION_RESOURCES
from wechatpay_sandbox import load_spec
from wechatpay_sandbox._synth import Context, Synthesizer

SPEC = load_spec()
CASES = [
    (event_type, key, name) for event_type, candidates in NOTIFICATION_RESOURCES.items() for key, name in candidates
]


def _schema_name(class_name: str) -> str:
    for name in SPEC.document["components"]["schemas"]:
        if name.replace("_", "") == class_name:
            return str(name)
    raise AssertionError(f"no schema for {class_name}")


def _resource(class_name: str, key: str | None) -> dict[str, Any]:
    synth = Synthesizer(SPEC.resolve, SPEC.validator, now=NOW, base_url="http://127.0.0.1:1")
    schema = {"$ref": f"#/components/schemas/{_schema_name(class_name)}"}
    value = synth.generate(schema, Context())
    assert isinstance(value, dict)
    if key is not None:
        value.setdefault(key, "C20261206000001")
    return value


def test_every_notification_resource_schema_declares_its_event_types() -> None:
    declared = {name for candidates in NOTIFICATION_RESOURCES.values() for _key, name in candidates}
    resources = {
        name.replace("_", "")
        for name in SPEC.document["components"]["schemas"]
        if name.endswith("NotificationResource")
    }
    assert resources <= declared  # the lint rule `notification` enforces this at generation
    assert len(NOTIFICATION_RESOURCES) >= 18


@pytest.mark.parametrize(("event_type", "key", "class_name"), CASES, ids=[f"{e}-{n}" for e, _k, n in CASES])
def test_each_declared_event_type_parses_into_its_model(
    parser: NotificationParser, event_type: str, key: str | None, class_name: str
) -> None:
    resource = _resource(class_name, key)
    note = notification(event_type, resource)
    event = parser.parse(note.headers, note.body)
    assert type(event.resource) is getattr(models, class_name)
    assert event.raw_resource == resource


def test_a_combined_order_and_a_single_order_share_transaction_success(parser: NotificationParser) -> None:
    combined = _resource("CombineTransactionNotificationResource", "combine_out_trade_no")
    single = _resource("InsuranceTransactionNotificationResource", None)
    single.pop("combine_out_trade_no", None)
    first = parser.parse(*_pair(notification("TRANSACTION.SUCCESS", combined)))
    second = parser.parse(*_pair(notification("TRANSACTION.SUCCESS", single)))
    assert type(first.resource).__name__ == "CombineTransactionNotificationResource"
    assert type(second.resource).__name__ == "InsuranceTransactionNotificationResource"


def _pair(note: Any) -> tuple[Any, bytes]:
    return note.headers, note.body


def test_an_event_type_the_spec_does_not_declare_stays_a_dict(parser: NotificationParser) -> None:
    note = notification("SOMETHING.NEW", {"a": 1})
    assert parser.parse(note.headers, note.body).resource == {"a": 1}


# --------------------------------------------------------------------------- fields encrypted for the merchant

MERCHANT_CIPHERTEXT = (VECTORS / "oaep_merchant_ciphertext.b64").read_text(encoding="utf-8").strip()  # openssl: 张三


def _merchant_parser(clock: Any) -> NotificationParser:
    auth = WeChatPayAuth(
        KEYS.mchid,
        merchant_serial_no=KEYS.merchant_serial,
        merchant_private_key=KEYS.merchant_key_pem,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=clock,
    )
    return NotificationParser.from_auth(auth, apiv3_key=APIV3_KEY, clock=clock)


def test_a_merchant_encrypted_field_arrives_as_plaintext(clock: Any) -> None:
    parser = _merchant_parser(clock)
    resource = _resource("MembercardAcceptCardNotificationResource", None)
    resource["phone_number"] = MERCHANT_CIPHERTEXT
    note = notification("MEMBERCARD.ACCEPT_CARD", resource)
    event = parser.parse(note.headers, note.body)
    assert event.resource.phone_number == "张三"
    assert "张三" not in repr(event.resource)  # masked
    assert event.raw_resource["phone_number"] == MERCHANT_CIPHERTEXT  # as received


def test_a_field_the_merchant_key_cannot_decrypt_is_refused(clock: Any) -> None:
    parser = _merchant_parser(clock)
    resource = _resource("TransferQqWalletBillNotificationResource", None)
    resource["user_name"] = (VECTORS / "oaep_ciphertext.b64").read_text(encoding="utf-8").strip()  # for another key
    note = notification("MCHTRANSFER.QQWALLETBILL.FINISHED", resource)
    with pytest.raises(InvalidNotificationError) as caught:
        parser.parse(note.headers, note.body)
    assert caught.value.reason == "undecryptable_field"
    assert "$.user_name" in str(caught.value)


def test_a_public_key_only_parser_keeps_the_ciphertext(parser: NotificationParser) -> None:
    resource = _resource("MembercardAcceptCardNotificationResource", None)
    resource["phone_number"] = MERCHANT_CIPHERTEXT
    note = notification("MEMBERCARD.ACCEPT_CARD", resource)
    assert parser.parse(note.headers, note.body).resource.phone_number == MERCHANT_CIPHERTEXT
