# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftFullSendRuleMerchantOption = Literal["IN_SEVICE_COUPON_MERCHANT", "MANUAL_INPUT_MERCHANT"]

PAYGIFT_FULL_SEND_RULE_MERCHANT_OPTION_VALUES: set[PaygiftFullSendRuleMerchantOption] = {
    "IN_SEVICE_COUPON_MERCHANT",
    "MANUAL_INPUT_MERCHANT",
}


def check_paygift_full_send_rule_merchant_option(value: str) -> PaygiftFullSendRuleMerchantOption:
    if value in PAYGIFT_FULL_SEND_RULE_MERCHANT_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYGIFT_FULL_SEND_RULE_MERCHANT_OPTION_VALUES!r}")
