# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_response_finder_info import BusifavorResponseFinderInfo


T = TypeVar("T", bound="BusifavorResponseDisplayPatternInfo")


@_attrs_define
class BusifavorResponseDisplayPatternInfo:
    """样式信息 — how the coupon looks."""

    description: str | Unset = UNSET
    """ 使用须知 — usage rules. """
    merchant_logo_url: str | Unset = UNSET
    """ 商户logo — logo URL. """
    merchant_name: str | Unset = UNSET
    """ 商户名称 — display name. """
    background_color: str | Unset = UNSET
    """ 背景颜色 — `Color010` … `Color100` (open set). """
    coupon_image_url: str | Unset = UNSET
    """ 券详情图片 — detail image URL. """
    finder_info: BusifavorResponseFinderInfo | Unset = UNSET
    """ 视频号相关信息 — Channels account and video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        merchant_logo_url = self.merchant_logo_url

        merchant_name = self.merchant_name

        background_color = self.background_color

        coupon_image_url = self.coupon_image_url

        finder_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finder_info, Unset):
            finder_info = self.finder_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if merchant_logo_url is not UNSET:
            field_dict["merchant_logo_url"] = merchant_logo_url
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if coupon_image_url is not UNSET:
            field_dict["coupon_image_url"] = coupon_image_url
        if finder_info is not UNSET:
            field_dict["finder_info"] = finder_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_response_finder_info import BusifavorResponseFinderInfo

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        merchant_logo_url = d.pop("merchant_logo_url", UNSET)

        merchant_name = d.pop("merchant_name", UNSET)

        background_color = d.pop("background_color", UNSET)

        coupon_image_url = d.pop("coupon_image_url", UNSET)

        _finder_info = d.pop("finder_info", UNSET)
        finder_info: BusifavorResponseFinderInfo | Unset
        if isinstance(_finder_info, Unset):
            finder_info = UNSET
        else:
            finder_info = BusifavorResponseFinderInfo.from_dict(_finder_info)

        busifavor_response_display_pattern_info = cls(
            description=description,
            merchant_logo_url=merchant_logo_url,
            merchant_name=merchant_name,
            background_color=background_color,
            coupon_image_url=coupon_image_url,
            finder_info=finder_info,
        )

        busifavor_response_display_pattern_info.additional_properties = d
        return busifavor_response_display_pattern_info

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
