# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayAmountCurrency = Literal["CNY"]

PAY_AMOUNT_CURRENCY_VALUES: set[PayAmountCurrency] = {
    "CNY",
}


def check_pay_amount_currency(value: str) -> PayAmountCurrency:
    if value in PAY_AMOUNT_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_AMOUNT_CURRENCY_VALUES!r}")
