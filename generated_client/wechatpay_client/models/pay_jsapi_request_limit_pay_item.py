# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayJsapiRequestLimitPayItem = Literal["balance_only", "no_balance", "no_credit", "no_debit"]

PAY_JSAPI_REQUEST_LIMIT_PAY_ITEM_VALUES: set[PayJsapiRequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_credit",
    "no_debit",
}


def check_pay_jsapi_request_limit_pay_item(value: str) -> PayJsapiRequestLimitPayItem:
    if value in PAY_JSAPI_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_JSAPI_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
