# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListBusifavorCouponCodesStatus = Literal["AVAILABLE", "DISPATCHED"]

LIST_BUSIFAVOR_COUPON_CODES_STATUS_VALUES: set[ListBusifavorCouponCodesStatus] = {
    "AVAILABLE",
    "DISPATCHED",
}


def check_list_busifavor_coupon_codes_status(value: str) -> ListBusifavorCouponCodesStatus:
    if value in LIST_BUSIFAVOR_COUPON_CODES_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSIFAVOR_COUPON_CODES_STATUS_VALUES!r}")
