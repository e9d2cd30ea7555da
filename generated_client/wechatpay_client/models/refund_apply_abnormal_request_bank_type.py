# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RefundApplyAbnormalRequestBankType = Literal[
    "ABC_DEBIT",
    "BOC_DEBIT",
    "CCB_DEBIT",
    "CEB_DEBIT",
    "CIB_DEBIT",
    "CITIC_DEBIT",
    "CMB_DEBIT",
    "CMBC_DEBIT",
    "COMM_DEBIT",
    "GDB_DEBIT",
    "ICBC_DEBIT",
    "NBCB_DEBIT",
    "PAB_DEBIT",
    "PSBC_DEBIT",
    "SPDB_DEBIT",
]

REFUND_APPLY_ABNORMAL_REQUEST_BANK_TYPE_VALUES: set[RefundApplyAbnormalRequestBankType] = {
    "ABC_DEBIT",
    "BOC_DEBIT",
    "CCB_DEBIT",
    "CEB_DEBIT",
    "CIB_DEBIT",
    "CITIC_DEBIT",
    "CMB_DEBIT",
    "CMBC_DEBIT",
    "COMM_DEBIT",
    "GDB_DEBIT",
    "ICBC_DEBIT",
    "NBCB_DEBIT",
    "PAB_DEBIT",
    "PSBC_DEBIT",
    "SPDB_DEBIT",
}


def check_refund_apply_abnormal_request_bank_type(value: str) -> RefundApplyAbnormalRequestBankType:
    if value in REFUND_APPLY_ABNORMAL_REQUEST_BANK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUND_APPLY_ABNORMAL_REQUEST_BANK_TYPE_VALUES!r}")
