# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayAppRequestLimitPayItem = Literal["balance_only", "no_balance", "no_credit", "no_debit"]

PAY_APP_REQUEST_LIMIT_PAY_ITEM_VALUES: set[PayAppRequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_credit",
    "no_debit",
}


def check_pay_app_request_limit_pay_item(value: str) -> PayAppRequestLimitPayItem:
    if value in PAY_APP_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_APP_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
