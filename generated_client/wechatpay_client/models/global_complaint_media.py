# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalComplaintMedia")


@_attrs_define
class GlobalComplaintMedia:
    """投诉资料 — one group of media of a complaint."""

    media_type: str
    """ 媒体文件业务类型 — `USER_COMPLAINT_IMAGE` or `OPERATION_IMAGE` (open set). """
    media_url: list[str]
    """ 媒体文件列表 — media URLs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = self.media_type

        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_type": media_type,
                "media_url": media_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_type = d.pop("media_type")

        media_url = cast(list[str], d.pop("media_url"))

        global_complaint_media = cls(
            media_type=media_type,
            media_url=media_url,
        )

        global_complaint_media.additional_properties = d
        return global_complaint_media

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
