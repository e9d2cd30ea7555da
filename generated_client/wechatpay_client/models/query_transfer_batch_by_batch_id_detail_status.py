# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryTransferBatchByBatchIdDetailStatus = Literal["ALL", "FAIL", "SUCCESS", "WAIT_PAY"]

QUERY_TRANSFER_BATCH_BY_BATCH_ID_DETAIL_STATUS_VALUES: set[QueryTransferBatchByBatchIdDetailStatus] = {
    "ALL",
    "FAIL",
    "SUCCESS",
    "WAIT_PAY",
}


def check_query_transfer_batch_by_batch_id_detail_status(value: str) -> QueryTransferBatchByBatchIdDetailStatus:
    if value in QUERY_TRANSFER_BATCH_BY_BATCH_ID_DETAIL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_TRANSFER_BATCH_BY_BATCH_ID_DETAIL_STATUS_VALUES!r}"
    )
