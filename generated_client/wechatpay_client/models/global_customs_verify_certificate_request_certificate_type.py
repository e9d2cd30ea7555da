# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

GlobalCustomsVerifyCertificateRequestCertificateType = Literal["IDCARD"]

GLOBAL_CUSTOMS_VERIFY_CERTIFICATE_REQUEST_CERTIFICATE_TYPE_VALUES: set[
    GlobalCustomsVerifyCertificateRequestCertificateType
] = {
    "IDCARD",
}


def check_global_customs_verify_certificate_request_certificate_type(
    value: str,
) -> GlobalCustomsVerifyCertificateRequestCertificateType:
    if value in GLOBAL_CUSTOMS_VERIFY_CERTIFICATE_REQUEST_CERTIFICATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLOBAL_CUSTOMS_VERIFY_CERTIFICATE_REQUEST_CERTIFICATE_TYPE_VALUES!r}"
    )
