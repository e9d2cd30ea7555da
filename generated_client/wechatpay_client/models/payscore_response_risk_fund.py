# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreResponseRiskFund")


@_attrs_define
class PayscoreResponseRiskFund:
    """服务风险金 (应答) — the risk fund as returned."""

    amount: int
    """ 风险金额 — in fen. """
    name: str | Unset = UNSET
    """ 风险名称 — open set; known values: `DEPOSIT`, `ADVANCE`, `CASH_DEPOSIT`,
    `ESTIMATE_ORDER_COST`.
     """
    description: str | Unset = UNSET
    """ 风险说明 — explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        payscore_response_risk_fund = cls(
            amount=amount,
            name=name,
            description=description,
        )

        payscore_response_risk_fund.additional_properties = d
        return payscore_response_risk_fund

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
