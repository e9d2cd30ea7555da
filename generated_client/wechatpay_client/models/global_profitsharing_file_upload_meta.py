# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingFileUploadMeta")


@_attrs_define
class GlobalProfitsharingFileUploadMeta:
    """文件元信息 — the `meta` part. The official field table and IM name the digest key
    `digest`; OA and the signing example of the same official page write `sha256`. The
    schema follows the field table (`digest`, required) and also accepts `sha256` (same
    value) for callers who need to send that spelling.

    """

    filename: str
    """ 文件名称 — file name chosen by the merchant, ending in `.pdf`, `.jpg`, `.bmp` or `.png`. """
    digest: str
    """ 文件摘要 — hex SHA-256 of the file bytes. """
    sha256: str | Unset = UNSET
    """ 文件摘要 — the same digest under the key OA uses; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        digest = self.digest

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "digest": digest,
            }
        )
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        digest = d.pop("digest")

        sha256 = d.pop("sha256", UNSET)

        global_profitsharing_file_upload_meta = cls(
            filename=filename,
            digest=digest,
            sha256=sha256,
        )

        global_profitsharing_file_upload_meta.additional_properties = d
        return global_profitsharing_file_upload_meta

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
