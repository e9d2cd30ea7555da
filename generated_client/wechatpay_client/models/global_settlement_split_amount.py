# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalSettlementSplitAmount")


@_attrs_define
class GlobalSettlementSplitAmount:
    """分账业务金额 — profit-sharing amounts of a settlement record, in the minor unit of `currency`."""

    settled: int
    """ 已结算金额 — amount settled. """
    unsettle: int
    """ 未结算金额 — amount not yet settled. """
    currency: str
    """ 结算币种 — ISO 4217 settlement currency. """
    pay: int
    """ 支付金额 — payments. """
    refund: int
    """ 退款金额 — refunds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settled = self.settled

        unsettle = self.unsettle

        currency = self.currency

        pay = self.pay

        refund = self.refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settled": settled,
                "unsettle": unsettle,
                "currency": currency,
                "pay": pay,
                "refund": refund,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        settled = d.pop("settled")

        unsettle = d.pop("unsettle")

        currency = d.pop("currency")

        pay = d.pop("pay")

        refund = d.pop("refund")

        global_settlement_split_amount = cls(
            settled=settled,
            unsettle=unsettle,
            currency=currency,
            pay=pay,
            refund=refund,
        )

        global_settlement_split_amount.additional_properties = d
        return global_settlement_split_amount

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
