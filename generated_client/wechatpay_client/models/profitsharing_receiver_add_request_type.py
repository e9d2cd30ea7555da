# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ProfitsharingReceiverAddRequestType = Literal["MERCHANT_ID", "PERSONAL_OPENID", "PERSONAL_SUB_OPENID"]

PROFITSHARING_RECEIVER_ADD_REQUEST_TYPE_VALUES: set[ProfitsharingReceiverAddRequestType] = {
    "MERCHANT_ID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
}


def check_profitsharing_receiver_add_request_type(value: str) -> ProfitsharingReceiverAddRequestType:
    if value in PROFITSHARING_RECEIVER_ADD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROFITSHARING_RECEIVER_ADD_REQUEST_TYPE_VALUES!r}")
