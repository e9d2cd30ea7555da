# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorStockPauseResponse")


@_attrs_define
class FavorStockPauseResponse:
    """暂停代金券批次应答 — pause result."""

    pause_time: datetime.datetime
    """ 暂停时间 — when the pause took effect (RFC 3339). """
    stock_id: str
    """ 批次号 — batch ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pause_time = self.pause_time.isoformat()

        stock_id = self.stock_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pause_time": pause_time,
                "stock_id": stock_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pause_time = datetime.datetime.fromisoformat(d.pop("pause_time"))

        stock_id = d.pop("stock_id")

        favor_stock_pause_response = cls(
            pause_time=pause_time,
            stock_id=stock_id,
        )

        favor_stock_pause_response.additional_properties = d
        return favor_stock_pause_response

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
