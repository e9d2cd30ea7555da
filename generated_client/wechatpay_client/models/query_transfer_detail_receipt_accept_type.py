# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryTransferDetailReceiptAcceptType = Literal["BATCH_TRANSFER", "TRANSFER_TO_BANK", "TRANSFER_TO_POCKET"]

QUERY_TRANSFER_DETAIL_RECEIPT_ACCEPT_TYPE_VALUES: set[QueryTransferDetailReceiptAcceptType] = {
    "BATCH_TRANSFER",
    "TRANSFER_TO_BANK",
    "TRANSFER_TO_POCKET",
}


def check_query_transfer_detail_receipt_accept_type(value: str) -> QueryTransferDetailReceiptAcceptType:
    if value in QUERY_TRANSFER_DETAIL_RECEIPT_ACCEPT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_TRANSFER_DETAIL_RECEIPT_ACCEPT_TYPE_VALUES!r}")
