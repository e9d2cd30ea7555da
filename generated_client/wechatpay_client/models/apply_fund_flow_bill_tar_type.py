# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyFundFlowBillTarType = Literal["GZIP"]

APPLY_FUND_FLOW_BILL_TAR_TYPE_VALUES: set[ApplyFundFlowBillTarType] = {
    "GZIP",
}


def check_apply_fund_flow_bill_tar_type(value: str) -> ApplyFundFlowBillTarType:
    if value in APPLY_FUND_FLOW_BILL_TAR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_FUND_FLOW_BILL_TAR_TYPE_VALUES!r}")
