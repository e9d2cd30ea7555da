# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscorePayafterOrderSyncRequestType = Literal["Order_Paid"]

PAYSCORE_PAYAFTER_ORDER_SYNC_REQUEST_TYPE_VALUES: set[PayscorePayafterOrderSyncRequestType] = {
    "Order_Paid",
}


def check_payscore_payafter_order_sync_request_type(value: str) -> PayscorePayafterOrderSyncRequestType:
    if value in PAYSCORE_PAYAFTER_ORDER_SYNC_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYSCORE_PAYAFTER_ORDER_SYNC_REQUEST_TYPE_VALUES!r}")
