# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorDisplayPatternInfoBackgroundColor = Literal[
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

BUSIFAVOR_DISPLAY_PATTERN_INFO_BACKGROUND_COLOR_VALUES: set[BusifavorDisplayPatternInfoBackgroundColor] = {
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


def check_busifavor_display_pattern_info_background_color(value: str) -> BusifavorDisplayPatternInfoBackgroundColor:
    if value in BUSIFAVOR_DISPLAY_PATTERN_INFO_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_DISPLAY_PATTERN_INFO_BACKGROUND_COLOR_VALUES!r}"
    )
