# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskSubOrderUserRiskLevel = Literal[1, 2, 3, 4, 5, 6, 7]

RISK_SUB_ORDER_USER_RISK_LEVEL_VALUES: set[RiskSubOrderUserRiskLevel] = {
    1,
    2,
    3,
    4,
    5,
    6,
    7,
}


def check_risk_sub_order_user_risk_level(value: int) -> RiskSubOrderUserRiskLevel:
    if value in RISK_SUB_ORDER_USER_RISK_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_SUB_ORDER_USER_RISK_LEVEL_VALUES!r}")
