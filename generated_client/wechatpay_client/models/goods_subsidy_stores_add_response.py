# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_store import GoodsSubsidyStore


T = TypeVar("T", bound="GoodsSubsidyStoresAddResponse")


@_attrs_define
class GoodsSubsidyStoresAddResponse:
    """添加小店活动门店应答."""

    add_time: datetime.datetime | Unset = UNSET
    """ 添加时间 — time of the change (RFC 3339). """
    failed_stores: list[GoodsSubsidyStore] | Unset = UNSET
    """ 添加失败的小店活动门店列表 — stores that could not be added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_time: str | Unset = UNSET
        if not isinstance(self.add_time, Unset):
            add_time = self.add_time.isoformat()

        failed_stores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_stores, Unset):
            failed_stores = []
            for failed_stores_item_data in self.failed_stores:
                failed_stores_item = failed_stores_item_data.to_dict()
                failed_stores.append(failed_stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_time is not UNSET:
            field_dict["add_time"] = add_time
        if failed_stores is not UNSET:
            field_dict["failed_stores"] = failed_stores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_store import GoodsSubsidyStore

        d = dict(src_dict)
        _add_time = d.pop("add_time", UNSET)
        add_time: datetime.datetime | Unset
        if isinstance(_add_time, Unset):
            add_time = UNSET
        else:
            add_time = datetime.datetime.fromisoformat(_add_time)

        _failed_stores = d.pop("failed_stores", UNSET)
        failed_stores: list[GoodsSubsidyStore] | Unset = UNSET
        if _failed_stores is not UNSET:
            failed_stores = []
            for failed_stores_item_data in _failed_stores:
                failed_stores_item = GoodsSubsidyStore.from_dict(failed_stores_item_data)

                failed_stores.append(failed_stores_item)

        goods_subsidy_stores_add_response = cls(
            add_time=add_time,
            failed_stores=failed_stores,
        )

        goods_subsidy_stores_add_response.additional_properties = d
        return goods_subsidy_stores_add_response

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
