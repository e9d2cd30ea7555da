# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardCardUpdateRequestCodeMode = Literal["MERCHANT_DEPOSIT", "REAL_TIME", "SYSTEM_ALLOCATE"]

MEMBERCARD_CARD_UPDATE_REQUEST_CODE_MODE_VALUES: set[MembercardCardUpdateRequestCodeMode] = {
    "MERCHANT_DEPOSIT",
    "REAL_TIME",
    "SYSTEM_ALLOCATE",
}


def check_membercard_card_update_request_code_mode(value: str) -> MembercardCardUpdateRequestCodeMode:
    if value in MEMBERCARD_CARD_UPDATE_REQUEST_CODE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERCARD_CARD_UPDATE_REQUEST_CODE_MODE_VALUES!r}")
