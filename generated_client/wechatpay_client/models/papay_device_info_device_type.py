# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PapayDeviceInfoDeviceType = Literal[
    "DEVICE_TYPE_PAD", "DEVICE_TYPE_PHONE", "DEVICE_TYPE_TV", "DEVICE_TYPE_UNKNOW", "DEVICE_TYPE_WATCH"
]

PAPAY_DEVICE_INFO_DEVICE_TYPE_VALUES: set[PapayDeviceInfoDeviceType] = {
    "DEVICE_TYPE_PAD",
    "DEVICE_TYPE_PHONE",
    "DEVICE_TYPE_TV",
    "DEVICE_TYPE_UNKNOW",
    "DEVICE_TYPE_WATCH",
}


def check_papay_device_info_device_type(value: str) -> PapayDeviceInfoDeviceType:
    if value in PAPAY_DEVICE_INFO_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAPAY_DEVICE_INFO_DEVICE_TYPE_VALUES!r}")
