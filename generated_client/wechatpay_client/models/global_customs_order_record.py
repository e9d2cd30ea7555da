# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalCustomsOrderRecord")


@_attrs_define
class GlobalCustomsOrderRecord:
    """报关记录 — one declaration in a query answer."""

    customs: str
    """ 海关代码 — customs office (open set; the request values are listed on
    `GlobalCustomsOrderCreateRequest.customs`). """
    state: str
    """ 报关状态 — declaration state. Open set; known values `PROCESSING`, `UNDECLARED`,
    `SUBMITTED`, `SUCCESS`, `FAIL`, `EXCEPT`.
     """
    sub_order_no: str | Unset = UNSET
    """ 商户子单号 — merchant sub-order number. """
    sub_order_id: str | Unset = UNSET
    """ 微信子单号 — WeChat Pay sub-order number. """
    mch_customs_no: str | Unset = UNSET
    """ 商户海关备案号 — the merchant's customs registration number. """
    fee_type: str | Unset = UNSET
    """ 币种 — currency of the fees. """
    order_fee: int | Unset = UNSET
    """ 子单金额 — sub-order amount, smallest currency unit. """
    duty: int | Unset = UNSET
    """ 关税 — duty, smallest currency unit. """
    transport_fee: int | Unset = UNSET
    """ 物流费用 — shipping fee, smallest currency unit. """
    product_fee: int | Unset = UNSET
    """ 商品费用 — goods amount, smallest currency unit. """
    explanation: str | Unset = UNSET
    """ 报关结果说明 — result explanation. """
    modify_time: datetime.datetime | Unset = UNSET
    """ 最后更新时间 — last update (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customs = self.customs

        state = self.state

        sub_order_no = self.sub_order_no

        sub_order_id = self.sub_order_id

        mch_customs_no = self.mch_customs_no

        fee_type = self.fee_type

        order_fee = self.order_fee

        duty = self.duty

        transport_fee = self.transport_fee

        product_fee = self.product_fee

        explanation = self.explanation

        modify_time: str | Unset = UNSET
        if not isinstance(self.modify_time, Unset):
            modify_time = self.modify_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customs": customs,
                "state": state,
            }
        )
        if sub_order_no is not UNSET:
            field_dict["sub_order_no"] = sub_order_no
        if sub_order_id is not UNSET:
            field_dict["sub_order_id"] = sub_order_id
        if mch_customs_no is not UNSET:
            field_dict["mch_customs_no"] = mch_customs_no
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if order_fee is not UNSET:
            field_dict["order_fee"] = order_fee
        if duty is not UNSET:
            field_dict["duty"] = duty
        if transport_fee is not UNSET:
            field_dict["transport_fee"] = transport_fee
        if product_fee is not UNSET:
            field_dict["product_fee"] = product_fee
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if modify_time is not UNSET:
            field_dict["modify_time"] = modify_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customs = d.pop("customs")

        state = d.pop("state")

        sub_order_no = d.pop("sub_order_no", UNSET)

        sub_order_id = d.pop("sub_order_id", UNSET)

        mch_customs_no = d.pop("mch_customs_no", UNSET)

        fee_type = d.pop("fee_type", UNSET)

        order_fee = d.pop("order_fee", UNSET)

        duty = d.pop("duty", UNSET)

        transport_fee = d.pop("transport_fee", UNSET)

        product_fee = d.pop("product_fee", UNSET)

        explanation = d.pop("explanation", UNSET)

        _modify_time = d.pop("modify_time", UNSET)
        modify_time: datetime.datetime | Unset
        if isinstance(_modify_time, Unset):
            modify_time = UNSET
        else:
            modify_time = datetime.datetime.fromisoformat(_modify_time)

        global_customs_order_record = cls(
            customs=customs,
            state=state,
            sub_order_no=sub_order_no,
            sub_order_id=sub_order_id,
            mch_customs_no=mch_customs_no,
            fee_type=fee_type,
            order_fee=order_fee,
            duty=duty,
            transport_fee=transport_fee,
            product_fee=product_fee,
            explanation=explanation,
            modify_time=modify_time,
        )

        global_customs_order_record.additional_properties = d
        return global_customs_order_record

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
