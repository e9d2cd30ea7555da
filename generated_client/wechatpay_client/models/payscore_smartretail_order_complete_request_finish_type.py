# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscoreSmartretailOrderCompleteRequestFinishType = Literal[1, 2]

PAYSCORE_SMARTRETAIL_ORDER_COMPLETE_REQUEST_FINISH_TYPE_VALUES: set[
    PayscoreSmartretailOrderCompleteRequestFinishType
] = {
    1,
    2,
}


def check_payscore_smartretail_order_complete_request_finish_type(
    value: int,
) -> PayscoreSmartretailOrderCompleteRequestFinishType:
    if value in PAYSCORE_SMARTRETAIL_ORDER_COMPLETE_REQUEST_FINISH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYSCORE_SMARTRETAIL_ORDER_COMPLETE_REQUEST_FINISH_TYPE_VALUES!r}"
    )
