# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

TransferAuthorizationSceneInfoDeviceType = Literal["ANDROID", "HARMONY", "IOS", "OTHER"]

TRANSFER_AUTHORIZATION_SCENE_INFO_DEVICE_TYPE_VALUES: set[TransferAuthorizationSceneInfoDeviceType] = {
    "ANDROID",
    "HARMONY",
    "IOS",
    "OTHER",
}


def check_transfer_authorization_scene_info_device_type(value: str) -> TransferAuthorizationSceneInfoDeviceType:
    if value in TRANSFER_AUTHORIZATION_SCENE_INFO_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_AUTHORIZATION_SCENE_INFO_DEVICE_TYPE_VALUES!r}"
    )
