# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FavorCouponUseRuleTradeTypeItem = Literal["APPPAY", "CARD", "FACE", "MICROAPP", "OTHER", "PPAY"]

FAVOR_COUPON_USE_RULE_TRADE_TYPE_ITEM_VALUES: set[FavorCouponUseRuleTradeTypeItem] = {
    "APPPAY",
    "CARD",
    "FACE",
    "MICROAPP",
    "OTHER",
    "PPAY",
}


def check_favor_coupon_use_rule_trade_type_item(value: str) -> FavorCouponUseRuleTradeTypeItem:
    if value in FAVOR_COUPON_USE_RULE_TRADE_TYPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAVOR_COUPON_USE_RULE_TRADE_TYPE_ITEM_VALUES!r}")
