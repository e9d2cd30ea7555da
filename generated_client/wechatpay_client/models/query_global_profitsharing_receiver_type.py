# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryGlobalProfitsharingReceiverType = Literal["MERCHANT_ID", "PERSONAL_OPENID", "PERSONAL_SUB_OPENID"]

QUERY_GLOBAL_PROFITSHARING_RECEIVER_TYPE_VALUES: set[QueryGlobalProfitsharingReceiverType] = {
    "MERCHANT_ID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
}


def check_query_global_profitsharing_receiver_type(value: str) -> QueryGlobalProfitsharingReceiverType:
    if value in QUERY_GLOBAL_PROFITSHARING_RECEIVER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_GLOBAL_PROFITSHARING_RECEIVER_TYPE_VALUES!r}")
