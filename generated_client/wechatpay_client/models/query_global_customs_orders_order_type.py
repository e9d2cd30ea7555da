# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryGlobalCustomsOrdersOrderType = Literal["out_trade_no", "sub_order_id", "sub_order_no", "transaction_id"]

QUERY_GLOBAL_CUSTOMS_ORDERS_ORDER_TYPE_VALUES: set[QueryGlobalCustomsOrdersOrderType] = {
    "out_trade_no",
    "sub_order_id",
    "sub_order_no",
    "transaction_id",
}


def check_query_global_customs_orders_order_type(value: str) -> QueryGlobalCustomsOrdersOrderType:
    if value in QUERY_GLOBAL_CUSTOMS_ORDERS_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_GLOBAL_CUSTOMS_ORDERS_ORDER_TYPE_VALUES!r}")
