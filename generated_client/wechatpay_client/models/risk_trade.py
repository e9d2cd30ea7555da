# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTrade")


@_attrs_define
class RiskTrade:
    """风险订单 — one risk order."""

    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — the merchant order number. """
    risk_type: int | Unset = UNSET
    """ 风险类型 — risk type code (1–4 documented). Open set. """
    risk_level: int | Unset = UNSET
    """ 风险等级 — risk level code (1–3 documented). Open set. """
    risk_discove_time: str | Unset = UNSET
    """ 风险发现时间 — when the risk was found (RFC 3339 in the example; kept a plain string).
    Upstream spelling `risk_discove_time`; OA/IM label it 投诉单状态 by mistake.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        risk_type = self.risk_type

        risk_level = self.risk_level

        risk_discove_time = self.risk_discove_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if risk_type is not UNSET:
            field_dict["risk_type"] = risk_type
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if risk_discove_time is not UNSET:
            field_dict["risk_discove_time"] = risk_discove_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        risk_type = d.pop("risk_type", UNSET)

        risk_level = d.pop("risk_level", UNSET)

        risk_discove_time = d.pop("risk_discove_time", UNSET)

        risk_trade = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            risk_type=risk_type,
            risk_level=risk_level,
            risk_discove_time=risk_discove_time,
        )

        risk_trade.additional_properties = d
        return risk_trade

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
