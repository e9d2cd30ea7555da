# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryFapiaoUserTitleScene = Literal["WITH_WECHATPAY", "WITHOUT_WECHATPAY"]

QUERY_FAPIAO_USER_TITLE_SCENE_VALUES: set[QueryFapiaoUserTitleScene] = {
    "WITH_WECHATPAY",
    "WITHOUT_WECHATPAY",
}


def check_query_fapiao_user_title_scene(value: str) -> QueryFapiaoUserTitleScene:
    if value in QUERY_FAPIAO_USER_TITLE_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_FAPIAO_USER_TITLE_SCENE_VALUES!r}")
