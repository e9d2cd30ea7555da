# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyResultStoreInfo")


@_attrs_define
class GoodsSubsidyResultStoreInfo:
    """门店信息 — a store in an answer (nothing required)."""

    store_id: str | Unset = UNSET
    """ 门店ID — the store ID. """
    accounting_merchant_id: str | Unset = UNSET
    """ 门店补贴入账商户号 — merchant that receives the store's brand subsidy. """
    merchant_id: str | Unset = UNSET
    """ 门店商户号 — the store's own merchant ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_id = self.store_id

        accounting_merchant_id = self.accounting_merchant_id

        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if accounting_merchant_id is not UNSET:
            field_dict["accounting_merchant_id"] = accounting_merchant_id
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        store_id = d.pop("store_id", UNSET)

        accounting_merchant_id = d.pop("accounting_merchant_id", UNSET)

        merchant_id = d.pop("merchant_id", UNSET)

        goods_subsidy_result_store_info = cls(
            store_id=store_id,
            accounting_merchant_id=accounting_merchant_id,
            merchant_id=merchant_id,
        )

        goods_subsidy_result_store_info.additional_properties = d
        return goods_subsidy_result_store_info

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
