# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_message_image_image_style_type import (
    ComplaintMessageImageImageStyleType,
    check_complaint_message_image_image_style_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintMessageImage")


@_attrs_define
class ComplaintMessageImage:
    """图片 — an image block."""

    media_id: str | Unset = UNSET
    """ 媒体ID — `media_id` from `upload_complaint_image`. """
    image_style_type: ComplaintMessageImageImageStyleType | Unset = UNSET
    """ 图片样式类型 — narrow or wide display. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        image_style_type: str | Unset = UNSET
        if not isinstance(self.image_style_type, Unset):
            image_style_type = self.image_style_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if image_style_type is not UNSET:
            field_dict["image_style_type"] = image_style_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_id = d.pop("media_id", UNSET)

        _image_style_type = d.pop("image_style_type", UNSET)
        image_style_type: ComplaintMessageImageImageStyleType | Unset
        if isinstance(_image_style_type, Unset):
            image_style_type = UNSET
        else:
            image_style_type = check_complaint_message_image_image_style_type(_image_style_type)

        complaint_message_image = cls(
            media_id=media_id,
            image_style_type=image_style_type,
        )

        complaint_message_image.additional_properties = d
        return complaint_message_image

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
