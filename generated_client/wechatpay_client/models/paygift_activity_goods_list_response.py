# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_activity_goods import PaygiftActivityGoods


T = TypeVar("T", bound="PaygiftActivityGoodsListResponse")


@_attrs_define
class PaygiftActivityGoodsListResponse:
    """活动指定商品列表 — one page of an activity's goods."""

    offset: int | Unset = UNSET
    """ 分页页码 — offset of this page. """
    limit: int | Unset = UNSET
    """ 分页大小 — page size. """
    total_count: int | Unset = UNSET
    """ 总数 — number of goods. """
    activity_id: str | Unset = UNSET
    """ 活动id — the activity ID. """
    data: list[PaygiftActivityGoods] | Unset = UNSET
    """ 结果集 — the goods of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        total_count = self.total_count

        activity_id = self.activity_id

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_activity_goods import PaygiftActivityGoods

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        total_count = d.pop("total_count", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        _data = d.pop("data", UNSET)
        data: list[PaygiftActivityGoods] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = PaygiftActivityGoods.from_dict(data_item_data)

                data.append(data_item)

        paygift_activity_goods_list_response = cls(
            offset=offset,
            limit=limit,
            total_count=total_count,
            activity_id=activity_id,
            data=data,
        )

        paygift_activity_goods_list_response.additional_properties = d
        return paygift_activity_goods_list_response

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
