# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscorePlanDetail")


@_attrs_define
class PayscorePlanDetail:
    """计划明细 — one item of a plan (response side). Amounts in fen."""

    plan_detail_no: int
    """ 计划明细序号 — item number, from 1 in creation order. """
    plan_detail_name: str
    """ 计划明细名称 — item name. """
    original_price: int
    """ 计划明细原支付金额 — original price, in fen. """
    actual_price: int
    """ 计划明细实际支付金额 — price actually charged, in fen. """
    plan_discount_description: str | Unset = UNSET
    """ 计划明细优惠说明 — description of the discount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_detail_no = self.plan_detail_no

        plan_detail_name = self.plan_detail_name

        original_price = self.original_price

        actual_price = self.actual_price

        plan_discount_description = self.plan_discount_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_detail_no": plan_detail_no,
                "plan_detail_name": plan_detail_name,
                "original_price": original_price,
                "actual_price": actual_price,
            }
        )
        if plan_discount_description is not UNSET:
            field_dict["plan_discount_description"] = plan_discount_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        plan_detail_no = d.pop("plan_detail_no")

        plan_detail_name = d.pop("plan_detail_name")

        original_price = d.pop("original_price")

        actual_price = d.pop("actual_price")

        plan_discount_description = d.pop("plan_discount_description", UNSET)

        payscore_plan_detail = cls(
            plan_detail_no=plan_detail_no,
            plan_detail_name=plan_detail_name,
            original_price=original_price,
            actual_price=actual_price,
            plan_discount_description=plan_discount_description,
        )

        payscore_plan_detail.additional_properties = d
        return payscore_plan_detail

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
