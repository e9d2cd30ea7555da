# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelRecoverRequestReqScene = Literal[
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT", "SJT_MICRO_MERCHANT", "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT"
]

AGGRACCT_CHANNEL_RECOVER_REQUEST_REQ_SCENE_VALUES: set[AggracctChannelRecoverRequestReqScene] = {
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
    "SJT_MICRO_MERCHANT",
    "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
}


def check_aggracct_channel_recover_request_req_scene(value: str) -> AggracctChannelRecoverRequestReqScene:
    if value in AGGRACCT_CHANNEL_RECOVER_REQUEST_REQ_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_RECOVER_REQUEST_REQ_SCENE_VALUES!r}"
    )
