# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PayPayerIdentityType = Literal[
    "FOREIGN_RESIDENT",
    "HONGKONG_MACAO",
    "HONGKONG_MACAO_RESIDENT",
    "IDCARD",
    "OVERSEA_PASSPORT",
    "PHONE_NUMBER",
    "TAIWAN_RESIDENT",
]

PAY_PAYER_IDENTITY_TYPE_VALUES: set[PayPayerIdentityType] = {
    "FOREIGN_RESIDENT",
    "HONGKONG_MACAO",
    "HONGKONG_MACAO_RESIDENT",
    "IDCARD",
    "OVERSEA_PASSPORT",
    "PHONE_NUMBER",
    "TAIWAN_RESIDENT",
}


def check_pay_payer_identity_type(value: str) -> PayPayerIdentityType:
    if value in PAY_PAYER_IDENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAY_PAYER_IDENTITY_TYPE_VALUES!r}")
