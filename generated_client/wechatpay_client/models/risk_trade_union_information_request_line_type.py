# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeUnionInformationRequestLineType = Literal[1, 2]

RISK_TRADE_UNION_INFORMATION_REQUEST_LINE_TYPE_VALUES: set[RiskTradeUnionInformationRequestLineType] = {
    1,
    2,
}


def check_risk_trade_union_information_request_line_type(value: int) -> RiskTradeUnionInformationRequestLineType:
    if value in RISK_TRADE_UNION_INFORMATION_REQUEST_LINE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_TRADE_UNION_INFORMATION_REQUEST_LINE_TYPE_VALUES!r}"
    )
