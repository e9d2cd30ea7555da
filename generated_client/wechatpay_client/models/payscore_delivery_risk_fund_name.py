# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscoreDeliveryRiskFundName = Literal["ADVANCE", "CASH_DEPOSIT", "DEPOSIT", "ESTIMATE_ORDER_COST"]

PAYSCORE_DELIVERY_RISK_FUND_NAME_VALUES: set[PayscoreDeliveryRiskFundName] = {
    "ADVANCE",
    "CASH_DEPOSIT",
    "DEPOSIT",
    "ESTIMATE_ORDER_COST",
}


def check_payscore_delivery_risk_fund_name(value: str) -> PayscoreDeliveryRiskFundName:
    if value in PAYSCORE_DELIVERY_RISK_FUND_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYSCORE_DELIVERY_RISK_FUND_NAME_VALUES!r}")
