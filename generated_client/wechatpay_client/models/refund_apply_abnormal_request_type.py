# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RefundApplyAbnormalRequestType = Literal["MERCHANT_BANK_CARD", "USER_BANK_CARD"]

REFUND_APPLY_ABNORMAL_REQUEST_TYPE_VALUES: set[RefundApplyAbnormalRequestType] = {
    "MERCHANT_BANK_CARD",
    "USER_BANK_CARD",
}


def check_refund_apply_abnormal_request_type(value: str) -> RefundApplyAbnormalRequestType:
    if value in REFUND_APPLY_ABNORMAL_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUND_APPLY_ABNORMAL_REQUEST_TYPE_VALUES!r}")
