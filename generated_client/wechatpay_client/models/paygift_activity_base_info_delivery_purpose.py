# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftActivityBaseInfoDeliveryPurpose = Literal["JUMP_MINI_APP", "OFF_LINE_PAY"]

PAYGIFT_ACTIVITY_BASE_INFO_DELIVERY_PURPOSE_VALUES: set[PaygiftActivityBaseInfoDeliveryPurpose] = {
    "JUMP_MINI_APP",
    "OFF_LINE_PAY",
}


def check_paygift_activity_base_info_delivery_purpose(value: str) -> PaygiftActivityBaseInfoDeliveryPurpose:
    if value in PAYGIFT_ACTIVITY_BASE_INFO_DELIVERY_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYGIFT_ACTIVITY_BASE_INFO_DELIVERY_PURPOSE_VALUES!r}"
    )
