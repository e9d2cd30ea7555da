# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_representative import GoodsSubsidyRepresentative


T = TypeVar("T", bound="GoodsSubsidyRepresentativeListResponse")


@_attrs_define
class GoodsSubsidyRepresentativeListResponse:
    """查询零售小店活动业务代理应答 — one page of representatives."""

    offset: int
    """ 分页页码 — page number, from 0. """
    limit: int
    """ 分页大小 — page size. """
    total_count: int | Unset = UNSET
    """ 小店活动业代总数 — number of representatives of the activity. """
    data: list[GoodsSubsidyRepresentative] | Unset = UNSET
    """ 小店活动业代集合 — the representatives of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        total_count = self.total_count

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
                "limit": limit,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_representative import GoodsSubsidyRepresentative

        d = dict(src_dict)
        offset = d.pop("offset")

        limit = d.pop("limit")

        total_count = d.pop("total_count", UNSET)

        _data = d.pop("data", UNSET)
        data: list[GoodsSubsidyRepresentative] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = GoodsSubsidyRepresentative.from_dict(data_item_data)

                data.append(data_item)

        goods_subsidy_representative_list_response = cls(
            offset=offset,
            limit=limit,
            total_count=total_count,
            data=data,
        )

        goods_subsidy_representative_list_response.additional_properties = d
        return goods_subsidy_representative_list_response

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
