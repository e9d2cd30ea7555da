# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardQrcodeCreateRequestActivateType = Literal["AUTO_ACTIVATE", "JUMP_ACTIVATE"]

MEMBERCARD_QRCODE_CREATE_REQUEST_ACTIVATE_TYPE_VALUES: set[MembercardQrcodeCreateRequestActivateType] = {
    "AUTO_ACTIVATE",
    "JUMP_ACTIVATE",
}


def check_membercard_qrcode_create_request_activate_type(value: str) -> MembercardQrcodeCreateRequestActivateType:
    if value in MEMBERCARD_QRCODE_CREATE_REQUEST_ACTIVATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERCARD_QRCODE_CREATE_REQUEST_ACTIVATE_TYPE_VALUES!r}"
    )
