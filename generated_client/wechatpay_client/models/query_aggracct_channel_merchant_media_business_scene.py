# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryAggracctChannelMerchantMediaBusinessScene = Literal[
    "GET_BY_MEDIA_ID", "SJT_MICRO_PLUS_OPEN_ACCOUNT", "SJT_MICRO_PLUS_UPDATE_INFO"
]

QUERY_AGGRACCT_CHANNEL_MERCHANT_MEDIA_BUSINESS_SCENE_VALUES: set[QueryAggracctChannelMerchantMediaBusinessScene] = {
    "GET_BY_MEDIA_ID",
    "SJT_MICRO_PLUS_OPEN_ACCOUNT",
    "SJT_MICRO_PLUS_UPDATE_INFO",
}


def check_query_aggracct_channel_merchant_media_business_scene(
    value: str,
) -> QueryAggracctChannelMerchantMediaBusinessScene:
    if value in QUERY_AGGRACCT_CHANNEL_MERCHANT_MEDIA_BUSINESS_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_AGGRACCT_CHANNEL_MERCHANT_MEDIA_BUSINESS_SCENE_VALUES!r}"
    )
