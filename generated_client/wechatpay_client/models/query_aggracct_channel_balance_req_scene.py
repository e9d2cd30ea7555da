# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryAggracctChannelBalanceReqScene = Literal[
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT", "SJT_MICRO_MERCHANT", "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT"
]

QUERY_AGGRACCT_CHANNEL_BALANCE_REQ_SCENE_VALUES: set[QueryAggracctChannelBalanceReqScene] = {
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
    "SJT_MICRO_MERCHANT",
    "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
}


def check_query_aggracct_channel_balance_req_scene(value: str) -> QueryAggracctChannelBalanceReqScene:
    if value in QUERY_AGGRACCT_CHANNEL_BALANCE_REQ_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_AGGRACCT_CHANNEL_BALANCE_REQ_SCENE_VALUES!r}")
