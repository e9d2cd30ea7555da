# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalRefundCreateAmount")


@_attrs_define
class GlobalRefundCreateAmount:
    """退款金额 — amounts of a refund request, integers in the minor unit of `currency` (the
    original order's price currency).

    """

    refund: int
    """ 退款金额 — amount to refund; at most the order total minus earlier refunds. """
    total: int
    """ 原订单金额 — total of the original order. """
    currency: str
    """ 退款币种 — ISO 4217 code; must be the original order's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund = self.refund

        total = self.total

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refund": refund,
                "total": total,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        refund = d.pop("refund")

        total = d.pop("total")

        currency = d.pop("currency")

        global_refund_create_amount = cls(
            refund=refund,
            total=total,
            currency=currency,
        )

        global_refund_create_amount.additional_properties = d
        return global_refund_create_amount

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
