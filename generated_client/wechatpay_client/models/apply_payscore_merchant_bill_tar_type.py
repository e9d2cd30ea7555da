# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyPayscoreMerchantBillTarType = Literal["GZIP"]

APPLY_PAYSCORE_MERCHANT_BILL_TAR_TYPE_VALUES: set[ApplyPayscoreMerchantBillTarType] = {
    "GZIP",
}


def check_apply_payscore_merchant_bill_tar_type(value: str) -> ApplyPayscoreMerchantBillTarType:
    if value in APPLY_PAYSCORE_MERCHANT_BILL_TAR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_PAYSCORE_MERCHANT_BILL_TAR_TYPE_VALUES!r}")
