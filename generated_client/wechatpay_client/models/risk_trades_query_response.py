# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_trade import RiskTrade


T = TypeVar("T", bound="RiskTradesQueryResponse")


@_attrs_define
class RiskTradesQueryResponse:
    """风险订单列表 — one page of risk orders."""

    total_num: int | Unset = UNSET
    """ 总风险订单数 — total number of risk orders in the window. """
    risk_trade_list: list[RiskTrade] | Unset = UNSET
    """ 风险订单列表 — the risk orders of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_num = self.total_num

        risk_trade_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.risk_trade_list, Unset):
            risk_trade_list = []
            for risk_trade_list_item_data in self.risk_trade_list:
                risk_trade_list_item = risk_trade_list_item_data.to_dict()
                risk_trade_list.append(risk_trade_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_num is not UNSET:
            field_dict["total_num"] = total_num
        if risk_trade_list is not UNSET:
            field_dict["risk_trade_list"] = risk_trade_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.risk_trade import RiskTrade

        d = dict(src_dict)
        total_num = d.pop("total_num", UNSET)

        _risk_trade_list = d.pop("risk_trade_list", UNSET)
        risk_trade_list: list[RiskTrade] | Unset = UNSET
        if _risk_trade_list is not UNSET:
            risk_trade_list = []
            for risk_trade_list_item_data in _risk_trade_list:
                risk_trade_list_item = RiskTrade.from_dict(risk_trade_list_item_data)

                risk_trade_list.append(risk_trade_list_item)

        risk_trades_query_response = cls(
            total_num=total_num,
            risk_trade_list=risk_trade_list,
        )

        risk_trades_query_response.additional_properties = d
        return risk_trades_query_response

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
