# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUpdateRequestCoverageTermType = Literal["COVERAGE_TERM_TYPE_FIXED_DATE", "COVERAGE_TERM_TYPE_LIFETIME"]

INSURANCE_POLICY_UPDATE_REQUEST_COVERAGE_TERM_TYPE_VALUES: set[InsurancePolicyUpdateRequestCoverageTermType] = {
    "COVERAGE_TERM_TYPE_FIXED_DATE",
    "COVERAGE_TERM_TYPE_LIFETIME",
}


def check_insurance_policy_update_request_coverage_term_type(
    value: str,
) -> InsurancePolicyUpdateRequestCoverageTermType:
    if value in INSURANCE_POLICY_UPDATE_REQUEST_COVERAGE_TERM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPDATE_REQUEST_COVERAGE_TERM_TYPE_VALUES!r}"
    )
