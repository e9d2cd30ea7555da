# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardActivityCreateRequestActivityType = Literal[
    "MEMBER_AFTERPAY", "MEMBER_MINIPROGRAM", "NON_MEMBER_AFTERPAY", "NON_MEMBER_MINIPROGRAM"
]

MEMBERCARD_ACTIVITY_CREATE_REQUEST_ACTIVITY_TYPE_VALUES: set[MembercardActivityCreateRequestActivityType] = {
    "MEMBER_AFTERPAY",
    "MEMBER_MINIPROGRAM",
    "NON_MEMBER_AFTERPAY",
    "NON_MEMBER_MINIPROGRAM",
}


def check_membercard_activity_create_request_activity_type(value: str) -> MembercardActivityCreateRequestActivityType:
    if value in MEMBERCARD_ACTIVITY_CREATE_REQUEST_ACTIVITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERCARD_ACTIVITY_CREATE_REQUEST_ACTIVITY_TYPE_VALUES!r}"
    )
