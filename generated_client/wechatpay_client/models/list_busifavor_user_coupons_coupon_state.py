# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListBusifavorUserCouponsCouponState = Literal["DEACTIVATED", "DELETED", "EXPIRED", "SENDED", "USED"]

LIST_BUSIFAVOR_USER_COUPONS_COUPON_STATE_VALUES: set[ListBusifavorUserCouponsCouponState] = {
    "DEACTIVATED",
    "DELETED",
    "EXPIRED",
    "SENDED",
    "USED",
}


def check_list_busifavor_user_coupons_coupon_state(value: str) -> ListBusifavorUserCouponsCouponState:
    if value in LIST_BUSIFAVOR_USER_COUPONS_COUPON_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSIFAVOR_USER_COUPONS_COUPON_STATE_VALUES!r}")
