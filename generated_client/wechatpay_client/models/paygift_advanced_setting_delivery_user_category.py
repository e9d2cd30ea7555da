# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftAdvancedSettingDeliveryUserCategory = Literal["DELIVERY_ALL_PERSON", "DELIVERY_MEMBER_PERSON"]

PAYGIFT_ADVANCED_SETTING_DELIVERY_USER_CATEGORY_VALUES: set[PaygiftAdvancedSettingDeliveryUserCategory] = {
    "DELIVERY_ALL_PERSON",
    "DELIVERY_MEMBER_PERSON",
}


def check_paygift_advanced_setting_delivery_user_category(value: str) -> PaygiftAdvancedSettingDeliveryUserCategory:
    if value in PAYGIFT_ADVANCED_SETTING_DELIVERY_USER_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYGIFT_ADVANCED_SETTING_DELIVERY_USER_CATEGORY_VALUES!r}"
    )
