# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorAvailableRegion")


@_attrs_define
class FavorAvailableRegion:
    """消费金可用地域 — one region."""

    type_: str | Unset = UNSET
    """ 类型 — region level, e.g. `PROVINCE`. """
    province: str | Unset = UNSET
    """ 省 — province. """
    city: str | Unset = UNSET
    """ 市 — city. """
    district: str | Unset = UNSET
    """ 区 — district. """
    country: str | Unset = UNSET
    """ 国家 — country. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        province = self.province

        city = self.city

        district = self.district

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        country = d.pop("country", UNSET)

        favor_available_region = cls(
            type_=type_,
            province=province,
            city=city,
            district=district,
            country=country,
        )

        favor_available_region.additional_properties = d
        return favor_available_region

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
