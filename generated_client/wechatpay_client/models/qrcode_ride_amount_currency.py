# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QrcodeRideAmountCurrency = Literal["CNY"]

QRCODE_RIDE_AMOUNT_CURRENCY_VALUES: set[QrcodeRideAmountCurrency] = {
    "CNY",
}


def check_qrcode_ride_amount_currency(value: str) -> QrcodeRideAmountCurrency:
    if value in QRCODE_RIDE_AMOUNT_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QRCODE_RIDE_AMOUNT_CURRENCY_VALUES!r}")
