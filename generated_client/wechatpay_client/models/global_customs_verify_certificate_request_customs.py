# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalCustomsVerifyCertificateRequestCustoms = Literal[
    "CHONGQING",
    "GUANGZHOU_ZS",
    "HANGZHOU_ZS",
    "NINGBO",
    "SHANGHAI_ZS",
    "SHENZHEN",
    "TIANJIN",
    "ZHENGZHOU_BS",
    "ZHENGZHOU_ZH_ZS",
]

GLOBAL_CUSTOMS_VERIFY_CERTIFICATE_REQUEST_CUSTOMS_VALUES: set[GlobalCustomsVerifyCertificateRequestCustoms] = {
    "CHONGQING",
    "GUANGZHOU_ZS",
    "HANGZHOU_ZS",
    "NINGBO",
    "SHANGHAI_ZS",
    "SHENZHEN",
    "TIANJIN",
    "ZHENGZHOU_BS",
    "ZHENGZHOU_ZH_ZS",
}


def check_global_customs_verify_certificate_request_customs(value: str) -> GlobalCustomsVerifyCertificateRequestCustoms:
    if value in GLOBAL_CUSTOMS_VERIFY_CERTIFICATE_REQUEST_CUSTOMS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_CUSTOMS_VERIFY_CERTIFICATE_REQUEST_CUSTOMS_VALUES!r}"
    )
