# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BrandRedpacketBatchCreateRequestScene = Literal["CUSTOM_SEND"]

BRAND_REDPACKET_BATCH_CREATE_REQUEST_SCENE_VALUES: set[BrandRedpacketBatchCreateRequestScene] = {
    "CUSTOM_SEND",
}


def check_brand_redpacket_batch_create_request_scene(value: str) -> BrandRedpacketBatchCreateRequestScene:
    if value in BRAND_REDPACKET_BATCH_CREATE_REQUEST_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRAND_REDPACKET_BATCH_CREATE_REQUEST_SCENE_VALUES!r}"
    )
