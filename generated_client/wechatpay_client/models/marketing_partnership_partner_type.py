# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MarketingPartnershipPartnerType = Literal["APPID", "MERCHANT"]

MARKETING_PARTNERSHIP_PARTNER_TYPE_VALUES: set[MarketingPartnershipPartnerType] = {
    "APPID",
    "MERCHANT",
}


def check_marketing_partnership_partner_type(value: str) -> MarketingPartnershipPartnerType:
    if value in MARKETING_PARTNERSHIP_PARTNER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKETING_PARTNERSHIP_PARTNER_TYPE_VALUES!r}")
