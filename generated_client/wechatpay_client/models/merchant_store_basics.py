# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantStoreBasics")


@_attrs_define
class MerchantStoreBasics:
    """门店基础信息 — basic data of a store."""

    store_name: str
    """ 门店名称 — store name. """
    store_reference_id: str | Unset = UNSET
    """ 商家门店编号 — the merchant's own store number. """
    brand_name: str | Unset = UNSET
    """ 品牌名称 — brand name. """
    branch_name: str | Unset = UNSET
    """ 分店名称 — branch name. """
    brand_id: int | Unset = UNSET
    """ 品牌ID — brand ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_name = self.store_name

        store_reference_id = self.store_reference_id

        brand_name = self.brand_name

        branch_name = self.branch_name

        brand_id = self.brand_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "store_name": store_name,
            }
        )
        if store_reference_id is not UNSET:
            field_dict["store_reference_id"] = store_reference_id
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if branch_name is not UNSET:
            field_dict["branch_name"] = branch_name
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        store_name = d.pop("store_name")

        store_reference_id = d.pop("store_reference_id", UNSET)

        brand_name = d.pop("brand_name", UNSET)

        branch_name = d.pop("branch_name", UNSET)

        brand_id = d.pop("brand_id", UNSET)

        merchant_store_basics = cls(
            store_name=store_name,
            store_reference_id=store_reference_id,
            brand_name=brand_name,
            branch_name=branch_name,
            brand_id=brand_id,
        )

        merchant_store_basics.additional_properties = d
        return merchant_store_basics

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
