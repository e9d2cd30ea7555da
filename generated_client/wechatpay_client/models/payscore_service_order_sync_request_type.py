# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscoreServiceOrderSyncRequestType = Literal["Order_Paid"]

PAYSCORE_SERVICE_ORDER_SYNC_REQUEST_TYPE_VALUES: set[PayscoreServiceOrderSyncRequestType] = {
    "Order_Paid",
}


def check_payscore_service_order_sync_request_type(value: str) -> PayscoreServiceOrderSyncRequestType:
    if value in PAYSCORE_SERVICE_ORDER_SYNC_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYSCORE_SERVICE_ORDER_SYNC_REQUEST_TYPE_VALUES!r}")
