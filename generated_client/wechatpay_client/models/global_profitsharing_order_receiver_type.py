# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalProfitsharingOrderReceiverType = Literal["MERCHANT_ID", "PERSONAL_OPENID", "PERSONAL_SUB_OPENID"]

GLOBAL_PROFITSHARING_ORDER_RECEIVER_TYPE_VALUES: set[GlobalProfitsharingOrderReceiverType] = {
    "MERCHANT_ID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
}


def check_global_profitsharing_order_receiver_type(value: str) -> GlobalProfitsharingOrderReceiverType:
    if value in GLOBAL_PROFITSHARING_ORDER_RECEIVER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GLOBAL_PROFITSHARING_ORDER_RECEIVER_TYPE_VALUES!r}")
