# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftPaymentMethodInfoPaymentMethod = Literal["CFT", "SPECIFIC_BANK_CARD"]

PAYGIFT_PAYMENT_METHOD_INFO_PAYMENT_METHOD_VALUES: set[PaygiftPaymentMethodInfoPaymentMethod] = {
    "CFT",
    "SPECIFIC_BANK_CARD",
}


def check_paygift_payment_method_info_payment_method(value: str) -> PaygiftPaymentMethodInfoPaymentMethod:
    if value in PAYGIFT_PAYMENT_METHOD_INFO_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYGIFT_PAYMENT_METHOD_INFO_PAYMENT_METHOD_VALUES!r}"
    )
