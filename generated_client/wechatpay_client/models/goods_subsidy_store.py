# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyStore")


@_attrs_define
class GoodsSubsidyStore:
    """小店活动门店 — one store of a retail small-shop activity; used in requests and answers
    (the limits only apply when sending).

    """

    store_code: str | Unset = UNSET
    """ 门店编码 — the store code (letters, digits, `|_*-`). """
    store_name: str | Unset = UNSET
    """ 门店名称 — store name, at most 15 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_code = self.store_code

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_code is not UNSET:
            field_dict["store_code"] = store_code
        if store_name is not UNSET:
            field_dict["store_name"] = store_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        store_code = d.pop("store_code", UNSET)

        store_name = d.pop("store_name", UNSET)

        goods_subsidy_store = cls(
            store_code=store_code,
            store_name=store_name,
        )

        goods_subsidy_store.additional_properties = d
        return goods_subsidy_store

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
