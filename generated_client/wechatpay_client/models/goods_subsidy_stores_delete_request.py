# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.goods_subsidy_store import GoodsSubsidyStore


T = TypeVar("T", bound="GoodsSubsidyStoresDeleteRequest")


@_attrs_define
class GoodsSubsidyStoresDeleteRequest:
    """删除小店活动门店请求."""

    out_request_no: str
    """ 请求业务单据 — unique ID of this request on the merchant's side (letters, digits, `|_*-`). """
    delete_time: datetime.datetime
    """ 删除时间 — time of the change (RFC 3339). """
    stores: list[GoodsSubsidyStore]
    """ 待删除的小店活动门店列表 — the stores to remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        delete_time = self.delete_time.isoformat()

        stores = []
        for stores_item_data in self.stores:
            stores_item = stores_item_data.to_dict()
            stores.append(stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "delete_time": delete_time,
                "stores": stores,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_store import GoodsSubsidyStore

        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        delete_time = datetime.datetime.fromisoformat(d.pop("delete_time"))

        stores = []
        _stores = d.pop("stores")
        for stores_item_data in _stores:
            stores_item = GoodsSubsidyStore.from_dict(stores_item_data)

            stores.append(stores_item)

        goods_subsidy_stores_delete_request = cls(
            out_request_no=out_request_no,
            delete_time=delete_time,
            stores=stores,
        )

        goods_subsidy_stores_delete_request.additional_properties = d
        return goods_subsidy_stores_delete_request

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
