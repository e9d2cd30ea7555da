# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payscore_delivery_risk_fund_name import (
    PayscoreDeliveryRiskFundName,
    check_payscore_delivery_risk_fund_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreDeliveryRiskFund")


@_attrs_define
class PayscoreDeliveryRiskFund:
    """订单风险金 — risk fund (request side)."""

    name: PayscoreDeliveryRiskFundName
    """ 风险金名称 — `DEPOSIT` (押金), `ADVANCE` (预付款), `CASH_DEPOSIT` (保证金) or
    `ESTIMATE_ORDER_COST` (预估订单费用).
     """
    amount: int
    """ 风险金额 — risk amount, in fen. """
    description: str | Unset = UNSET
    """ 风险说明 — risk description (at most 30 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = check_payscore_delivery_risk_fund_name(d.pop("name"))

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        payscore_delivery_risk_fund = cls(
            name=name,
            amount=amount,
            description=description,
        )

        payscore_delivery_risk_fund.additional_properties = d
        return payscore_delivery_risk_fund

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
