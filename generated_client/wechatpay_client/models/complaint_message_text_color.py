# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintMessageTextColor = Literal["DEFAULT", "SECONDARY"]

COMPLAINT_MESSAGE_TEXT_COLOR_VALUES: set[ComplaintMessageTextColor] = {
    "DEFAULT",
    "SECONDARY",
}


def check_complaint_message_text_color(value: str) -> ComplaintMessageTextColor:
    if value in COMPLAINT_MESSAGE_TEXT_COLOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLAINT_MESSAGE_TEXT_COLOR_VALUES!r}")
