# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUploadRequestPolicyType = Literal[
    "POLICY_TYPE_ACCIDENT",
    "POLICY_TYPE_ANNUITY",
    "POLICY_TYPE_CAR",
    "POLICY_TYPE_CRITICAL",
    "POLICY_TYPE_LIFE",
    "POLICY_TYPE_MEDICAL",
    "POLICY_TYPE_OTHER",
    "POLICY_TYPE_PET",
    "POLICY_TYPE_PROPERTY",
]

INSURANCE_POLICY_UPLOAD_REQUEST_POLICY_TYPE_VALUES: set[InsurancePolicyUploadRequestPolicyType] = {
    "POLICY_TYPE_ACCIDENT",
    "POLICY_TYPE_ANNUITY",
    "POLICY_TYPE_CAR",
    "POLICY_TYPE_CRITICAL",
    "POLICY_TYPE_LIFE",
    "POLICY_TYPE_MEDICAL",
    "POLICY_TYPE_OTHER",
    "POLICY_TYPE_PET",
    "POLICY_TYPE_PROPERTY",
}


def check_insurance_policy_upload_request_policy_type(value: str) -> InsurancePolicyUploadRequestPolicyType:
    if value in INSURANCE_POLICY_UPLOAD_REQUEST_POLICY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPLOAD_REQUEST_POLICY_TYPE_VALUES!r}"
    )
