# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUpdateRequestPaymentMethod = Literal[
    "PAYMENT_METHOD_LUMP_SUM", "PAYMENT_METHOD_OTHER", "PAYMENT_METHOD_PERIOD"
]

INSURANCE_POLICY_UPDATE_REQUEST_PAYMENT_METHOD_VALUES: set[InsurancePolicyUpdateRequestPaymentMethod] = {
    "PAYMENT_METHOD_LUMP_SUM",
    "PAYMENT_METHOD_OTHER",
    "PAYMENT_METHOD_PERIOD",
}


def check_insurance_policy_update_request_payment_method(value: str) -> InsurancePolicyUpdateRequestPaymentMethod:
    if value in INSURANCE_POLICY_UPDATE_REQUEST_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPDATE_REQUEST_PAYMENT_METHOD_VALUES!r}"
    )
