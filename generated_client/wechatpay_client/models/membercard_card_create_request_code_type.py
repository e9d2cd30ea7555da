# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardCardCreateRequestCodeType = Literal["BAR_CODE", "BAR_CODE_AND_QRCODE", "NONE_CODE", "QRCODE"]

MEMBERCARD_CARD_CREATE_REQUEST_CODE_TYPE_VALUES: set[MembercardCardCreateRequestCodeType] = {
    "BAR_CODE",
    "BAR_CODE_AND_QRCODE",
    "NONE_CODE",
    "QRCODE",
}


def check_membercard_card_create_request_code_type(value: str) -> MembercardCardCreateRequestCodeType:
    if value in MEMBERCARD_CARD_CREATE_REQUEST_CODE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERCARD_CARD_CREATE_REQUEST_CODE_TYPE_VALUES!r}")
