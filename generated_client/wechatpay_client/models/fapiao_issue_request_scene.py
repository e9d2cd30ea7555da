# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoIssueRequestScene = Literal["WITH_WECHATPAY", "WITHOUT_WECHATPAY"]

FAPIAO_ISSUE_REQUEST_SCENE_VALUES: set[FapiaoIssueRequestScene] = {
    "WITH_WECHATPAY",
    "WITHOUT_WECHATPAY",
}


def check_fapiao_issue_request_scene(value: str) -> FapiaoIssueRequestScene:
    if value in FAPIAO_ISSUE_REQUEST_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_ISSUE_REQUEST_SCENE_VALUES!r}")
