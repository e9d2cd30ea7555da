# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryGlobalCustomsOrdersCustoms = Literal[
    "CHONGQING",
    "GUANGZHOU_ZS",
    "HANGZHOU_ZS",
    "NINGBO",
    "SHANGHAI_ZS",
    "SHENZHEN",
    "TIANJIN",
    "ZHENGZHOU_BS",
    "ZHENGZHOU_ZH_ZS",
]

QUERY_GLOBAL_CUSTOMS_ORDERS_CUSTOMS_VALUES: set[QueryGlobalCustomsOrdersCustoms] = {
    "CHONGQING",
    "GUANGZHOU_ZS",
    "HANGZHOU_ZS",
    "NINGBO",
    "SHANGHAI_ZS",
    "SHENZHEN",
    "TIANJIN",
    "ZHENGZHOU_BS",
    "ZHENGZHOU_ZH_ZS",
}


def check_query_global_customs_orders_customs(value: str) -> QueryGlobalCustomsOrdersCustoms:
    if value in QUERY_GLOBAL_CUSTOMS_ORDERS_CUSTOMS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_GLOBAL_CUSTOMS_ORDERS_CUSTOMS_VALUES!r}")
