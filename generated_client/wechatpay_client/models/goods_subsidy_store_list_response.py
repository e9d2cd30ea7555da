# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_store import GoodsSubsidyStore


T = TypeVar("T", bound="GoodsSubsidyStoreListResponse")


@_attrs_define
class GoodsSubsidyStoreListResponse:
    """查询小店活动门店列表应答 — one page of stores."""

    total_count: int | Unset = UNSET
    """ 小店活动门店总数 — number of stores of the activity. """
    data: list[GoodsSubsidyStore] | Unset = UNSET
    """ 小店活动门店集合 — the stores of this page. """
    offset: int | Unset = UNSET
    """ 分页页码 — page number, from 0. """
    limit: int | Unset = UNSET
    """ 分页大小 — page size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if data is not UNSET:
            field_dict["data"] = data
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_store import GoodsSubsidyStore

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _data = d.pop("data", UNSET)
        data: list[GoodsSubsidyStore] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = GoodsSubsidyStore.from_dict(data_item_data)

                data.append(data_item)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        goods_subsidy_store_list_response = cls(
            total_count=total_count,
            data=data,
            offset=offset,
            limit=limit,
        )

        goods_subsidy_store_list_response.additional_properties = d
        return goods_subsidy_store_list_response

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
