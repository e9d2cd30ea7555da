# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryAggracctChannelMerchantArchivesReqScene = Literal[
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT", "SJT_MICRO_MERCHANT", "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT"
]

QUERY_AGGRACCT_CHANNEL_MERCHANT_ARCHIVES_REQ_SCENE_VALUES: set[QueryAggracctChannelMerchantArchivesReqScene] = {
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
    "SJT_MICRO_MERCHANT",
    "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
}


def check_query_aggracct_channel_merchant_archives_req_scene(
    value: str,
) -> QueryAggracctChannelMerchantArchivesReqScene:
    if value in QUERY_AGGRACCT_CHANNEL_MERCHANT_ARCHIVES_REQ_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_AGGRACCT_CHANNEL_MERCHANT_ARCHIVES_REQ_SCENE_VALUES!r}"
    )
