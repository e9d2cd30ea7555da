# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorResponseExchangeCoupon")


@_attrs_define
class BusifavorResponseExchangeCoupon:
    """换购券使用规则 — exchange rule, in fen."""

    exchange_price: int | Unset = UNSET
    """ 单品换购价 — exchange price, in fen. """
    transaction_minimum: int | Unset = UNSET
    """ 消费门槛 — minimum order amount, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_price = self.exchange_price

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_price is not UNSET:
            field_dict["exchange_price"] = exchange_price
        if transaction_minimum is not UNSET:
            field_dict["transaction_minimum"] = transaction_minimum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exchange_price = d.pop("exchange_price", UNSET)

        transaction_minimum = d.pop("transaction_minimum", UNSET)

        busifavor_response_exchange_coupon = cls(
            exchange_price=exchange_price,
            transaction_minimum=transaction_minimum,
        )

        busifavor_response_exchange_coupon.additional_properties = d
        return busifavor_response_exchange_coupon

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
