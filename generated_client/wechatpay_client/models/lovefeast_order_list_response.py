# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lovefeast_order import LovefeastOrder


T = TypeVar("T", bound="LovefeastOrderListResponse")


@_attrs_define
class LovefeastOrderListResponse:
    """捐赠单列表 — one page of donation orders."""

    data: list[LovefeastOrder] | Unset = UNSET
    """ 结果集 — the orders of this page. """
    count: int | Unset = UNSET
    """ 该次请求返回的记录条数 — number of orders in this page. """
    limit: int | Unset = UNSET
    """ 最大记录条数 — page size. """
    offset: int | Unset = UNSET
    """ 起始位置 — index of the first entry. """
    total_count: int | Unset = UNSET
    """ 全部记录数量 — number of matching orders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        count = self.count

        limit = self.limit

        offset = self.offset

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if count is not UNSET:
            field_dict["count"] = count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lovefeast_order import LovefeastOrder

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[LovefeastOrder] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = LovefeastOrder.from_dict(data_item_data)

                data.append(data_item)

        count = d.pop("count", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        total_count = d.pop("total_count", UNSET)

        lovefeast_order_list_response = cls(
            data=data,
            count=count,
            limit=limit,
            offset=offset,
            total_count=total_count,
        )

        lovefeast_order_list_response.additional_properties = d
        return lovefeast_order_list_response

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
