# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreDeliveryResponseRiskFund")


@_attrs_define
class PayscoreDeliveryResponseRiskFund:
    """服务风险金 — risk fund (answer side)."""

    name: str
    """ 风险名称 — e.g. `DEPOSIT`, `ADVANCE`, `CASH_DEPOSIT`, `ESTIMATE_ORDER_COST` (open set). """
    amount: int
    """ 风险金额 — risk amount, in fen (OA/IM type it `number`). """
    description: str | Unset = UNSET
    """ 风险说明 — risk description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
        name = d.pop("name")

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        payscore_delivery_response_risk_fund = cls(
            name=name,
            amount=amount,
            description=description,
        )

        payscore_delivery_response_risk_fund.additional_properties = d
        return payscore_delivery_response_risk_fund

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
