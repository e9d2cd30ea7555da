# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintMessageBlockType = Literal["BUTTON", "BUTTON_GROUP", "FAQ_LIST", "IMAGE", "LINK", "TEXT"]

COMPLAINT_MESSAGE_BLOCK_TYPE_VALUES: set[ComplaintMessageBlockType] = {
    "BUTTON",
    "BUTTON_GROUP",
    "FAQ_LIST",
    "IMAGE",
    "LINK",
    "TEXT",
}


def check_complaint_message_block_type(value: str) -> ComplaintMessageBlockType:
    if value in COMPLAINT_MESSAGE_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLAINT_MESSAGE_BLOCK_TYPE_VALUES!r}")
