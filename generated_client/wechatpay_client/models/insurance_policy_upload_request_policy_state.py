# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUploadRequestPolicyState = Literal[
    "POLICY_STATE_APPROVED", "POLICY_STATE_DECLINED", "POLICY_STATE_INACTIVE", "POLICY_STATE_ISSUING"
]

INSURANCE_POLICY_UPLOAD_REQUEST_POLICY_STATE_VALUES: set[InsurancePolicyUploadRequestPolicyState] = {
    "POLICY_STATE_APPROVED",
    "POLICY_STATE_DECLINED",
    "POLICY_STATE_INACTIVE",
    "POLICY_STATE_ISSUING",
}


def check_insurance_policy_upload_request_policy_state(value: str) -> InsurancePolicyUploadRequestPolicyState:
    if value in INSURANCE_POLICY_UPLOAD_REQUEST_POLICY_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPLOAD_REQUEST_POLICY_STATE_VALUES!r}"
    )
