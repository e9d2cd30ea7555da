# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardDateInformationType = Literal["FIX_TERM", "FIX_TIME_RANGE", "PERMANENT"]

MEMBERCARD_DATE_INFORMATION_TYPE_VALUES: set[MembercardDateInformationType] = {
    "FIX_TERM",
    "FIX_TIME_RANGE",
    "PERMANENT",
}


def check_membercard_date_information_type(value: str) -> MembercardDateInformationType:
    if value in MEMBERCARD_DATE_INFORMATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERCARD_DATE_INFORMATION_TYPE_VALUES!r}")
