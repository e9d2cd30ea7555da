# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

TransferUserRecvStyleType = Literal["CONFIRM_PAGE", "RED_PACKET"]

TRANSFER_USER_RECV_STYLE_TYPE_VALUES: set[TransferUserRecvStyleType] = {
    "CONFIRM_PAGE",
    "RED_PACKET",
}


def check_transfer_user_recv_style_type(value: str) -> TransferUserRecvStyleType:
    if value in TRANSFER_USER_RECV_STYLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_USER_RECV_STYLE_TYPE_VALUES!r}")
