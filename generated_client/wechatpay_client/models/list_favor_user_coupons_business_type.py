# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListFavorUserCouponsBusinessType = Literal["MULTIUSE"]

LIST_FAVOR_USER_COUPONS_BUSINESS_TYPE_VALUES: set[ListFavorUserCouponsBusinessType] = {
    "MULTIUSE",
}


def check_list_favor_user_coupons_business_type(value: str) -> ListFavorUserCouponsBusinessType:
    if value in LIST_FAVOR_USER_COUPONS_BUSINESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FAVOR_USER_COUPONS_BUSINESS_TYPE_VALUES!r}")
