# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftActivityBaseInfoBackgroundColor = Literal[
    "Color010",
    "Color020",
    "Color030",
    "Color040",
    "Color050",
    "Color060",
    "Color070",
    "Color080",
    "Color090",
    "Color100",
]

PAYGIFT_ACTIVITY_BASE_INFO_BACKGROUND_COLOR_VALUES: set[PaygiftActivityBaseInfoBackgroundColor] = {
    "Color010",
    "Color020",
    "Color030",
    "Color040",
    "Color050",
    "Color060",
    "Color070",
    "Color080",
    "Color090",
    "Color100",
}


def check_paygift_activity_base_info_background_color(value: str) -> PaygiftActivityBaseInfoBackgroundColor:
    if value in PAYGIFT_ACTIVITY_BASE_INFO_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYGIFT_ACTIVITY_BASE_INFO_BACKGROUND_COLOR_VALUES!r}"
    )
