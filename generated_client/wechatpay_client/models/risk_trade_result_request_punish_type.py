# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeResultRequestPunishType = Literal[
    "ADD_MERCHANTS_BLACKLIST",
    "BLOCKED_USER",
    "DISABLE_PAYMENT",
    "DISABLE_WITHDRAW",
    "FREEZING_FUND_BY_MERCHANTS",
    "FREEZING_FUND_BY_TRANSACTION",
    "OTHER_PUNISH",
    "REFUND",
    "REMOVE_MERCHANTS",
    "SUSPEND_SETTLEMENT",
]

RISK_TRADE_RESULT_REQUEST_PUNISH_TYPE_VALUES: set[RiskTradeResultRequestPunishType] = {
    "ADD_MERCHANTS_BLACKLIST",
    "BLOCKED_USER",
    "DISABLE_PAYMENT",
    "DISABLE_WITHDRAW",
    "FREEZING_FUND_BY_MERCHANTS",
    "FREEZING_FUND_BY_TRANSACTION",
    "OTHER_PUNISH",
    "REFUND",
    "REMOVE_MERCHANTS",
    "SUSPEND_SETTLEMENT",
}


def check_risk_trade_result_request_punish_type(value: str) -> RiskTradeResultRequestPunishType:
    if value in RISK_TRADE_RESULT_REQUEST_PUNISH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_TRADE_RESULT_REQUEST_PUNISH_TYPE_VALUES!r}")
