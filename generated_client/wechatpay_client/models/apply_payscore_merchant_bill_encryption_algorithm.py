# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ApplyPayscoreMerchantBillEncryptionAlgorithm = Literal["AEAD_AES_256_GCM"]

APPLY_PAYSCORE_MERCHANT_BILL_ENCRYPTION_ALGORITHM_VALUES: set[ApplyPayscoreMerchantBillEncryptionAlgorithm] = {
    "AEAD_AES_256_GCM",
}


def check_apply_payscore_merchant_bill_encryption_algorithm(value: str) -> ApplyPayscoreMerchantBillEncryptionAlgorithm:
    if value in APPLY_PAYSCORE_MERCHANT_BILL_ENCRYPTION_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PAYSCORE_MERCHANT_BILL_ENCRYPTION_ALGORITHM_VALUES!r}"
    )
