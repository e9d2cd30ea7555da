# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorStockRestartResponse")


@_attrs_define
class FavorStockRestartResponse:
    """重启代金券批次应答 — restart result."""

    restart_time: datetime.datetime
    """ 生效时间 — when the restart took effect (RFC 3339). """
    stock_id: str
    """ 批次号 — batch ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restart_time = self.restart_time.isoformat()

        stock_id = self.stock_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restart_time": restart_time,
                "stock_id": stock_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        restart_time = datetime.datetime.fromisoformat(d.pop("restart_time"))

        stock_id = d.pop("stock_id")

        favor_stock_restart_response = cls(
            restart_time=restart_time,
            stock_id=stock_id,
        )

        favor_stock_restart_response.additional_properties = d
        return favor_stock_restart_response

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
