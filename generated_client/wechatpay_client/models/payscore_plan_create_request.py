# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_plan_detail_item import PayscorePlanDetailItem


T = TypeVar("T", bound="PayscorePlanCreateRequest")


@_attrs_define
class PayscorePlanCreateRequest:
    """创建支付分计划请求 — a new Pay Score plan. Amounts in fen (分)."""

    service_id: str
    """ 计划所属服务 — the Pay Score service ID (with the plan permission). """
    appid: str
    """ AppID — an AppID bound to the merchant. """
    plan_name: str
    """ 支付分计划名称 — plan name shown to users. """
    plan_duration: int
    """ 支付分计划有效期 — how long a signed plan lasts, in days. """
    deduction_quantity: int
    """ 支付分计划扣费次数 — number of deductions (services) in the plan. """
    total_original_price: int
    """ 支付分计划原总金额 — original total price, in fen. """
    total_actual_price: int
    """ 支付分计划实际扣费总金额 — total actually charged, in fen. """
    merchant_plan_no: str
    """ 商户侧计划号 — the merchant's plan number, unique per merchant. """
    plan_detail_list: list[PayscorePlanDetailItem] | Unset = UNSET
    """ 支付分计划明细列表 — one entry per service of the plan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        plan_name = self.plan_name

        plan_duration = self.plan_duration

        deduction_quantity = self.deduction_quantity

        total_original_price = self.total_original_price

        total_actual_price = self.total_actual_price

        merchant_plan_no = self.merchant_plan_no

        plan_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plan_detail_list, Unset):
            plan_detail_list = []
            for plan_detail_list_item_data in self.plan_detail_list:
                plan_detail_list_item = plan_detail_list_item_data.to_dict()
                plan_detail_list.append(plan_detail_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "appid": appid,
                "plan_name": plan_name,
                "plan_duration": plan_duration,
                "deduction_quantity": deduction_quantity,
                "total_original_price": total_original_price,
                "total_actual_price": total_actual_price,
                "merchant_plan_no": merchant_plan_no,
            }
        )
        if plan_detail_list is not UNSET:
            field_dict["plan_detail_list"] = plan_detail_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_detail_item import PayscorePlanDetailItem

        d = dict(src_dict)
        service_id = d.pop("service_id")

        appid = d.pop("appid")

        plan_name = d.pop("plan_name")

        plan_duration = d.pop("plan_duration")

        deduction_quantity = d.pop("deduction_quantity")

        total_original_price = d.pop("total_original_price")

        total_actual_price = d.pop("total_actual_price")

        merchant_plan_no = d.pop("merchant_plan_no")

        _plan_detail_list = d.pop("plan_detail_list", UNSET)
        plan_detail_list: list[PayscorePlanDetailItem] | Unset = UNSET
        if _plan_detail_list is not UNSET:
            plan_detail_list = []
            for plan_detail_list_item_data in _plan_detail_list:
                plan_detail_list_item = PayscorePlanDetailItem.from_dict(plan_detail_list_item_data)

                plan_detail_list.append(plan_detail_list_item)

        payscore_plan_create_request = cls(
            service_id=service_id,
            appid=appid,
            plan_name=plan_name,
            plan_duration=plan_duration,
            deduction_quantity=deduction_quantity,
            total_original_price=total_original_price,
            total_actual_price=total_actual_price,
            merchant_plan_no=merchant_plan_no,
            plan_detail_list=plan_detail_list,
        )

        payscore_plan_create_request.additional_properties = d
        return payscore_plan_create_request

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
