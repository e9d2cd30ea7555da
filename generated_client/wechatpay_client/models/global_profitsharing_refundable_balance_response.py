# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingRefundableBalanceResponse")


@_attrs_define
class GlobalProfitsharingRefundableBalanceResponse:
    """可供垫付退款实时余额 — the advance-refund balance."""

    sponsor_mchid: str | Unset = UNSET
    """ 出资方商户号 — the funding merchant. """
    balance: int | Unset = UNSET
    """ 可供垫付分账退款的实时余额 — current balance, smallest unit of `currency`. """
    currency: str | Unset = UNSET
    """ 货币类型 — currency (open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sponsor_mchid = self.sponsor_mchid

        balance = self.balance

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sponsor_mchid is not UNSET:
            field_dict["sponsor_mchid"] = sponsor_mchid
        if balance is not UNSET:
            field_dict["balance"] = balance
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sponsor_mchid = d.pop("sponsor_mchid", UNSET)

        balance = d.pop("balance", UNSET)

        currency = d.pop("currency", UNSET)

        global_profitsharing_refundable_balance_response = cls(
            sponsor_mchid=sponsor_mchid,
            balance=balance,
            currency=currency,
        )

        global_profitsharing_refundable_balance_response.additional_properties = d
        return global_profitsharing_refundable_balance_response

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
