# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorCouponUseRuleUseMethod = Literal["MINI_PROGRAMS", "OFF_LINE", "PAYMENT_CODE", "SELF_CONSUME"]

BUSIFAVOR_COUPON_USE_RULE_USE_METHOD_VALUES: set[BusifavorCouponUseRuleUseMethod] = {
    "MINI_PROGRAMS",
    "OFF_LINE",
    "PAYMENT_CODE",
    "SELF_CONSUME",
}


def check_busifavor_coupon_use_rule_use_method(value: str) -> BusifavorCouponUseRuleUseMethod:
    if value in BUSIFAVOR_COUPON_USE_RULE_USE_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_COUPON_USE_RULE_USE_METHOD_VALUES!r}")
