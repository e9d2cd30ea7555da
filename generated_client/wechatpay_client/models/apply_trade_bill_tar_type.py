# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyTradeBillTarType = Literal["GZIP"]

APPLY_TRADE_BILL_TAR_TYPE_VALUES: set[ApplyTradeBillTarType] = {
    "GZIP",
}


def check_apply_trade_bill_tar_type(value: str) -> ApplyTradeBillTarType:
    if value in APPLY_TRADE_BILL_TAR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_TRADE_BILL_TAR_TYPE_VALUES!r}")
