# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTradeInformation")


@_attrs_define
class RiskTradeInformation:
    """风险信息 — the risk of a paid order. `risk_score` is required by OA and IM."""

    risk_score: float
    """ 风险系数值 — risk score (a number; whole in the examples). """
    risk_type: str | Unset = UNSET
    """ 风险类型 — `OTHER_RISK`, `INDUCE_PAYMENT`, `FRAUD`, `GAMBLING`, `CYBERSEX`. Open set. """
    punish_type: str | Unset = UNSET
    """ 处置手段 — e.g. `OTHER_PUNISH`, `DISABLE_PAYMENT`, `SUSPEND_SETTLEMENT`, `REFUND`,
    `BLOCKED_USER`. Open set.
     """
    punish_description: str | Unset = UNSET
    """ 处置手段描述 — description of the handling. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        risk_score = self.risk_score

        risk_type = self.risk_type

        punish_type = self.punish_type

        punish_description = self.punish_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "risk_score": risk_score,
            }
        )
        if risk_type is not UNSET:
            field_dict["risk_type"] = risk_type
        if punish_type is not UNSET:
            field_dict["punish_type"] = punish_type
        if punish_description is not UNSET:
            field_dict["punish_description"] = punish_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        risk_score = d.pop("risk_score")

        risk_type = d.pop("risk_type", UNSET)

        punish_type = d.pop("punish_type", UNSET)

        punish_description = d.pop("punish_description", UNSET)

        risk_trade_information = cls(
            risk_score=risk_score,
            risk_type=risk_type,
            punish_type=punish_type,
            punish_description=punish_description,
        )

        risk_trade_information.additional_properties = d
        return risk_trade_information

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
