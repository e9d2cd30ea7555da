# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

DownloadCertificatesAlgorithmType = Literal["ALL", "RSA", "SM2"]

DOWNLOAD_CERTIFICATES_ALGORITHM_TYPE_VALUES: set[DownloadCertificatesAlgorithmType] = {
    "ALL",
    "RSA",
    "SM2",
}


def check_download_certificates_algorithm_type(value: str) -> DownloadCertificatesAlgorithmType:
    if value in DOWNLOAD_CERTIFICATES_ALGORITHM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOWNLOAD_CERTIFICATES_ALGORITHM_TYPE_VALUES!r}")
