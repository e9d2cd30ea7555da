# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MultiuseCouponSendRequestCardType = Literal["ID_CARD"]

MULTIUSE_COUPON_SEND_REQUEST_CARD_TYPE_VALUES: set[MultiuseCouponSendRequestCardType] = {
    "ID_CARD",
}


def check_multiuse_coupon_send_request_card_type(value: str) -> MultiuseCouponSendRequestCardType:
    if value in MULTIUSE_COUPON_SEND_REQUEST_CARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTIUSE_COUPON_SEND_REQUEST_CARD_TYPE_VALUES!r}")
