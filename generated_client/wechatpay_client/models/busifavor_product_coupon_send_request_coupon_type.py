# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorProductCouponSendRequestCouponType = Literal["MEMBER", "NORMAL"]

BUSIFAVOR_PRODUCT_COUPON_SEND_REQUEST_COUPON_TYPE_VALUES: set[BusifavorProductCouponSendRequestCouponType] = {
    "MEMBER",
    "NORMAL",
}


def check_busifavor_product_coupon_send_request_coupon_type(value: str) -> BusifavorProductCouponSendRequestCouponType:
    if value in BUSIFAVOR_PRODUCT_COUPON_SEND_REQUEST_COUPON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_PRODUCT_COUPON_SEND_REQUEST_COUPON_TYPE_VALUES!r}"
    )
