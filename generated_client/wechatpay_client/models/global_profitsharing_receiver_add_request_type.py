# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalProfitsharingReceiverAddRequestType = Literal["MERCHANT_ID", "PERSONAL_OPENID", "PERSONAL_SUB_OPENID"]

GLOBAL_PROFITSHARING_RECEIVER_ADD_REQUEST_TYPE_VALUES: set[GlobalProfitsharingReceiverAddRequestType] = {
    "MERCHANT_ID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
}


def check_global_profitsharing_receiver_add_request_type(value: str) -> GlobalProfitsharingReceiverAddRequestType:
    if value in GLOBAL_PROFITSHARING_RECEIVER_ADD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_PROFITSHARING_RECEIVER_ADD_REQUEST_TYPE_VALUES!r}"
    )
