# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUpdateRequestPaymentPeriod = Literal[
    "PAYMENT_PERIOD_BIWEEKLY",
    "PAYMENT_PERIOD_DAY",
    "PAYMENT_PERIOD_HALF_YEAR",
    "PAYMENT_PERIOD_MONTH",
    "PAYMENT_PERIOD_QUARTER",
    "PAYMENT_PERIOD_WEEK",
    "PAYMENT_PERIOD_YEAR",
]

INSURANCE_POLICY_UPDATE_REQUEST_PAYMENT_PERIOD_VALUES: set[InsurancePolicyUpdateRequestPaymentPeriod] = {
    "PAYMENT_PERIOD_BIWEEKLY",
    "PAYMENT_PERIOD_DAY",
    "PAYMENT_PERIOD_HALF_YEAR",
    "PAYMENT_PERIOD_MONTH",
    "PAYMENT_PERIOD_QUARTER",
    "PAYMENT_PERIOD_WEEK",
    "PAYMENT_PERIOD_YEAR",
}


def check_insurance_policy_update_request_payment_period(value: str) -> InsurancePolicyUpdateRequestPaymentPeriod:
    if value in INSURANCE_POLICY_UPDATE_REQUEST_PAYMENT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPDATE_REQUEST_PAYMENT_PERIOD_VALUES!r}"
    )
