# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_coupon_code import BusifavorCouponCode


T = TypeVar("T", bound="BusifavorCouponCodeList")


@_attrs_define
class BusifavorCouponCodeList:
    """预存code列表 — one page of uploaded codes."""

    stock_id: str
    """ 批次号 — batch ID. """
    total_count: int
    """ 该批次已上传code总个数 — codes uploaded to the batch. """
    limit: int
    """ 分页大小 — entries returned. """
    offset: int
    """ 分页起始位置 — as requested. """
    data: list[BusifavorCouponCode] | Unset = UNSET
    """ 券code列表 — the codes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        total_count = self.total_count

        limit = self.limit

        offset = self.offset

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
                "stock_id": stock_id,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_coupon_code import BusifavorCouponCode

        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        total_count = d.pop("total_count")

        limit = d.pop("limit")

        offset = d.pop("offset")

        _data = d.pop("data", UNSET)
        data: list[BusifavorCouponCode] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = BusifavorCouponCode.from_dict(data_item_data)

                data.append(data_item)

        busifavor_coupon_code_list = cls(
            stock_id=stock_id,
            total_count=total_count,
            limit=limit,
            offset=offset,
            data=data,
        )

        busifavor_coupon_code_list.additional_properties = d
        return busifavor_coupon_code_list

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
