# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayWithContractAmountCurrency = Literal["CNY"]

PAY_WITH_CONTRACT_AMOUNT_CURRENCY_VALUES: set[PayWithContractAmountCurrency] = {
    "CNY",
}


def check_pay_with_contract_amount_currency(value: str) -> PayWithContractAmountCurrency:
    if value in PAY_WITH_CONTRACT_AMOUNT_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_WITH_CONTRACT_AMOUNT_CURRENCY_VALUES!r}")
