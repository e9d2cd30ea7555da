# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorCustomEntranceCodeDisplayMode = Literal["BARCODE", "NOT_SHOW", "QRCODE"]

BUSIFAVOR_CUSTOM_ENTRANCE_CODE_DISPLAY_MODE_VALUES: set[BusifavorCustomEntranceCodeDisplayMode] = {
    "BARCODE",
    "NOT_SHOW",
    "QRCODE",
}


def check_busifavor_custom_entrance_code_display_mode(value: str) -> BusifavorCustomEntranceCodeDisplayMode:
    if value in BUSIFAVOR_CUSTOM_ENTRANCE_CODE_DISPLAY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_CUSTOM_ENTRANCE_CODE_DISPLAY_MODE_VALUES!r}"
    )
