# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoInsertCardsRequestScene = Literal["WITH_WECHATPAY", "WITHOUT_WECHATPAY"]

FAPIAO_INSERT_CARDS_REQUEST_SCENE_VALUES: set[FapiaoInsertCardsRequestScene] = {
    "WITH_WECHATPAY",
    "WITHOUT_WECHATPAY",
}


def check_fapiao_insert_cards_request_scene(value: str) -> FapiaoInsertCardsRequestScene:
    if value in FAPIAO_INSERT_CARDS_REQUEST_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_INSERT_CARDS_REQUEST_SCENE_VALUES!r}")
