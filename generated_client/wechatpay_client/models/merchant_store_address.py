# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantStoreAddress")


@_attrs_define
class MerchantStoreAddress:
    """门店地址信息 — where a store is."""

    address_code: str
    """ 门店省市编码 — province/city/district code (example `440305`). """
    address_detail: str
    """ 门店地址 — street address. """
    address_complements: str | Unset = UNSET
    """ 门店地址辅助描述 — directions (e.g. which metro exit). """
    longitude: str | Unset = UNSET
    """ 门店经度 — longitude, as decimal text. """
    latitude: str | Unset = UNSET
    """ 门店纬度 — latitude, as decimal text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_code = self.address_code

        address_detail = self.address_detail

        address_complements = self.address_complements

        longitude = self.longitude

        latitude = self.latitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_code": address_code,
                "address_detail": address_detail,
            }
        )
        if address_complements is not UNSET:
            field_dict["address_complements"] = address_complements
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_code = d.pop("address_code")

        address_detail = d.pop("address_detail")

        address_complements = d.pop("address_complements", UNSET)

        longitude = d.pop("longitude", UNSET)

        latitude = d.pop("latitude", UNSET)

        merchant_store_address = cls(
            address_code=address_code,
            address_detail=address_detail,
            address_complements=address_complements,
            longitude=longitude,
            latitude=latitude,
        )

        merchant_store_address.additional_properties = d
        return merchant_store_address

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
