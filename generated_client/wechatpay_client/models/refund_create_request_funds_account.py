# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RefundCreateRequestFundsAccount = Literal["AVAILABLE"]

REFUND_CREATE_REQUEST_FUNDS_ACCOUNT_VALUES: set[RefundCreateRequestFundsAccount] = {
    "AVAILABLE",
}


def check_refund_create_request_funds_account(value: str) -> RefundCreateRequestFundsAccount:
    if value in REFUND_CREATE_REQUEST_FUNDS_ACCOUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUND_CREATE_REQUEST_FUNDS_ACCOUNT_VALUES!r}")
