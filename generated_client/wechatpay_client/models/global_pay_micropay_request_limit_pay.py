# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalPayMicropayRequestLimitPay = Literal["no_credit"]

GLOBAL_PAY_MICROPAY_REQUEST_LIMIT_PAY_VALUES: set[GlobalPayMicropayRequestLimitPay] = {
    "no_credit",
}


def check_global_pay_micropay_request_limit_pay(value: str) -> GlobalPayMicropayRequestLimitPay:
    if value in GLOBAL_PAY_MICROPAY_REQUEST_LIMIT_PAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GLOBAL_PAY_MICROPAY_REQUEST_LIMIT_PAY_VALUES!r}")
