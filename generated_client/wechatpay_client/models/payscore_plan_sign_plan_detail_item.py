# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscorePlanSignPlanDetailItem")


@_attrs_define
class PayscorePlanSignPlanDetailItem:
    """计划详情商户侧单号 — the merchant's number for one plan item."""

    plan_detail_no: int
    """ 计划明细序号 — item number of the plan, from 1. """
    merchant_plan_detail_no: str
    """ 商户侧计划明细使用订单号 — unique per merchant (digits, letters, `_-*`); becomes the
    `out_order_no` of the item's service order.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_detail_no = self.plan_detail_no

        merchant_plan_detail_no = self.merchant_plan_detail_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_detail_no": plan_detail_no,
                "merchant_plan_detail_no": merchant_plan_detail_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_detail_no = d.pop("plan_detail_no")

        merchant_plan_detail_no = d.pop("merchant_plan_detail_no")

        payscore_plan_sign_plan_detail_item = cls(
            plan_detail_no=plan_detail_no,
            merchant_plan_detail_no=merchant_plan_detail_no,
        )

        payscore_plan_sign_plan_detail_item.additional_properties = d
        return payscore_plan_sign_plan_detail_item

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
