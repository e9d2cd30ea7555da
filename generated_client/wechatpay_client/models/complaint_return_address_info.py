# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintReturnAddressInfo")


@_attrs_define
class ComplaintReturnAddressInfo:
    """归还地点信息 — where a power bank was returned."""

    return_address: str | Unset = UNSET
    """ 归还地点 — address. """
    longitude: str | Unset = UNSET
    """ 归还地点经度 — longitude, as text. """
    latitude: str | Unset = UNSET
    """ 归还地点纬度 — latitude, as text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_address = self.return_address

        longitude = self.longitude

        latitude = self.latitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_address is not UNSET:
            field_dict["return_address"] = return_address
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        return_address = d.pop("return_address", UNSET)

        longitude = d.pop("longitude", UNSET)

        latitude = d.pop("latitude", UNSET)

        complaint_return_address_info = cls(
            return_address=return_address,
            longitude=longitude,
            latitude=latitude,
        )

        complaint_return_address_info.additional_properties = d
        return complaint_return_address_info

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
