# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayscoreRiskFundName = Literal["ADVANCE", "CASH_DEPOSIT", "DEPOSIT", "ESTIMATE_ORDER_COST"]

PAYSCORE_RISK_FUND_NAME_VALUES: set[PayscoreRiskFundName] = {
    "ADVANCE",
    "CASH_DEPOSIT",
    "DEPOSIT",
    "ESTIMATE_ORDER_COST",
}


def check_payscore_risk_fund_name(value: str) -> PayscoreRiskFundName:
    if value in PAYSCORE_RISK_FUND_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYSCORE_RISK_FUND_NAME_VALUES!r}")
