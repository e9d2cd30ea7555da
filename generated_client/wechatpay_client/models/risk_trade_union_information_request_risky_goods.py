# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeUnionInformationRequestRiskyGoods = Literal[1, 2, 3, 4, 5, 6]

RISK_TRADE_UNION_INFORMATION_REQUEST_RISKY_GOODS_VALUES: set[RiskTradeUnionInformationRequestRiskyGoods] = {
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_risk_trade_union_information_request_risky_goods(value: int) -> RiskTradeUnionInformationRequestRiskyGoods:
    if value in RISK_TRADE_UNION_INFORMATION_REQUEST_RISKY_GOODS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_TRADE_UNION_INFORMATION_REQUEST_RISKY_GOODS_VALUES!r}"
    )
