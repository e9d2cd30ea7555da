# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelPunishRequestReqScene = Literal[
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT", "SJT_MICRO_MERCHANT", "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT"
]

AGGRACCT_CHANNEL_PUNISH_REQUEST_REQ_SCENE_VALUES: set[AggracctChannelPunishRequestReqScene] = {
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
    "SJT_MICRO_MERCHANT",
    "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
}


def check_aggracct_channel_punish_request_req_scene(value: str) -> AggracctChannelPunishRequestReqScene:
    if value in AGGRACCT_CHANNEL_PUNISH_REQUEST_REQ_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_PUNISH_REQUEST_REQ_SCENE_VALUES!r}")
