# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FapiaoFileUploadResponse")


@_attrs_define
class FapiaoFileUploadResponse:
    """上传电子发票文件应答 — the file ID."""

    fapiao_media_id: str
    """ 电子发票文件ID — file ID for `insert_fapiao_cards`; valid for three days. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_media_id = self.fapiao_media_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fapiao_media_id": fapiao_media_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fapiao_media_id = d.pop("fapiao_media_id")

        fapiao_file_upload_response = cls(
            fapiao_media_id=fapiao_media_id,
        )

        fapiao_file_upload_response.additional_properties = d
        return fapiao_file_upload_response

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
