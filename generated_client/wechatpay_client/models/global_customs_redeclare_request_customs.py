# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalCustomsRedeclareRequestCustoms = Literal[
    "CHONGQING",
    "GUANGZHOU_ZS",
    "HANGZHOU_ZS",
    "NINGBO",
    "SHANGHAI_ZS",
    "SHENZHEN",
    "TIANJIN",
    "ZHENGZHOU_BS",
    "ZHENGZHOU_ZH_ZS",
]

GLOBAL_CUSTOMS_REDECLARE_REQUEST_CUSTOMS_VALUES: set[GlobalCustomsRedeclareRequestCustoms] = {
    "CHONGQING",
    "GUANGZHOU_ZS",
    "HANGZHOU_ZS",
    "NINGBO",
    "SHANGHAI_ZS",
    "SHENZHEN",
    "TIANJIN",
    "ZHENGZHOU_BS",
    "ZHENGZHOU_ZH_ZS",
}


def check_global_customs_redeclare_request_customs(value: str) -> GlobalCustomsRedeclareRequestCustoms:
    if value in GLOBAL_CUSTOMS_REDECLARE_REQUEST_CUSTOMS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GLOBAL_CUSTOMS_REDECLARE_REQUEST_CUSTOMS_VALUES!r}")
