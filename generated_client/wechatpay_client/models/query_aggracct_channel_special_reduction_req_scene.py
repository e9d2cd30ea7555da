# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryAggracctChannelSpecialReductionReqScene = Literal[
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT", "SJT_MICRO_MERCHANT", "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT"
]

QUERY_AGGRACCT_CHANNEL_SPECIAL_REDUCTION_REQ_SCENE_VALUES: set[QueryAggracctChannelSpecialReductionReqScene] = {
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
    "SJT_MICRO_MERCHANT",
    "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
}


def check_query_aggracct_channel_special_reduction_req_scene(
    value: str,
) -> QueryAggracctChannelSpecialReductionReqScene:
    if value in QUERY_AGGRACCT_CHANNEL_SPECIAL_REDUCTION_REQ_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_AGGRACCT_CHANNEL_SPECIAL_REDUCTION_REQ_SCENE_VALUES!r}"
    )
