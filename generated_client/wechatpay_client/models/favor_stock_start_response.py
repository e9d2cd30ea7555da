# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorStockStartResponse")


@_attrs_define
class FavorStockStartResponse:
    """激活代金券批次应答 — activation result."""

    start_time: datetime.datetime
    """ 生效时间 — when the activation took effect (RFC 3339). """
    stock_id: str
    """ 批次号 — batch ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        stock_id = self.stock_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "stock_id": stock_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        stock_id = d.pop("stock_id")

        favor_stock_start_response = cls(
            start_time=start_time,
            stock_id=stock_id,
        )

        favor_stock_start_response.additional_properties = d
        return favor_stock_start_response

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
