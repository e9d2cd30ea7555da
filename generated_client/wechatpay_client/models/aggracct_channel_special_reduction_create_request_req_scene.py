# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelSpecialReductionCreateRequestReqScene = Literal[
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT", "SJT_MICRO_MERCHANT", "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT"
]

AGGRACCT_CHANNEL_SPECIAL_REDUCTION_CREATE_REQUEST_REQ_SCENE_VALUES: set[
    AggracctChannelSpecialReductionCreateRequestReqScene
] = {
    "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
    "SJT_MICRO_MERCHANT",
    "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT",
}


def check_aggracct_channel_special_reduction_create_request_req_scene(
    value: str,
) -> AggracctChannelSpecialReductionCreateRequestReqScene:
    if value in AGGRACCT_CHANNEL_SPECIAL_REDUCTION_CREATE_REQUEST_REQ_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_SPECIAL_REDUCTION_CREATE_REQUEST_REQ_SCENE_VALUES!r}"
    )
