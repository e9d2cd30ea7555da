# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MedicalInsurancePersonCardType = Literal[
    "FOREIGN_PERMANENT_RESIDENT",
    "FOREIGNER_PASSPORT",
    "HOUSEHOLD_REGISTRATION",
    "ID_CARD",
    "MAINLAND_TRAVEL_PERMIT_FOR_HK",
    "MAINLAND_TRAVEL_PERMIT_FOR_MO",
    "MAINLAND_TRAVEL_PERMIT_FOR_TW",
    "UNKNOWN_USER_CARD_TYPE",
]

MEDICAL_INSURANCE_PERSON_CARD_TYPE_VALUES: set[MedicalInsurancePersonCardType] = {
    "FOREIGN_PERMANENT_RESIDENT",
    "FOREIGNER_PASSPORT",
    "HOUSEHOLD_REGISTRATION",
    "ID_CARD",
    "MAINLAND_TRAVEL_PERMIT_FOR_HK",
    "MAINLAND_TRAVEL_PERMIT_FOR_MO",
    "MAINLAND_TRAVEL_PERMIT_FOR_TW",
    "UNKNOWN_USER_CARD_TYPE",
}


def check_medical_insurance_person_card_type(value: str) -> MedicalInsurancePersonCardType:
    if value in MEDICAL_INSURANCE_PERSON_CARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDICAL_INSURANCE_PERSON_CARD_TYPE_VALUES!r}")
