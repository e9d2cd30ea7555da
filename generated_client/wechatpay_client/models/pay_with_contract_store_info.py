# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayWithContractStoreInfo")


@_attrs_define
class PayWithContractStoreInfo:
    """商户门店信息 — the merchant's store. OA and IM mark no field of it required here (the
    basic `PayStoreInfo` requires `id` after GO); the schema follows OA/IM.

    """

    id: str | Unset = UNSET
    """ 门店编号 — store ID in the merchant's system. """
    name: str | Unset = UNSET
    """ 门店名称 — store name. """
    area_code: str | Unset = UNSET
    """ 地区编码 — administrative area code. """
    address: str | Unset = UNSET
    """ 详细地址 — street address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        area_code = self.area_code

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if area_code is not UNSET:
            field_dict["area_code"] = area_code
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        area_code = d.pop("area_code", UNSET)

        address = d.pop("address", UNSET)

        pay_with_contract_store_info = cls(
            id=id,
            name=name,
            area_code=area_code,
            address=address,
        )

        pay_with_contract_store_info.additional_properties = d
        return pay_with_contract_store_info

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
