# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineH5RequestLimitPayItem = Literal["balance_only", "no_balance", "no_debit"]

COMBINE_H5_REQUEST_LIMIT_PAY_ITEM_VALUES: set[CombineH5RequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_debit",
}


def check_combine_h5_request_limit_pay_item(value: str) -> CombineH5RequestLimitPayItem:
    if value in COMBINE_H5_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMBINE_H5_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
