# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

InsuranceRealIdentityIdentityType = Literal["ID_CARD"]

INSURANCE_REAL_IDENTITY_IDENTITY_TYPE_VALUES: set[InsuranceRealIdentityIdentityType] = {
    "ID_CARD",
}


def check_insurance_real_identity_identity_type(value: str) -> InsuranceRealIdentityIdentityType:
    if value in INSURANCE_REAL_IDENTITY_IDENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSURANCE_REAL_IDENTITY_IDENTITY_TYPE_VALUES!r}")
