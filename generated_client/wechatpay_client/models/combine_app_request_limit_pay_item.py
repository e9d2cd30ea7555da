# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineAppRequestLimitPayItem = Literal["balance_only", "no_balance", "no_debit"]

COMBINE_APP_REQUEST_LIMIT_PAY_ITEM_VALUES: set[CombineAppRequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_debit",
}


def check_combine_app_request_limit_pay_item(value: str) -> CombineAppRequestLimitPayItem:
    if value in COMBINE_APP_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMBINE_APP_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
