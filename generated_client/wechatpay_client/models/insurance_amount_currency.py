# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsuranceAmountCurrency = Literal["CNY"]

INSURANCE_AMOUNT_CURRENCY_VALUES: set[InsuranceAmountCurrency] = {
    "CNY",
}


def check_insurance_amount_currency(value: str) -> InsuranceAmountCurrency:
    if value in INSURANCE_AMOUNT_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSURANCE_AMOUNT_CURRENCY_VALUES!r}")
