# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorStockMerchantList")


@_attrs_define
class FavorStockMerchantList:
    """可用商户列表 — one page of merchants where a batch can be used."""

    total_count: int
    """ 可用商户总数量 — number of merchants. """
    offset: int
    """ 分页页码 — page number. """
    limit: int
    """ 分页大小 — page size. """
    stock_id: str
    """ 批次号 — batch ID. """
    data: list[str] | Unset = UNSET
    """ 可用商户列表 — merchant IDs of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        stock_id = self.stock_id

        data: list[str] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "offset": offset,
                "limit": limit,
                "stock_id": stock_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_count = d.pop("total_count")

        offset = d.pop("offset")

        limit = d.pop("limit")

        stock_id = d.pop("stock_id")

        data = cast(list[str], d.pop("data", UNSET))

        favor_stock_merchant_list = cls(
            total_count=total_count,
            offset=offset,
            limit=limit,
            stock_id=stock_id,
            data=data,
        )

        favor_stock_merchant_list.additional_properties = d
        return favor_stock_merchant_list

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
