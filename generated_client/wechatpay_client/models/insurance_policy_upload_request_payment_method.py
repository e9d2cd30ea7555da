# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsurancePolicyUploadRequestPaymentMethod = Literal[
    "PAYMENT_METHOD_LUMP_SUM", "PAYMENT_METHOD_OTHER", "PAYMENT_METHOD_PERIOD"
]

INSURANCE_POLICY_UPLOAD_REQUEST_PAYMENT_METHOD_VALUES: set[InsurancePolicyUploadRequestPaymentMethod] = {
    "PAYMENT_METHOD_LUMP_SUM",
    "PAYMENT_METHOD_OTHER",
    "PAYMENT_METHOD_PERIOD",
}


def check_insurance_policy_upload_request_payment_method(value: str) -> InsurancePolicyUploadRequestPaymentMethod:
    if value in INSURANCE_POLICY_UPLOAD_REQUEST_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSURANCE_POLICY_UPLOAD_REQUEST_PAYMENT_METHOD_VALUES!r}"
    )
