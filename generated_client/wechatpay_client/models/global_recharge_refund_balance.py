# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalRechargeRefundBalance")


@_attrs_define
class GlobalRechargeRefundBalance:
    """充值退款余额 — the recharge-refund account balance, in the minor unit of `currency`."""

    remaining_amount: int
    """ 账户可用余额 — available balance, in the minor unit of `currency`. """
    currency: str
    """ 货币类型 — ISO 4217 currency of the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_amount = self.remaining_amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remaining_amount": remaining_amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        remaining_amount = d.pop("remaining_amount")

        currency = d.pop("currency")

        global_recharge_refund_balance = cls(
            remaining_amount=remaining_amount,
            currency=currency,
        )

        global_recharge_refund_balance.additional_properties = d
        return global_recharge_refund_balance

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
