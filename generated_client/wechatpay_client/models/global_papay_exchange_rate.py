# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPapayExchangeRate")


@_attrs_define
class GlobalPapayExchangeRate:
    """汇率信息 — exchange rate."""

    type_: str | Unset = UNSET
    """ 汇率类型 — rate type. Open set; known values `SETTLEMENT_RATE`, `USERPAYMENT_RATE`. """
    rate: int | Unset = UNSET
    """ 汇率值 — rate scaled by 10^8 (example `80000000` = 0.8). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        rate = d.pop("rate", UNSET)

        global_papay_exchange_rate = cls(
            type_=type_,
            rate=rate,
        )

        global_papay_exchange_rate.additional_properties = d
        return global_papay_exchange_rate

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
