# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayH5RequestLimitPayItem = Literal["balance_only", "no_balance", "no_credit", "no_debit"]

PAY_H5_REQUEST_LIMIT_PAY_ITEM_VALUES: set[PayH5RequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_credit",
    "no_debit",
}


def check_pay_h5_request_limit_pay_item(value: str) -> PayH5RequestLimitPayItem:
    if value in PAY_H5_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_H5_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
