# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintRefundProgressRequestAction = Literal["APPROVE", "REJECT"]

COMPLAINT_REFUND_PROGRESS_REQUEST_ACTION_VALUES: set[ComplaintRefundProgressRequestAction] = {
    "APPROVE",
    "REJECT",
}


def check_complaint_refund_progress_request_action(value: str) -> ComplaintRefundProgressRequestAction:
    if value in COMPLAINT_REFUND_PROGRESS_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLAINT_REFUND_PROGRESS_REQUEST_ACTION_VALUES!r}")
