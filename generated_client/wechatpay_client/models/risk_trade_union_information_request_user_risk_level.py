# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeUnionInformationRequestUserRiskLevel = Literal[1, 2, 3, 4, 5, 6, 7]

RISK_TRADE_UNION_INFORMATION_REQUEST_USER_RISK_LEVEL_VALUES: set[RiskTradeUnionInformationRequestUserRiskLevel] = {
    1,
    2,
    3,
    4,
    5,
    6,
    7,
}


def check_risk_trade_union_information_request_user_risk_level(
    value: int,
) -> RiskTradeUnionInformationRequestUserRiskLevel:
    if value in RISK_TRADE_UNION_INFORMATION_REQUEST_USER_RISK_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_TRADE_UNION_INFORMATION_REQUEST_USER_RISK_LEVEL_VALUES!r}"
    )
