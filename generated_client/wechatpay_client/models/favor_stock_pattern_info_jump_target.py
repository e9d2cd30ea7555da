# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FavorStockPatternInfoJumpTarget = Literal["DEFAULT_PAGE", "MINI_PROGRAM", "PAYMENT_CODE"]

FAVOR_STOCK_PATTERN_INFO_JUMP_TARGET_VALUES: set[FavorStockPatternInfoJumpTarget] = {
    "DEFAULT_PAGE",
    "MINI_PROGRAM",
    "PAYMENT_CODE",
}


def check_favor_stock_pattern_info_jump_target(value: str) -> FavorStockPatternInfoJumpTarget:
    if value in FAVOR_STOCK_PATTERN_INFO_JUMP_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAVOR_STOCK_PATTERN_INFO_JUMP_TARGET_VALUES!r}")
