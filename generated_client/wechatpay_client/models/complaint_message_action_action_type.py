# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintMessageActionActionType = Literal[
    "ACTION_TYPE_JUMP_MINI_PROGRAM", "ACTION_TYPE_JUMP_URL", "ACTION_TYPE_SEND_MESSAGE"
]

COMPLAINT_MESSAGE_ACTION_ACTION_TYPE_VALUES: set[ComplaintMessageActionActionType] = {
    "ACTION_TYPE_JUMP_MINI_PROGRAM",
    "ACTION_TYPE_JUMP_URL",
    "ACTION_TYPE_SEND_MESSAGE",
}


def check_complaint_message_action_action_type(value: str) -> ComplaintMessageActionActionType:
    if value in COMPLAINT_MESSAGE_ACTION_ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLAINT_MESSAGE_ACTION_ACTION_TYPE_VALUES!r}")
