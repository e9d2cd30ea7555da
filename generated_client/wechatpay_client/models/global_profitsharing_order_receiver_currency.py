# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalProfitsharingOrderReceiverCurrency = Literal["CNY"]

GLOBAL_PROFITSHARING_ORDER_RECEIVER_CURRENCY_VALUES: set[GlobalProfitsharingOrderReceiverCurrency] = {
    "CNY",
}


def check_global_profitsharing_order_receiver_currency(value: str) -> GlobalProfitsharingOrderReceiverCurrency:
    if value in GLOBAL_PROFITSHARING_ORDER_RECEIVER_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_PROFITSHARING_ORDER_RECEIVER_CURRENCY_VALUES!r}"
    )
