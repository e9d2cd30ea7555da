# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CombinePayerIdentityType = Literal[
    "FOREIGN_RESIDENT",
    "HONGKONG_MACAO",
    "HONGKONG_MACAO_RESIDENT",
    "IDCARD",
    "OVERSEA_PASSPORT",
    "PHONE_NUMBER",
    "TAIWAN_RESIDENT",
]

COMBINE_PAYER_IDENTITY_TYPE_VALUES: set[CombinePayerIdentityType] = {
    "FOREIGN_RESIDENT",
    "HONGKONG_MACAO",
    "HONGKONG_MACAO_RESIDENT",
    "IDCARD",
    "OVERSEA_PASSPORT",
    "PHONE_NUMBER",
    "TAIWAN_RESIDENT",
}


def check_combine_payer_identity_type(value: str) -> CombinePayerIdentityType:
    if value in COMBINE_PAYER_IDENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMBINE_PAYER_IDENTITY_TYPE_VALUES!r}")
