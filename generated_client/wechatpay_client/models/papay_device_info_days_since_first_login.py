# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PapayDeviceInfoDaysSinceFirstLogin = Literal[
    "DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_UNKNOW",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS",
]

PAPAY_DEVICE_INFO_DAYS_SINCE_FIRST_LOGIN_VALUES: set[PapayDeviceInfoDaysSinceFirstLogin] = {
    "DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_UNKNOW",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS",
    "DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS",
}


def check_papay_device_info_days_since_first_login(value: str) -> PapayDeviceInfoDaysSinceFirstLogin:
    if value in PAPAY_DEVICE_INFO_DAYS_SINCE_FIRST_LOGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAPAY_DEVICE_INFO_DAYS_SINCE_FIRST_LOGIN_VALUES!r}")
