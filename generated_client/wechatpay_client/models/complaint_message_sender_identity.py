# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintMessageSenderIdentity = Literal["MACHINE", "MANUAL", "UNKNOWN"]

COMPLAINT_MESSAGE_SENDER_IDENTITY_VALUES: set[ComplaintMessageSenderIdentity] = {
    "MACHINE",
    "MANUAL",
    "UNKNOWN",
}


def check_complaint_message_sender_identity(value: str) -> ComplaintMessageSenderIdentity:
    if value in COMPLAINT_MESSAGE_SENDER_IDENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLAINT_MESSAGE_SENDER_IDENTITY_VALUES!r}")
