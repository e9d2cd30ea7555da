# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryAggracctChannelControlOrderControlType = Literal["PUNISH", "RECOVER"]

QUERY_AGGRACCT_CHANNEL_CONTROL_ORDER_CONTROL_TYPE_VALUES: set[QueryAggracctChannelControlOrderControlType] = {
    "PUNISH",
    "RECOVER",
}


def check_query_aggracct_channel_control_order_control_type(value: str) -> QueryAggracctChannelControlOrderControlType:
    if value in QUERY_AGGRACCT_CHANNEL_CONTROL_ORDER_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_AGGRACCT_CHANNEL_CONTROL_ORDER_CONTROL_TYPE_VALUES!r}"
    )
