# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscoreDeliveryJumpLinkJumpLinkType = Literal["JUMP_LINK_MINI_PROGRAM"]

PAYSCORE_DELIVERY_JUMP_LINK_JUMP_LINK_TYPE_VALUES: set[PayscoreDeliveryJumpLinkJumpLinkType] = {
    "JUMP_LINK_MINI_PROGRAM",
}


def check_payscore_delivery_jump_link_jump_link_type(value: str) -> PayscoreDeliveryJumpLinkJumpLinkType:
    if value in PAYSCORE_DELIVERY_JUMP_LINK_JUMP_LINK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYSCORE_DELIVERY_JUMP_LINK_JUMP_LINK_TYPE_VALUES!r}"
    )
