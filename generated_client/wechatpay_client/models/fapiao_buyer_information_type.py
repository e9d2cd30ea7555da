# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoBuyerInformationType = Literal["INDIVIDUAL", "ORGANIZATION"]

FAPIAO_BUYER_INFORMATION_TYPE_VALUES: set[FapiaoBuyerInformationType] = {
    "INDIVIDUAL",
    "ORGANIZATION",
}


def check_fapiao_buyer_information_type(value: str) -> FapiaoBuyerInformationType:
    if value in FAPIAO_BUYER_INFORMATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_BUYER_INFORMATION_TYPE_VALUES!r}")
