# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MarketingPartnershipAuthorizedDataBusinessType = Literal["BUSIFAVOR_STOCK", "FAVOR_STOCK"]

MARKETING_PARTNERSHIP_AUTHORIZED_DATA_BUSINESS_TYPE_VALUES: set[MarketingPartnershipAuthorizedDataBusinessType] = {
    "BUSIFAVOR_STOCK",
    "FAVOR_STOCK",
}


def check_marketing_partnership_authorized_data_business_type(
    value: str,
) -> MarketingPartnershipAuthorizedDataBusinessType:
    if value in MARKETING_PARTNERSHIP_AUTHORIZED_DATA_BUSINESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARKETING_PARTNERSHIP_AUTHORIZED_DATA_BUSINESS_TYPE_VALUES!r}"
    )
