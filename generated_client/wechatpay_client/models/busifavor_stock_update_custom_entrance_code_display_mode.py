# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorStockUpdateCustomEntranceCodeDisplayMode = Literal["BARCODE", "NOT_SHOW", "QRCODE"]

BUSIFAVOR_STOCK_UPDATE_CUSTOM_ENTRANCE_CODE_DISPLAY_MODE_VALUES: set[
    BusifavorStockUpdateCustomEntranceCodeDisplayMode
] = {
    "BARCODE",
    "NOT_SHOW",
    "QRCODE",
}


def check_busifavor_stock_update_custom_entrance_code_display_mode(
    value: str,
) -> BusifavorStockUpdateCustomEntranceCodeDisplayMode:
    if value in BUSIFAVOR_STOCK_UPDATE_CUSTOM_ENTRANCE_CODE_DISPLAY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_STOCK_UPDATE_CUSTOM_ENTRANCE_CODE_DISPLAY_MODE_VALUES!r}"
    )
