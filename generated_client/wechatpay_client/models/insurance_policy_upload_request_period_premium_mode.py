# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUploadRequestPeriodPremiumMode = Literal[
    "PERIOD_PREMIUM_MODE_EQUAL", "PERIOD_PREMIUM_MODE_FIRST_DIFF", "PERIOD_PREMIUM_MODE_MULTI_DIFF"
]

INSURANCE_POLICY_UPLOAD_REQUEST_PERIOD_PREMIUM_MODE_VALUES: set[InsurancePolicyUploadRequestPeriodPremiumMode] = {
    "PERIOD_PREMIUM_MODE_EQUAL",
    "PERIOD_PREMIUM_MODE_FIRST_DIFF",
    "PERIOD_PREMIUM_MODE_MULTI_DIFF",
}


def check_insurance_policy_upload_request_period_premium_mode(
    value: str,
) -> InsurancePolicyUploadRequestPeriodPremiumMode:
    if value in INSURANCE_POLICY_UPLOAD_REQUEST_PERIOD_PREMIUM_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPLOAD_REQUEST_PERIOD_PREMIUM_MODE_VALUES!r}"
    )
