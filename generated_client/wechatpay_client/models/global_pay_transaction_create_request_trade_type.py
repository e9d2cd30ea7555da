# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalPayTransactionCreateRequestTradeType = Literal["APP", "JSAPI", "NATIVE"]

GLOBAL_PAY_TRANSACTION_CREATE_REQUEST_TRADE_TYPE_VALUES: set[GlobalPayTransactionCreateRequestTradeType] = {
    "APP",
    "JSAPI",
    "NATIVE",
}


def check_global_pay_transaction_create_request_trade_type(value: str) -> GlobalPayTransactionCreateRequestTradeType:
    if value in GLOBAL_PAY_TRANSACTION_CREATE_REQUEST_TRADE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_PAY_TRANSACTION_CREATE_REQUEST_TRADE_TYPE_VALUES!r}"
    )
