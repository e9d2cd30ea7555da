# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftPaymentModePaymentSceneListItem = Literal[
    "APP_SCENE", "FACE_PAY_SCENE", "MINIAPP_SCENE", "NO_SECRET_SCENE", "OTHER_SCENE", "SWING_CARD_SCENE"
]

PAYGIFT_PAYMENT_MODE_PAYMENT_SCENE_LIST_ITEM_VALUES: set[PaygiftPaymentModePaymentSceneListItem] = {
    "APP_SCENE",
    "FACE_PAY_SCENE",
    "MINIAPP_SCENE",
    "NO_SECRET_SCENE",
    "OTHER_SCENE",
    "SWING_CARD_SCENE",
}


def check_paygift_payment_mode_payment_scene_list_item(value: str) -> PaygiftPaymentModePaymentSceneListItem:
    if value in PAYGIFT_PAYMENT_MODE_PAYMENT_SCENE_LIST_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYGIFT_PAYMENT_MODE_PAYMENT_SCENE_LIST_ITEM_VALUES!r}"
    )
