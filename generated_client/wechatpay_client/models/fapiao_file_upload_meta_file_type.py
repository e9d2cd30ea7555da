# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

FapiaoFileUploadMetaFileType = Literal["OFD", "PDF"]

FAPIAO_FILE_UPLOAD_META_FILE_TYPE_VALUES: set[FapiaoFileUploadMetaFileType] = {
    "OFD",
    "PDF",
}


def check_fapiao_file_upload_meta_file_type(value: str) -> FapiaoFileUploadMetaFileType:
    if value in FAPIAO_FILE_UPLOAD_META_FILE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAPIAO_FILE_UPLOAD_META_FILE_TYPE_VALUES!r}")
