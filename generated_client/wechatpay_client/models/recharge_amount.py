# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recharge_amount_currency import RechargeAmountCurrency, check_recharge_amount_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="RechargeAmount")


@_attrs_define
class RechargeAmount:
    """充值金额 — top-up amount in fen (分) (request side)."""

    amount: int
    """ 总金额 — amount in fen. """
    currency: RechargeAmountCurrency | Unset = UNSET
    """ 货币类型 — currency; only `CNY`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        _currency = d.pop("currency", UNSET)
        currency: RechargeAmountCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = check_recharge_amount_currency(_currency)

        recharge_amount = cls(
            amount=amount,
            currency=currency,
        )

        recharge_amount.additional_properties = d
        return recharge_amount

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
