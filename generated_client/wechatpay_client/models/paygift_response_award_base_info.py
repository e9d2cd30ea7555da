# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftResponseAwardBaseInfo")


@_attrs_define
class PaygiftResponseAwardBaseInfo:
    """奖品基本信息 (应答) — one prize, as returned."""

    stock_id: str | Unset = UNSET
    """ 代金券批次Id — coupon batch of the prize. """
    original_image_url: str | Unset = UNSET
    """ 奖品原始图（大图） — large image URL. """
    thumbnail_url: str | Unset = UNSET
    """ 奖品缩略图（小图） — small image URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        original_image_url = self.original_image_url

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if original_image_url is not UNSET:
            field_dict["original_image_url"] = original_image_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id", UNSET)

        original_image_url = d.pop("original_image_url", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        paygift_response_award_base_info = cls(
            stock_id=stock_id,
            original_image_url=original_image_url,
            thumbnail_url=thumbnail_url,
        )

        paygift_response_award_base_info.additional_properties = d
        return paygift_response_award_base_info

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
