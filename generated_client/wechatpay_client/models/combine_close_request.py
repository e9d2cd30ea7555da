# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.combine_close_sub_order import CombineCloseSubOrder


T = TypeVar("T", bound="CombineCloseRequest")


@_attrs_define
class CombineCloseRequest:
    """合单关单请求 — list every sub-order of the combined order, as placed."""

    combine_appid: str
    """ 合单商户appid — AppID used when the combined order was placed. """
    sub_orders: list[CombineCloseSubOrder]
    """ 商品单信息 — every sub-order of the combined order (at most 50). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combine_appid = self.combine_appid

        sub_orders = []
        for sub_orders_item_data in self.sub_orders:
            sub_orders_item = sub_orders_item_data.to_dict()
            sub_orders.append(sub_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combine_appid": combine_appid,
                "sub_orders": sub_orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_close_sub_order import CombineCloseSubOrder

        d = dict(src_dict)
        combine_appid = d.pop("combine_appid")

        sub_orders = []
        _sub_orders = d.pop("sub_orders")
        for sub_orders_item_data in _sub_orders:
            sub_orders_item = CombineCloseSubOrder.from_dict(sub_orders_item_data)

            sub_orders.append(sub_orders_item)

        combine_close_request = cls(
            combine_appid=combine_appid,
            sub_orders=sub_orders,
        )

        combine_close_request.additional_properties = d
        return combine_close_request

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
