# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketing_partnership import MarketingPartnership


T = TypeVar("T", bound="MarketingPartnershipListResponse")


@_attrs_define
class MarketingPartnershipListResponse:
    """合作关系列表 — one page of partnerships."""

    limit: int
    """ 分页大小 — page size. """
    offset: int
    """ 分页页码 — offset of this page. """
    data: list[MarketingPartnership] | Unset = UNSET
    """ 合作关系结果集 — the partnerships of this page. """
    total_count: int | Unset = UNSET
    """ 总数量 — number of partnerships matching the filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_partnership import MarketingPartnership

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        _data = d.pop("data", UNSET)
        data: list[MarketingPartnership] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MarketingPartnership.from_dict(data_item_data)

                data.append(data_item)

        total_count = d.pop("total_count", UNSET)

        marketing_partnership_list_response = cls(
            limit=limit,
            offset=offset,
            data=data,
            total_count=total_count,
        )

        marketing_partnership_list_response.additional_properties = d
        return marketing_partnership_list_response

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
