# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RechargeAmountCurrency = Literal["CNY"]

RECHARGE_AMOUNT_CURRENCY_VALUES: set[RechargeAmountCurrency] = {
    "CNY",
}


def check_recharge_amount_currency(value: str) -> RechargeAmountCurrency:
    if value in RECHARGE_AMOUNT_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECHARGE_AMOUNT_CURRENCY_VALUES!r}")
