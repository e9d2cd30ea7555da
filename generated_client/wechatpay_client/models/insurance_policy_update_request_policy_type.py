# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUpdateRequestPolicyType = Literal[
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

INSURANCE_POLICY_UPDATE_REQUEST_POLICY_TYPE_VALUES: set[InsurancePolicyUpdateRequestPolicyType] = {
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


def check_insurance_policy_update_request_policy_type(value: str) -> InsurancePolicyUpdateRequestPolicyType:
    if value in INSURANCE_POLICY_UPDATE_REQUEST_POLICY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPDATE_REQUEST_POLICY_TYPE_VALUES!r}"
    )
