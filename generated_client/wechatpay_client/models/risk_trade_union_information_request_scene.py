# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeUnionInformationRequestScene = Literal[0, 1, 2]

RISK_TRADE_UNION_INFORMATION_REQUEST_SCENE_VALUES: set[RiskTradeUnionInformationRequestScene] = {
    0,
    1,
    2,
}


def check_risk_trade_union_information_request_scene(value: int) -> RiskTradeUnionInformationRequestScene:
    if value in RISK_TRADE_UNION_INFORMATION_REQUEST_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_TRADE_UNION_INFORMATION_REQUEST_SCENE_VALUES!r}"
    )
