# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ProfitsharingReceiverDeleteRequestType = Literal["MERCHANT_ID", "PERSONAL_OPENID", "PERSONAL_SUB_OPENID"]

PROFITSHARING_RECEIVER_DELETE_REQUEST_TYPE_VALUES: set[ProfitsharingReceiverDeleteRequestType] = {
    "MERCHANT_ID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
}


def check_profitsharing_receiver_delete_request_type(value: str) -> ProfitsharingReceiverDeleteRequestType:
    if value in PROFITSHARING_RECEIVER_DELETE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROFITSHARING_RECEIVER_DELETE_REQUEST_TYPE_VALUES!r}"
    )
