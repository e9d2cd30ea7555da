# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayNativeRequestLimitPayItem = Literal["balance_only", "no_balance", "no_credit", "no_debit"]

PAY_NATIVE_REQUEST_LIMIT_PAY_ITEM_VALUES: set[PayNativeRequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_credit",
    "no_debit",
}


def check_pay_native_request_limit_pay_item(value: str) -> PayNativeRequestLimitPayItem:
    if value in PAY_NATIVE_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_NATIVE_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
