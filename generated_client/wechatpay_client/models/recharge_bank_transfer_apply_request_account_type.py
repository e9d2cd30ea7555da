# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RechargeBankTransferApplyRequestAccountType = Literal["BASIC", "FEES", "OPERATION"]

RECHARGE_BANK_TRANSFER_APPLY_REQUEST_ACCOUNT_TYPE_VALUES: set[RechargeBankTransferApplyRequestAccountType] = {
    "BASIC",
    "FEES",
    "OPERATION",
}


def check_recharge_bank_transfer_apply_request_account_type(value: str) -> RechargeBankTransferApplyRequestAccountType:
    if value in RECHARGE_BANK_TRANSFER_APPLY_REQUEST_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECHARGE_BANK_TRANSFER_APPLY_REQUEST_ACCOUNT_TYPE_VALUES!r}"
    )
