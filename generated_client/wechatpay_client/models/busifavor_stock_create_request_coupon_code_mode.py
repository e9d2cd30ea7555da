# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusifavorStockCreateRequestCouponCodeMode = Literal["MERCHANT_API", "MERCHANT_UPLOAD", "WECHATPAY_MODE"]

BUSIFAVOR_STOCK_CREATE_REQUEST_COUPON_CODE_MODE_VALUES: set[BusifavorStockCreateRequestCouponCodeMode] = {
    "MERCHANT_API",
    "MERCHANT_UPLOAD",
    "WECHATPAY_MODE",
}


def check_busifavor_stock_create_request_coupon_code_mode(value: str) -> BusifavorStockCreateRequestCouponCodeMode:
    if value in BUSIFAVOR_STOCK_CREATE_REQUEST_COUPON_CODE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSIFAVOR_STOCK_CREATE_REQUEST_COUPON_CODE_MODE_VALUES!r}"
    )
