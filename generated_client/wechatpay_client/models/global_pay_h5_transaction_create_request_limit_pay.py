# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalPayH5TransactionCreateRequestLimitPay = Literal["no_credit"]

GLOBAL_PAY_H5_TRANSACTION_CREATE_REQUEST_LIMIT_PAY_VALUES: set[GlobalPayH5TransactionCreateRequestLimitPay] = {
    "no_credit",
}


def check_global_pay_h5_transaction_create_request_limit_pay(value: str) -> GlobalPayH5TransactionCreateRequestLimitPay:
    if value in GLOBAL_PAY_H5_TRANSACTION_CREATE_REQUEST_LIMIT_PAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_PAY_H5_TRANSACTION_CREATE_REQUEST_LIMIT_PAY_VALUES!r}"
    )
