# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

CreditPayInstalExposureRequestUserIdType = Literal[
    "OPENID", "PHONE_NO", "SP_OPENID", "SUB_OPENID", "UNKNOWN_USER_ID_TYPE"
]

CREDIT_PAY_INSTAL_EXPOSURE_REQUEST_USER_ID_TYPE_VALUES: set[CreditPayInstalExposureRequestUserIdType] = {
    "OPENID",
    "PHONE_NO",
    "SP_OPENID",
    "SUB_OPENID",
    "UNKNOWN_USER_ID_TYPE",
}


def check_credit_pay_instal_exposure_request_user_id_type(value: str) -> CreditPayInstalExposureRequestUserIdType:
    if value in CREDIT_PAY_INSTAL_EXPOSURE_REQUEST_USER_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDIT_PAY_INSTAL_EXPOSURE_REQUEST_USER_ID_TYPE_VALUES!r}"
    )
