# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardFavorRightsMemberPriceTitle = Literal["MEMBER_ACTIVITY", "MEMBER_PRICE"]

MEMBERCARD_FAVOR_RIGHTS_MEMBER_PRICE_TITLE_VALUES: set[MembercardFavorRightsMemberPriceTitle] = {
    "MEMBER_ACTIVITY",
    "MEMBER_PRICE",
}


def check_membercard_favor_rights_member_price_title(value: str) -> MembercardFavorRightsMemberPriceTitle:
    if value in MEMBERCARD_FAVOR_RIGHTS_MEMBER_PRICE_TITLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERCARD_FAVOR_RIGHTS_MEMBER_PRICE_TITLE_VALUES!r}"
    )
