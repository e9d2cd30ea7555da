# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscorePayafterOrderCompleteRequestFinishType = Literal[1, 2]

PAYSCORE_PAYAFTER_ORDER_COMPLETE_REQUEST_FINISH_TYPE_VALUES: set[PayscorePayafterOrderCompleteRequestFinishType] = {
    1,
    2,
}


def check_payscore_payafter_order_complete_request_finish_type(
    value: int,
) -> PayscorePayafterOrderCompleteRequestFinishType:
    if value in PAYSCORE_PAYAFTER_ORDER_COMPLETE_REQUEST_FINISH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYSCORE_PAYAFTER_ORDER_COMPLETE_REQUEST_FINISH_TYPE_VALUES!r}"
    )
