# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyTradeBillBillType = Literal[
    "ALL", "ALL_SPECIAL", "RECHARGE_REFUND", "REF_SPECIAL", "REFUND", "SUC_SPECIAL", "SUCCESS"
]

APPLY_TRADE_BILL_BILL_TYPE_VALUES: set[ApplyTradeBillBillType] = {
    "ALL",
    "ALL_SPECIAL",
    "RECHARGE_REFUND",
    "REF_SPECIAL",
    "REFUND",
    "SUC_SPECIAL",
    "SUCCESS",
}


def check_apply_trade_bill_bill_type(value: str) -> ApplyTradeBillBillType:
    if value in APPLY_TRADE_BILL_BILL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_TRADE_BILL_BILL_TYPE_VALUES!r}")
