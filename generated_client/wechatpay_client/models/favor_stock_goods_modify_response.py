# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorStockGoodsModifyResponse")


@_attrs_define
class FavorStockGoodsModifyResponse:
    """修改可用单品编码应答 — change result. The page names the time `pause_time` (生效时间);
    the official Go SDK's model of the same change names it `effect_time`; both are kept,
    optional.

    """

    stock_id: str
    """ 批次号 — batch ID. """
    pause_time: datetime.datetime | Unset = UNSET
    """ 生效时间 — when the change took effect (RFC 3339). """
    effect_time: datetime.datetime | Unset = UNSET
    """ 生效时间 — the same, under the Go SDK's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        pause_time: str | Unset = UNSET
        if not isinstance(self.pause_time, Unset):
            pause_time = self.pause_time.isoformat()

        effect_time: str | Unset = UNSET
        if not isinstance(self.effect_time, Unset):
            effect_time = self.effect_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
            }
        )
        if pause_time is not UNSET:
            field_dict["pause_time"] = pause_time
        if effect_time is not UNSET:
            field_dict["effect_time"] = effect_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        _pause_time = d.pop("pause_time", UNSET)
        pause_time: datetime.datetime | Unset
        if isinstance(_pause_time, Unset):
            pause_time = UNSET
        else:
            pause_time = datetime.datetime.fromisoformat(_pause_time)

        _effect_time = d.pop("effect_time", UNSET)
        effect_time: datetime.datetime | Unset
        if isinstance(_effect_time, Unset):
            effect_time = UNSET
        else:
            effect_time = datetime.datetime.fromisoformat(_effect_time)

        favor_stock_goods_modify_response = cls(
            stock_id=stock_id,
            pause_time=pause_time,
            effect_time=effect_time,
        )

        favor_stock_goods_modify_response.additional_properties = d
        return favor_stock_goods_modify_response

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
