# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorResponseFinderInfo")


@_attrs_define
class BusifavorResponseFinderInfo:
    """视频号相关信息 — Channels account and video."""

    finder_id: str | Unset = UNSET
    """ 视频号ID — Channels account ID. """
    finder_video_id: str | Unset = UNSET
    """ 视频号视频ID — video ID. """
    finder_video_cover_image_url: str | Unset = UNSET
    """ 视频号封面图 — cover image URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finder_id = self.finder_id

        finder_video_id = self.finder_video_id

        finder_video_cover_image_url = self.finder_video_cover_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finder_id is not UNSET:
            field_dict["finder_id"] = finder_id
        if finder_video_id is not UNSET:
            field_dict["finder_video_id"] = finder_video_id
        if finder_video_cover_image_url is not UNSET:
            field_dict["finder_video_cover_image_url"] = finder_video_cover_image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        finder_id = d.pop("finder_id", UNSET)

        finder_video_id = d.pop("finder_video_id", UNSET)

        finder_video_cover_image_url = d.pop("finder_video_cover_image_url", UNSET)

        busifavor_response_finder_info = cls(
            finder_id=finder_id,
            finder_video_id=finder_video_id,
            finder_video_cover_image_url=finder_video_cover_image_url,
        )

        busifavor_response_finder_info.additional_properties = d
        return busifavor_response_finder_info

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
