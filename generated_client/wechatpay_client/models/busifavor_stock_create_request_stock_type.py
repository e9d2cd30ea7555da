# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorStockCreateRequestStockType = Literal["DISCOUNT", "EXCHANGE", "NORMAL"]

BUSIFAVOR_STOCK_CREATE_REQUEST_STOCK_TYPE_VALUES: set[BusifavorStockCreateRequestStockType] = {
    "DISCOUNT",
    "EXCHANGE",
    "NORMAL",
}


def check_busifavor_stock_create_request_stock_type(value: str) -> BusifavorStockCreateRequestStockType:
    if value in BUSIFAVOR_STOCK_CREATE_REQUEST_STOCK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_STOCK_CREATE_REQUEST_STOCK_TYPE_VALUES!r}")
