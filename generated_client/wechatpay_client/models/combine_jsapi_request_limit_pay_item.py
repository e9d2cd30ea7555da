# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombineJsapiRequestLimitPayItem = Literal["balance_only", "no_balance", "no_debit"]

COMBINE_JSAPI_REQUEST_LIMIT_PAY_ITEM_VALUES: set[CombineJsapiRequestLimitPayItem] = {
    "balance_only",
    "no_balance",
    "no_debit",
}


def check_combine_jsapi_request_limit_pay_item(value: str) -> CombineJsapiRequestLimitPayItem:
    if value in COMBINE_JSAPI_REQUEST_LIMIT_PAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMBINE_JSAPI_REQUEST_LIMIT_PAY_ITEM_VALUES!r}")
