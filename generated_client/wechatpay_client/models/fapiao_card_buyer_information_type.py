# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoCardBuyerInformationType = Literal["INDIVIDUAL", "ORGANIZATION"]

FAPIAO_CARD_BUYER_INFORMATION_TYPE_VALUES: set[FapiaoCardBuyerInformationType] = {
    "INDIVIDUAL",
    "ORGANIZATION",
}


def check_fapiao_card_buyer_information_type(value: str) -> FapiaoCardBuyerInformationType:
    if value in FAPIAO_CARD_BUYER_INFORMATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_CARD_BUYER_INFORMATION_TYPE_VALUES!r}")
