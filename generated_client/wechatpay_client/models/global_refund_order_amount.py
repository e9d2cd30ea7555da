# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalRefundOrderAmount")


@_attrs_define
class GlobalRefundOrderAmount:
    """订单金额 — amounts of the refunded order, each in the minor unit of its currency."""

    total: int
    """ 订单金额 — order total, in the minor unit of `currency`. """
    payer_total: int
    """ 用户支付金额 — amount the user paid, in the minor unit of `payer_currency`. """
    payer_currency: str
    """ 支付币种 — ISO 4217 currency the user paid in. """
    currency: str | Unset = UNSET
    """ 货币类型 — ISO 4217 price currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        payer_total = self.payer_total

        payer_currency = self.payer_currency

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "payer_total": payer_total,
                "payer_currency": payer_currency,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total")

        payer_total = d.pop("payer_total")

        payer_currency = d.pop("payer_currency")

        currency = d.pop("currency", UNSET)

        global_refund_order_amount = cls(
            total=total,
            payer_total=payer_total,
            payer_currency=payer_currency,
            currency=currency,
        )

        global_refund_order_amount.additional_properties = d
        return global_refund_order_amount

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
