# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PapayHarmonyPreSignRequestSignScene = Literal["SIGN_SCENE_APP", "SIGN_SCENE_QRCODE"]

PAPAY_HARMONY_PRE_SIGN_REQUEST_SIGN_SCENE_VALUES: set[PapayHarmonyPreSignRequestSignScene] = {
    "SIGN_SCENE_APP",
    "SIGN_SCENE_QRCODE",
}


def check_papay_harmony_pre_sign_request_sign_scene(value: str) -> PapayHarmonyPreSignRequestSignScene:
    if value in PAPAY_HARMONY_PRE_SIGN_REQUEST_SIGN_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAPAY_HARMONY_PRE_SIGN_REQUEST_SIGN_SCENE_VALUES!r}")
