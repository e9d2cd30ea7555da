# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ProfitsharingOrderReceiverType = Literal["MERCHANT_ID", "PERSONAL_OPENID", "PERSONAL_SUB_OPENID"]

PROFITSHARING_ORDER_RECEIVER_TYPE_VALUES: set[ProfitsharingOrderReceiverType] = {
    "MERCHANT_ID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
}


def check_profitsharing_order_receiver_type(value: str) -> ProfitsharingOrderReceiverType:
    if value in PROFITSHARING_ORDER_RECEIVER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROFITSHARING_ORDER_RECEIVER_TYPE_VALUES!r}")
