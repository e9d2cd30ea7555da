# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyActivityArea")


@_attrs_define
class GoodsSubsidyActivityArea:
    """活动区域 — one area of an activity."""

    province: str | Unset = UNSET
    """ 省名称 — province. """
    city: str | Unset = UNSET
    """ 市名称 — city. """
    district: str | Unset = UNSET
    """ 区名称 — district. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        province = self.province

        city = self.city

        district = self.district

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        goods_subsidy_activity_area = cls(
            province=province,
            city=city,
            district=district,
        )

        goods_subsidy_activity_area.additional_properties = d
        return goods_subsidy_activity_area

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
