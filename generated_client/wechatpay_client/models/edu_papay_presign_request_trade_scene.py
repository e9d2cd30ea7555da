# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

EduPapayPresignRequestTradeScene = Literal["EDUCATION_PERIOD"]

EDU_PAPAY_PRESIGN_REQUEST_TRADE_SCENE_VALUES: set[EduPapayPresignRequestTradeScene] = {
    "EDUCATION_PERIOD",
}


def check_edu_papay_presign_request_trade_scene(value: str) -> EduPapayPresignRequestTradeScene:
    if value in EDU_PAPAY_PRESIGN_REQUEST_TRADE_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDU_PAPAY_PRESIGN_REQUEST_TRADE_SCENE_VALUES!r}")
