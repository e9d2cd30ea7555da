# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

TransferDetailReceiptApplyRequestAcceptType = Literal["BATCH_TRANSFER", "TRANSFER_TO_BANK", "TRANSFER_TO_POCKET"]

TRANSFER_DETAIL_RECEIPT_APPLY_REQUEST_ACCEPT_TYPE_VALUES: set[TransferDetailReceiptApplyRequestAcceptType] = {
    "BATCH_TRANSFER",
    "TRANSFER_TO_BANK",
    "TRANSFER_TO_POCKET",
}


def check_transfer_detail_receipt_apply_request_accept_type(value: str) -> TransferDetailReceiptApplyRequestAcceptType:
    if value in TRANSFER_DETAIL_RECEIPT_APPLY_REQUEST_ACCEPT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_DETAIL_RECEIPT_APPLY_REQUEST_ACCEPT_TYPE_VALUES!r}"
    )
