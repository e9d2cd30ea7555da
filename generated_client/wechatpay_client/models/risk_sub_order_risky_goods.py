# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskSubOrderRiskyGoods = Literal[1, 2, 3, 4, 5, 6]

RISK_SUB_ORDER_RISKY_GOODS_VALUES: set[RiskSubOrderRiskyGoods] = {
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_risk_sub_order_risky_goods(value: int) -> RiskSubOrderRiskyGoods:
    if value in RISK_SUB_ORDER_RISKY_GOODS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_SUB_ORDER_RISKY_GOODS_VALUES!r}")
