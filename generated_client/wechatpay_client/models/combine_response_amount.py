# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineResponseAmount")


@_attrs_define
class CombineResponseAmount:
    """订单金额 — sub-order amounts in fen (response side). Nothing required: every source marks
    `total_amount` and `payer_amount` required, but an unpaid sub-order (`NOTPAY`, `CLOSED`)
    has no cash payment, so the spec does not insist on them (a verified answer must parse).

    """

    total_amount: int | Unset = UNSET
    """ 标价金额 — sub-order amount in fen. """
    currency: str | Unset = UNSET
    """ 标价币种 — currency. """
    payer_amount: int | Unset = UNSET
    """ 现金支付金额 — amount paid by the user, in fen. """
    payer_currency: str | Unset = UNSET
    """ 现金支付币种 — the user's payment currency. """
    settlement_rate: int | Unset = UNSET
    """ 结算汇率 — settlement exchange rate times 10^8 (cross-border). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        currency = self.currency

        payer_amount = self.payer_amount

        payer_currency = self.payer_currency

        settlement_rate = self.settlement_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payer_amount is not UNSET:
            field_dict["payer_amount"] = payer_amount
        if payer_currency is not UNSET:
            field_dict["payer_currency"] = payer_currency
        if settlement_rate is not UNSET:
            field_dict["settlement_rate"] = settlement_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_amount = d.pop("total_amount", UNSET)

        currency = d.pop("currency", UNSET)

        payer_amount = d.pop("payer_amount", UNSET)

        payer_currency = d.pop("payer_currency", UNSET)

        settlement_rate = d.pop("settlement_rate", UNSET)

        combine_response_amount = cls(
            total_amount=total_amount,
            currency=currency,
            payer_amount=payer_amount,
            payer_currency=payer_currency,
            settlement_rate=settlement_rate,
        )

        combine_response_amount.additional_properties = d
        return combine_response_amount

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
