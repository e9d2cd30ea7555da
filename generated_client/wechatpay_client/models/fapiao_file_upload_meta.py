# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fapiao_file_upload_meta_digest_alogrithm import (
    FapiaoFileUploadMetaDigestAlogrithm,
    check_fapiao_file_upload_meta_digest_alogrithm,
)
from ..models.fapiao_file_upload_meta_file_type import (
    FapiaoFileUploadMetaFileType,
    check_fapiao_file_upload_meta_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoFileUploadMeta")


@_attrs_define
class FapiaoFileUploadMeta:
    """电子发票文件元信息 — the `meta` part of a fapiao file upload."""

    file_type: FapiaoFileUploadMetaFileType
    """ 文件类型 — `PDF` or `OFD`. """
    digest_alogrithm: FapiaoFileUploadMetaDigestAlogrithm
    """ 文件摘要算法 — `SM3`. The key is spelled `digest_alogrithm` by WeChat Pay and must be
    sent with that spelling.
     """
    digest: str
    """ 文件摘要 — hexadecimal SM3 digest of the file bytes (64 characters). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_type: str = self.file_type

        digest_alogrithm: str = self.digest_alogrithm

        digest = self.digest

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_type": file_type,
                "digest_alogrithm": digest_alogrithm,
                "digest": digest,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_type = check_fapiao_file_upload_meta_file_type(d.pop("file_type"))

        digest_alogrithm = check_fapiao_file_upload_meta_digest_alogrithm(d.pop("digest_alogrithm"))

        digest = d.pop("digest")

        sub_mchid = d.pop("sub_mchid", UNSET)

        fapiao_file_upload_meta = cls(
            file_type=file_type,
            digest_alogrithm=digest_alogrithm,
            digest=digest,
            sub_mchid=sub_mchid,
        )

        fapiao_file_upload_meta.additional_properties = d
        return fapiao_file_upload_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
