# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RefundCreateFundsFromAccount = Literal["AVAILABLE", "UNAVAILABLE"]

REFUND_CREATE_FUNDS_FROM_ACCOUNT_VALUES: set[RefundCreateFundsFromAccount] = {
    "AVAILABLE",
    "UNAVAILABLE",
}


def check_refund_create_funds_from_account(value: str) -> RefundCreateFundsFromAccount:
    if value in REFUND_CREATE_FUNDS_FROM_ACCOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUND_CREATE_FUNDS_FROM_ACCOUNT_VALUES!r}")
