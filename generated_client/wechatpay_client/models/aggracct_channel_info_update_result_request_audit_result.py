# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelInfoUpdateResultRequestAuditResult = Literal["PASS", "REJECT"]

AGGRACCT_CHANNEL_INFO_UPDATE_RESULT_REQUEST_AUDIT_RESULT_VALUES: set[
    AggracctChannelInfoUpdateResultRequestAuditResult
] = {
    "PASS",
    "REJECT",
}


def check_aggracct_channel_info_update_result_request_audit_result(
    value: str,
) -> AggracctChannelInfoUpdateResultRequestAuditResult:
    if value in AGGRACCT_CHANNEL_INFO_UPDATE_RESULT_REQUEST_AUDIT_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_INFO_UPDATE_RESULT_REQUEST_AUDIT_RESULT_VALUES!r}"
    )
