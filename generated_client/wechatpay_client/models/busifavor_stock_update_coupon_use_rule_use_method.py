# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorStockUpdateCouponUseRuleUseMethod = Literal["MINI_PROGRAMS", "OFF_LINE", "PAYMENT_CODE", "SELF_CONSUME"]

BUSIFAVOR_STOCK_UPDATE_COUPON_USE_RULE_USE_METHOD_VALUES: set[BusifavorStockUpdateCouponUseRuleUseMethod] = {
    "MINI_PROGRAMS",
    "OFF_LINE",
    "PAYMENT_CODE",
    "SELF_CONSUME",
}


def check_busifavor_stock_update_coupon_use_rule_use_method(value: str) -> BusifavorStockUpdateCouponUseRuleUseMethod:
    if value in BUSIFAVOR_STOCK_UPDATE_COUPON_USE_RULE_USE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_STOCK_UPDATE_COUPON_USE_RULE_USE_METHOD_VALUES!r}"
    )
