# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyProfitsharingBillTarType = Literal["GZIP"]

APPLY_PROFITSHARING_BILL_TAR_TYPE_VALUES: set[ApplyProfitsharingBillTarType] = {
    "GZIP",
}


def check_apply_profitsharing_bill_tar_type(value: str) -> ApplyProfitsharingBillTarType:
    if value in APPLY_PROFITSHARING_BILL_TAR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_PROFITSHARING_BILL_TAR_TYPE_VALUES!r}")
