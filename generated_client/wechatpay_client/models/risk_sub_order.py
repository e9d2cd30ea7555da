# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_sub_order_risky_goods import RiskSubOrderRiskyGoods, check_risk_sub_order_risky_goods
from ..models.risk_sub_order_sp_risk_level import RiskSubOrderSpRiskLevel, check_risk_sub_order_sp_risk_level
from ..models.risk_sub_order_user_risk_level import RiskSubOrderUserRiskLevel, check_risk_sub_order_user_risk_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskSubOrder")


@_attrs_define
class RiskSubOrder:
    """子单 — one sub-order of a reported combined order."""

    out_trade_no: str | Unset = UNSET
    """ 子单商户订单号 — the sub-order's merchant order number. """
    mch_id: str | Unset = UNSET
    """ 子单发起方商户号 — merchant ID of the sub-order (upstream spelling `mch_id`). """
    delivery_province: str | Unset = UNSET
    """ 收货省份 — delivery province. """
    delivery_city: str | Unset = UNSET
    """ 收货城市 — delivery city. """
    risky_goods: RiskSubOrderRiskyGoods | Unset = UNSET
    """ 高风险类目 — high-risk category (codes 1–6). """
    user_risk_level: RiskSubOrderUserRiskLevel | Unset = UNSET
    """ 下单人风险等级 — the orderer's risk level (codes 1–7). """
    sp_risk_level: RiskSubOrderSpRiskLevel | Unset = UNSET
    """ 商户风险等级 — the seller's risk level (codes 1–7). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        mch_id = self.mch_id

        delivery_province = self.delivery_province

        delivery_city = self.delivery_city

        risky_goods: int | Unset = UNSET
        if not isinstance(self.risky_goods, Unset):
            risky_goods = self.risky_goods

        user_risk_level: int | Unset = UNSET
        if not isinstance(self.user_risk_level, Unset):
            user_risk_level = self.user_risk_level

        sp_risk_level: int | Unset = UNSET
        if not isinstance(self.sp_risk_level, Unset):
            sp_risk_level = self.sp_risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if mch_id is not UNSET:
            field_dict["mch_id"] = mch_id
        if delivery_province is not UNSET:
            field_dict["delivery_province"] = delivery_province
        if delivery_city is not UNSET:
            field_dict["delivery_city"] = delivery_city
        if risky_goods is not UNSET:
            field_dict["risky_goods"] = risky_goods
        if user_risk_level is not UNSET:
            field_dict["user_risk_level"] = user_risk_level
        if sp_risk_level is not UNSET:
            field_dict["sp_risk_level"] = sp_risk_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no", UNSET)

        mch_id = d.pop("mch_id", UNSET)

        delivery_province = d.pop("delivery_province", UNSET)

        delivery_city = d.pop("delivery_city", UNSET)

        _risky_goods = d.pop("risky_goods", UNSET)
        risky_goods: RiskSubOrderRiskyGoods | Unset
        if isinstance(_risky_goods, Unset):
            risky_goods = UNSET
        else:
            risky_goods = check_risk_sub_order_risky_goods(_risky_goods)

        _user_risk_level = d.pop("user_risk_level", UNSET)
        user_risk_level: RiskSubOrderUserRiskLevel | Unset
        if isinstance(_user_risk_level, Unset):
            user_risk_level = UNSET
        else:
            user_risk_level = check_risk_sub_order_user_risk_level(_user_risk_level)

        _sp_risk_level = d.pop("sp_risk_level", UNSET)
        sp_risk_level: RiskSubOrderSpRiskLevel | Unset
        if isinstance(_sp_risk_level, Unset):
            sp_risk_level = UNSET
        else:
            sp_risk_level = check_risk_sub_order_sp_risk_level(_sp_risk_level)

        risk_sub_order = cls(
            out_trade_no=out_trade_no,
            mch_id=mch_id,
            delivery_province=delivery_province,
            delivery_city=delivery_city,
            risky_goods=risky_goods,
            user_risk_level=user_risk_level,
            sp_risk_level=sp_risk_level,
        )

        risk_sub_order.additional_properties = d
        return risk_sub_order

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
