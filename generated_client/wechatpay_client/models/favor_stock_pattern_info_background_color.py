# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FavorStockPatternInfoBackgroundColor = Literal[
    "COLOR010",
    "COLOR020",
    "COLOR030",
    "COLOR040",
    "COLOR050",
    "COLOR060",
    "COLOR070",
    "COLOR080",
    "COLOR081",
    "COLOR082",
    "COLOR090",
    "COLOR100",
    "COLOR101",
    "COLOR102",
]

FAVOR_STOCK_PATTERN_INFO_BACKGROUND_COLOR_VALUES: set[FavorStockPatternInfoBackgroundColor] = {
    "COLOR010",
    "COLOR020",
    "COLOR030",
    "COLOR040",
    "COLOR050",
    "COLOR060",
    "COLOR070",
    "COLOR080",
    "COLOR081",
    "COLOR082",
    "COLOR090",
    "COLOR100",
    "COLOR101",
    "COLOR102",
}


def check_favor_stock_pattern_info_background_color(value: str) -> FavorStockPatternInfoBackgroundColor:
    if value in FAVOR_STOCK_PATTERN_INFO_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAVOR_STOCK_PATTERN_INFO_BACKGROUND_COLOR_VALUES!r}")
