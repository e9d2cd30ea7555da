# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MedicalInsuranceOrderCreateRequestMixPayType = Literal["CASH_AND_INSURANCE", "CASH_ONLY", "INSURANCE_ONLY"]

MEDICAL_INSURANCE_ORDER_CREATE_REQUEST_MIX_PAY_TYPE_VALUES: set[MedicalInsuranceOrderCreateRequestMixPayType] = {
    "CASH_AND_INSURANCE",
    "CASH_ONLY",
    "INSURANCE_ONLY",
}


def check_medical_insurance_order_create_request_mix_pay_type(
    value: str,
) -> MedicalInsuranceOrderCreateRequestMixPayType:
    if value in MEDICAL_INSURANCE_ORDER_CREATE_REQUEST_MIX_PAY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDICAL_INSURANCE_ORDER_CREATE_REQUEST_MIX_PAY_TYPE_VALUES!r}"
    )
