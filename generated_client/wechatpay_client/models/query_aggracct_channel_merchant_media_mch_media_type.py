# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryAggracctChannelMerchantMediaMchMediaType = Literal[
    "ID_CARD_BACK", "ID_CARD_FRONT", "STORE_FRONT", "STORE_INTERIOR"
]

QUERY_AGGRACCT_CHANNEL_MERCHANT_MEDIA_MCH_MEDIA_TYPE_VALUES: set[QueryAggracctChannelMerchantMediaMchMediaType] = {
    "ID_CARD_BACK",
    "ID_CARD_FRONT",
    "STORE_FRONT",
    "STORE_INTERIOR",
}


def check_query_aggracct_channel_merchant_media_mch_media_type(
    value: str,
) -> QueryAggracctChannelMerchantMediaMchMediaType:
    if value in QUERY_AGGRACCT_CHANNEL_MERCHANT_MEDIA_MCH_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_AGGRACCT_CHANNEL_MERCHANT_MEDIA_MCH_MEDIA_TYPE_VALUES!r}"
    )
