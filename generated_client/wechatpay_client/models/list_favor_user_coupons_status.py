# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListFavorUserCouponsStatus = Literal["SENDED", "USED"]

LIST_FAVOR_USER_COUPONS_STATUS_VALUES: set[ListFavorUserCouponsStatus] = {
    "SENDED",
    "USED",
}


def check_list_favor_user_coupons_status(value: str) -> ListFavorUserCouponsStatus:
    if value in LIST_FAVOR_USER_COUPONS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FAVOR_USER_COUPONS_STATUS_VALUES!r}")
