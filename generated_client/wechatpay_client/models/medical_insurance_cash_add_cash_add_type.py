# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MedicalInsuranceCashAddCashAddType = Literal["DEFAULT_ADD_TYPE", "FREIGHT", "OTHER_MEDICAL_EXPENSES"]

MEDICAL_INSURANCE_CASH_ADD_CASH_ADD_TYPE_VALUES: set[MedicalInsuranceCashAddCashAddType] = {
    "DEFAULT_ADD_TYPE",
    "FREIGHT",
    "OTHER_MEDICAL_EXPENSES",
}


def check_medical_insurance_cash_add_cash_add_type(value: str) -> MedicalInsuranceCashAddCashAddType:
    if value in MEDICAL_INSURANCE_CASH_ADD_CASH_ADD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICAL_INSURANCE_CASH_ADD_CASH_ADD_TYPE_VALUES!r}")
