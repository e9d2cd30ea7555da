# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RefundCreateAmountCurrency = Literal["CNY"]

REFUND_CREATE_AMOUNT_CURRENCY_VALUES: set[RefundCreateAmountCurrency] = {
    "CNY",
}


def check_refund_create_amount_currency(value: str) -> RefundCreateAmountCurrency:
    if value in REFUND_CREATE_AMOUNT_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUND_CREATE_AMOUNT_CURRENCY_VALUES!r}")
