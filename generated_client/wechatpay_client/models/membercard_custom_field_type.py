# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardCustomFieldType = Literal["CHECK_BOX", "RADIO", "SELECT", "TEXT"]

MEMBERCARD_CUSTOM_FIELD_TYPE_VALUES: set[MembercardCustomFieldType] = {
    "CHECK_BOX",
    "RADIO",
    "SELECT",
    "TEXT",
}


def check_membercard_custom_field_type(value: str) -> MembercardCustomFieldType:
    if value in MEMBERCARD_CUSTOM_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERCARD_CUSTOM_FIELD_TYPE_VALUES!r}")
