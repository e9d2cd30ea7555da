# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineNativeRequestLimitPayItem = Literal["balance_only", "no_balance", "no_debit"]

COMBINE_NATIVE_REQUEST_LIMIT_PAY_ITEM_VALUES: set[CombineNativeRequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_debit",
}


def check_combine_native_request_limit_pay_item(value: str) -> CombineNativeRequestLimitPayItem:
    if value in COMBINE_NATIVE_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMBINE_NATIVE_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
