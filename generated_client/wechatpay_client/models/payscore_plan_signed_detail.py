# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePlanSignedDetail")


@_attrs_define
class PayscorePlanSignedDetail:
    """签约计划明细 — one item of a user's sign plan. Amounts in fen."""

    plan_detail_no: int
    """ 计划明细序号 — item number, from 1. """
    original_price: int
    """ 计划明细原支付金额 — original price, in fen. """
    actual_price: int
    """ 计划明细实际支付金额 — price to charge, in fen. """
    plan_detail_state: str
    """ 计划明细状态 — open set; known values: `NOT_USED`, `USING`, `USED`,
    `SIGN_PLAN_DETAIL_CANCEL`.
     """
    merchant_plan_detail_no: str
    """ 商户侧计划明细使用订单号 — the merchant's number (the service order's `out_order_no`). """
    plan_detail_name: str
    """ 计划详情名称 — item name. """
    plan_discount_description: str | Unset = UNSET
    """ 计划明细优惠说明 — description of the discount. """
    order_id: str | Unset = UNSET
    """ 计划明细对应的支付分服务单号 — the item's service order (once used or cancelled). """
    actual_pay_price: int | Unset = UNSET
    """ 计划明细对应订单实际支付金额 — what the user actually paid for the item, in fen. """
    use_time: str | Unset = UNSET
    """ 详情使用时间 — when the item was used. """
    complete_time: str | Unset = UNSET
    """ 详情完成时间 — when the item's order was paid. """
    cancel_time: str | Unset = UNSET
    """ 详情取消时间 — when the item's order was cancelled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_detail_no = self.plan_detail_no

        original_price = self.original_price

        actual_price = self.actual_price

        plan_detail_state = self.plan_detail_state

        merchant_plan_detail_no = self.merchant_plan_detail_no

        plan_detail_name = self.plan_detail_name

        plan_discount_description = self.plan_discount_description

        order_id = self.order_id

        actual_pay_price = self.actual_pay_price

        use_time = self.use_time

        complete_time = self.complete_time

        cancel_time = self.cancel_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_detail_no": plan_detail_no,
                "original_price": original_price,
                "actual_price": actual_price,
                "plan_detail_state": plan_detail_state,
                "merchant_plan_detail_no": merchant_plan_detail_no,
                "plan_detail_name": plan_detail_name,
            }
        )
        if plan_discount_description is not UNSET:
            field_dict["plan_discount_description"] = plan_discount_description
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if actual_pay_price is not UNSET:
            field_dict["actual_pay_price"] = actual_pay_price
        if use_time is not UNSET:
            field_dict["use_time"] = use_time
        if complete_time is not UNSET:
            field_dict["complete_time"] = complete_time
        if cancel_time is not UNSET:
            field_dict["cancel_time"] = cancel_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_detail_no = d.pop("plan_detail_no")

        original_price = d.pop("original_price")

        actual_price = d.pop("actual_price")

        plan_detail_state = d.pop("plan_detail_state")

        merchant_plan_detail_no = d.pop("merchant_plan_detail_no")

        plan_detail_name = d.pop("plan_detail_name")

        plan_discount_description = d.pop("plan_discount_description", UNSET)

        order_id = d.pop("order_id", UNSET)

        actual_pay_price = d.pop("actual_pay_price", UNSET)

        use_time = d.pop("use_time", UNSET)

        complete_time = d.pop("complete_time", UNSET)

        cancel_time = d.pop("cancel_time", UNSET)

        payscore_plan_signed_detail = cls(
            plan_detail_no=plan_detail_no,
            original_price=original_price,
            actual_price=actual_price,
            plan_detail_state=plan_detail_state,
            merchant_plan_detail_no=merchant_plan_detail_no,
            plan_detail_name=plan_detail_name,
            plan_discount_description=plan_discount_description,
            order_id=order_id,
            actual_pay_price=actual_pay_price,
            use_time=use_time,
            complete_time=complete_time,
            cancel_time=cancel_time,
        )

        payscore_plan_signed_detail.additional_properties = d
        return payscore_plan_signed_detail

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
