# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantStoreBusiness")


@_attrs_define
class MerchantStoreBusiness:
    """门店经营信息 — contact and opening hours of a store."""

    service_phone: str | Unset = UNSET
    """ 门店服务电话 — service phone. """
    business_hours: str | Unset = UNSET
    """ 门店经营时间 — opening hours, as text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_phone = self.service_phone

        business_hours = self.business_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_phone is not UNSET:
            field_dict["service_phone"] = service_phone
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_phone = d.pop("service_phone", UNSET)

        business_hours = d.pop("business_hours", UNSET)

        merchant_store_business = cls(
            service_phone=service_phone,
            business_hours=business_hours,
        )

        merchant_store_business.additional_properties = d
        return merchant_store_business

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
