# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftFullSendRuleSendContent = Literal["GIFT_PACKAGE", "SINGLE_COUPON"]

PAYGIFT_FULL_SEND_RULE_SEND_CONTENT_VALUES: set[PaygiftFullSendRuleSendContent] = {
    "GIFT_PACKAGE",
    "SINGLE_COUPON",
}


def check_paygift_full_send_rule_send_content(value: str) -> PaygiftFullSendRuleSendContent:
    if value in PAYGIFT_FULL_SEND_RULE_SEND_CONTENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYGIFT_FULL_SEND_RULE_SEND_CONTENT_VALUES!r}")
