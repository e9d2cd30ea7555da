# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintMessageButtonGroupButtonLayout = Literal["LAYOUT_HORIZONTAL", "LAYOUT_UNKNOWN", "LAYOUT_VERTICAL"]

COMPLAINT_MESSAGE_BUTTON_GROUP_BUTTON_LAYOUT_VALUES: set[ComplaintMessageButtonGroupButtonLayout] = {
    "LAYOUT_HORIZONTAL",
    "LAYOUT_UNKNOWN",
    "LAYOUT_VERTICAL",
}


def check_complaint_message_button_group_button_layout(value: str) -> ComplaintMessageButtonGroupButtonLayout:
    if value in COMPLAINT_MESSAGE_BUTTON_GROUP_BUTTON_LAYOUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLAINT_MESSAGE_BUTTON_GROUP_BUTTON_LAYOUT_VALUES!r}"
    )
