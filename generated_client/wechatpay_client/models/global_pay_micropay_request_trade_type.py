# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalPayMicropayRequestTradeType = Literal["MICROPAY"]

GLOBAL_PAY_MICROPAY_REQUEST_TRADE_TYPE_VALUES: set[GlobalPayMicropayRequestTradeType] = {
    "MICROPAY",
}


def check_global_pay_micropay_request_trade_type(value: str) -> GlobalPayMicropayRequestTradeType:
    if value in GLOBAL_PAY_MICROPAY_REQUEST_TRADE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GLOBAL_PAY_MICROPAY_REQUEST_TRADE_TYPE_VALUES!r}")
