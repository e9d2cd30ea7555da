# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryFapiaoUserTitleUrlSource = Literal["MINIPROGRAM", "WEB"]

QUERY_FAPIAO_USER_TITLE_URL_SOURCE_VALUES: set[QueryFapiaoUserTitleUrlSource] = {
    "MINIPROGRAM",
    "WEB",
}


def check_query_fapiao_user_title_url_source(value: str) -> QueryFapiaoUserTitleUrlSource:
    if value in QUERY_FAPIAO_USER_TITLE_URL_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_FAPIAO_USER_TITLE_URL_SOURCE_VALUES!r}")
