# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryTransferBatchByOutBatchNoDetailStatus = Literal["ALL", "FAIL", "SUCCESS", "WAIT_PAY"]

QUERY_TRANSFER_BATCH_BY_OUT_BATCH_NO_DETAIL_STATUS_VALUES: set[QueryTransferBatchByOutBatchNoDetailStatus] = {
    "ALL",
    "FAIL",
    "SUCCESS",
    "WAIT_PAY",
}


def check_query_transfer_batch_by_out_batch_no_detail_status(value: str) -> QueryTransferBatchByOutBatchNoDetailStatus:
    if value in QUERY_TRANSFER_BATCH_BY_OUT_BATCH_NO_DETAIL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_TRANSFER_BATCH_BY_OUT_BATCH_NO_DETAIL_STATUS_VALUES!r}"
    )
