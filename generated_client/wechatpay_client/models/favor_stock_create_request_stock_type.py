# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FavorStockCreateRequestStockType = Literal["DISCOUNT", "DISCOUNT_CUT", "EXCHAHGE", "NORMAL", "RANDOM"]

FAVOR_STOCK_CREATE_REQUEST_STOCK_TYPE_VALUES: set[FavorStockCreateRequestStockType] = {
    "DISCOUNT",
    "DISCOUNT_CUT",
    "EXCHAHGE",
    "NORMAL",
    "RANDOM",
}


def check_favor_stock_create_request_stock_type(value: str) -> FavorStockCreateRequestStockType:
    if value in FAVOR_STOCK_CREATE_REQUEST_STOCK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAVOR_STOCK_CREATE_REQUEST_STOCK_TYPE_VALUES!r}")
