# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MedicalInsuranceCashReduceCashReduceType = Literal[
    "DEFAULT_REDUCE_TYPE", "DEPOSIT_DEDUCTION", "DISCOUNT", "HOSPITAL_REDUCE", "PHARMACY_DISCOUNT", "PRE_PAYMENT"
]

MEDICAL_INSURANCE_CASH_REDUCE_CASH_REDUCE_TYPE_VALUES: set[MedicalInsuranceCashReduceCashReduceType] = {
    "DEFAULT_REDUCE_TYPE",
    "DEPOSIT_DEDUCTION",
    "DISCOUNT",
    "HOSPITAL_REDUCE",
    "PHARMACY_DISCOUNT",
    "PRE_PAYMENT",
}


def check_medical_insurance_cash_reduce_cash_reduce_type(value: str) -> MedicalInsuranceCashReduceCashReduceType:
    if value in MEDICAL_INSURANCE_CASH_REDUCE_CASH_REDUCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDICAL_INSURANCE_CASH_REDUCE_CASH_REDUCE_TYPE_VALUES!r}"
    )
