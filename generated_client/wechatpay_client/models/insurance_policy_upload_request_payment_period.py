# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUploadRequestPaymentPeriod = Literal[
    "PAYMENT_PERIOD_BIWEEKLY",
    "PAYMENT_PERIOD_DAY",
    "PAYMENT_PERIOD_HALF_YEAR",
    "PAYMENT_PERIOD_MONTH",
    "PAYMENT_PERIOD_QUARTER",
    "PAYMENT_PERIOD_WEEK",
    "PAYMENT_PERIOD_YEAR",
]

INSURANCE_POLICY_UPLOAD_REQUEST_PAYMENT_PERIOD_VALUES: set[InsurancePolicyUploadRequestPaymentPeriod] = {
    "PAYMENT_PERIOD_BIWEEKLY",
    "PAYMENT_PERIOD_DAY",
    "PAYMENT_PERIOD_HALF_YEAR",
    "PAYMENT_PERIOD_MONTH",
    "PAYMENT_PERIOD_QUARTER",
    "PAYMENT_PERIOD_WEEK",
    "PAYMENT_PERIOD_YEAR",
}


def check_insurance_policy_upload_request_payment_period(value: str) -> InsurancePolicyUploadRequestPaymentPeriod:
    if value in INSURANCE_POLICY_UPLOAD_REQUEST_PAYMENT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPLOAD_REQUEST_PAYMENT_PERIOD_VALUES!r}"
    )
