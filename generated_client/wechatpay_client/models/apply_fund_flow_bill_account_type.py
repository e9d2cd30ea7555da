# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyFundFlowBillAccountType = Literal["BASIC", "FEES", "OPERATION"]

APPLY_FUND_FLOW_BILL_ACCOUNT_TYPE_VALUES: set[ApplyFundFlowBillAccountType] = {
    "BASIC",
    "FEES",
    "OPERATION",
}


def check_apply_fund_flow_bill_account_type(value: str) -> ApplyFundFlowBillAccountType:
    if value in APPLY_FUND_FLOW_BILL_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_FUND_FLOW_BILL_ACCOUNT_TYPE_VALUES!r}")
