# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUpdateRequestPeriodPremiumMode = Literal[
    "PERIOD_PREMIUM_MODE_EQUAL", "PERIOD_PREMIUM_MODE_FIRST_DIFF", "PERIOD_PREMIUM_MODE_MULTI_DIFF"
]

INSURANCE_POLICY_UPDATE_REQUEST_PERIOD_PREMIUM_MODE_VALUES: set[InsurancePolicyUpdateRequestPeriodPremiumMode] = {
    "PERIOD_PREMIUM_MODE_EQUAL",
    "PERIOD_PREMIUM_MODE_FIRST_DIFF",
    "PERIOD_PREMIUM_MODE_MULTI_DIFF",
}


def check_insurance_policy_update_request_period_premium_mode(
    value: str,
) -> InsurancePolicyUpdateRequestPeriodPremiumMode:
    if value in INSURANCE_POLICY_UPDATE_REQUEST_PERIOD_PREMIUM_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPDATE_REQUEST_PERIOD_PREMIUM_MODE_VALUES!r}"
    )
