# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorStockStateChangeRequest")


@_attrs_define
class FavorStockStateChangeRequest:
    """批次操作请求 — body of activate, pause and restart."""

    stock_creator_mchid: str
    """ 创建批次的商户号 — merchant that created the batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_creator_mchid": stock_creator_mchid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid")

        favor_stock_state_change_request = cls(
            stock_creator_mchid=stock_creator_mchid,
        )

        favor_stock_state_change_request.additional_properties = d
        return favor_stock_state_change_request

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
