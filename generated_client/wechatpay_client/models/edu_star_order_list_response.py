# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edu_star_order import EduStarOrder


T = TypeVar("T", bound="EduStarOrderListResponse")


@_attrs_define
class EduStarOrderListResponse:
    """核销订单列表 — one page of redemption orders."""

    data: list[EduStarOrder]
    """ 结果集 — the orders of this page. """
    total_count: int
    """ 总数量 — number of matching orders. """
    offset: int | Unset = UNSET
    """ 分页页码 — index of the first entry. """
    limit: int | Unset = UNSET
    """ 分页大小 — page size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total_count": total_count,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edu_star_order import EduStarOrder

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EduStarOrder.from_dict(data_item_data)

            data.append(data_item)

        total_count = d.pop("total_count")

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        edu_star_order_list_response = cls(
            data=data,
            total_count=total_count,
            offset=offset,
            limit=limit,
        )

        edu_star_order_list_response.additional_properties = d
        return edu_star_order_list_response

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
