# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoCardBuyerInformationFapiaoBillType = Literal["COMM_FAPIAO", "VAT_FAPIAO"]

FAPIAO_CARD_BUYER_INFORMATION_FAPIAO_BILL_TYPE_VALUES: set[FapiaoCardBuyerInformationFapiaoBillType] = {
    "COMM_FAPIAO",
    "VAT_FAPIAO",
}


def check_fapiao_card_buyer_information_fapiao_bill_type(value: str) -> FapiaoCardBuyerInformationFapiaoBillType:
    if value in FAPIAO_CARD_BUYER_INFORMATION_FAPIAO_BILL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAPIAO_CARD_BUYER_INFORMATION_FAPIAO_BILL_TYPE_VALUES!r}"
    )
