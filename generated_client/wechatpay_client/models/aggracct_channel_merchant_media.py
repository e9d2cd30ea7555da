# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelMerchantMedia")


@_attrs_define
class AggracctChannelMerchantMedia:
    """商户影像件资料 — one image of the merchant's registration file."""

    media_content: str | Unset = UNSET
    """ 文件内容 — the file content (as sent; read it with `key`). """
    media_type: str | Unset = UNSET
    """ 文件类型 — file type; known values `jpg`, `png`, `bmp`, `jpeg` (open set). """
    media_sm3: str | Unset = UNSET
    """ 文件摘要 — SM3 digest of the file. """
    key: str | Unset = UNSET
    """ sm4密钥 — the SM4 key that goes with the content. """
    media_id: str | Unset = UNSET
    """ 影像件资料ID — the image ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_content = self.media_content

        media_type = self.media_type

        media_sm3 = self.media_sm3

        key = self.key

        media_id = self.media_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_content is not UNSET:
            field_dict["media_content"] = media_content
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if media_sm3 is not UNSET:
            field_dict["media_sm3"] = media_sm3
        if key is not UNSET:
            field_dict["key"] = key
        if media_id is not UNSET:
            field_dict["media_id"] = media_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_content = d.pop("media_content", UNSET)

        media_type = d.pop("media_type", UNSET)

        media_sm3 = d.pop("media_sm3", UNSET)

        key = d.pop("key", UNSET)

        media_id = d.pop("media_id", UNSET)

        aggracct_channel_merchant_media = cls(
            media_content=media_content,
            media_type=media_type,
            media_sm3=media_sm3,
            key=key,
            media_id=media_id,
        )

        aggracct_channel_merchant_media.additional_properties = d
        return aggracct_channel_merchant_media

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
