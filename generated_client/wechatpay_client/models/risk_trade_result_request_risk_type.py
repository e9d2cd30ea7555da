# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeResultRequestRiskType = Literal["CYBERSEX", "FRAUD", "GAMBLING", "INDUCE_PAYMENT", "OTHER_RISK"]

RISK_TRADE_RESULT_REQUEST_RISK_TYPE_VALUES: set[RiskTradeResultRequestRiskType] = {
    "CYBERSEX",
    "FRAUD",
    "GAMBLING",
    "INDUCE_PAYMENT",
    "OTHER_RISK",
}


def check_risk_trade_result_request_risk_type(value: str) -> RiskTradeResultRequestRiskType:
    if value in RISK_TRADE_RESULT_REQUEST_RISK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_TRADE_RESULT_REQUEST_RISK_TYPE_VALUES!r}")
