# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeUnionInformationRequestDeviceType = Literal[1, 2, 3]

RISK_TRADE_UNION_INFORMATION_REQUEST_DEVICE_TYPE_VALUES: set[RiskTradeUnionInformationRequestDeviceType] = {
    1,
    2,
    3,
}


def check_risk_trade_union_information_request_device_type(value: int) -> RiskTradeUnionInformationRequestDeviceType:
    if value in RISK_TRADE_UNION_INFORMATION_REQUEST_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_TRADE_UNION_INFORMATION_REQUEST_DEVICE_TYPE_VALUES!r}"
    )
