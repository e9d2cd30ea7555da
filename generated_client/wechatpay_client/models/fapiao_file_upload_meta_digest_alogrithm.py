# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoFileUploadMetaDigestAlogrithm = Literal["SM3"]

FAPIAO_FILE_UPLOAD_META_DIGEST_ALOGRITHM_VALUES: set[FapiaoFileUploadMetaDigestAlogrithm] = {
    "SM3",
}


def check_fapiao_file_upload_meta_digest_alogrithm(value: str) -> FapiaoFileUploadMetaDigestAlogrithm:
    if value in FAPIAO_FILE_UPLOAD_META_DIGEST_ALOGRITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_FILE_UPLOAD_META_DIGEST_ALOGRITHM_VALUES!r}")
