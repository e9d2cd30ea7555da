# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalPayH5TransactionCreateRequestTradeType = Literal["MWEB"]

GLOBAL_PAY_H5_TRANSACTION_CREATE_REQUEST_TRADE_TYPE_VALUES: set[GlobalPayH5TransactionCreateRequestTradeType] = {
    "MWEB",
}


def check_global_pay_h5_transaction_create_request_trade_type(
    value: str,
) -> GlobalPayH5TransactionCreateRequestTradeType:
    if value in GLOBAL_PAY_H5_TRANSACTION_CREATE_REQUEST_TRADE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_PAY_H5_TRANSACTION_CREATE_REQUEST_TRADE_TYPE_VALUES!r}"
    )
