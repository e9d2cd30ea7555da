# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QrcodeRideTransactionCreateRequestTradeScene = Literal["BUS", "METRO"]

QRCODE_RIDE_TRANSACTION_CREATE_REQUEST_TRADE_SCENE_VALUES: set[QrcodeRideTransactionCreateRequestTradeScene] = {
    "BUS",
    "METRO",
}


def check_qrcode_ride_transaction_create_request_trade_scene(
    value: str,
) -> QrcodeRideTransactionCreateRequestTradeScene:
    if value in QRCODE_RIDE_TRANSACTION_CREATE_REQUEST_TRADE_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QRCODE_RIDE_TRANSACTION_CREATE_REQUEST_TRADE_SCENE_VALUES!r}"
    )
