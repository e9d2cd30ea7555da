# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelInfoUpdateResultRequestScene = Literal["01", "02", "03"]

AGGRACCT_CHANNEL_INFO_UPDATE_RESULT_REQUEST_SCENE_VALUES: set[AggracctChannelInfoUpdateResultRequestScene] = {
    "01",
    "02",
    "03",
}


def check_aggracct_channel_info_update_result_request_scene(value: str) -> AggracctChannelInfoUpdateResultRequestScene:
    if value in AGGRACCT_CHANNEL_INFO_UPDATE_RESULT_REQUEST_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_INFO_UPDATE_RESULT_REQUEST_SCENE_VALUES!r}"
    )
