# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketingMediaUploadMeta")


@_attrs_define
class MarketingMediaUploadMeta:
    """媒体文件元信息 — the `meta` part of a marketing image upload."""

    filename: str
    """ 文件名称 — file name chosen by the merchant, ending in `.jpg`, `.bmp` or `.png`
    (e.g. `filea.jpg`).
     """
    sha256: str
    """ 文件摘要 — hex SHA-256 of the file bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        sha256 = d.pop("sha256")

        marketing_media_upload_meta = cls(
            filename=filename,
            sha256=sha256,
        )

        marketing_media_upload_meta.additional_properties = d
        return marketing_media_upload_meta

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
