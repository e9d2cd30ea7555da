# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_plan_detail import PayscorePlanDetail


T = TypeVar("T", bound="PayscorePlan")


@_attrs_define
class PayscorePlan:
    """支付分计划 — a Pay Score plan (answer of create, query and stop). Amounts in fen."""

    plan_id: str
    """ 支付分计划ID — plan ID assigned by WeChat Pay. """
    service_id: str
    """ 计划所属服务 — service ID. """
    mchid: str
    """ 商户号 — merchant ID. """
    appid: str
    """ AppID — AppID of the plan. """
    merchant_plan_no: str
    """ 商户侧计划号 — the merchant's plan number. """
    plan_name: str
    """ 支付分计划名称 — plan name. """
    plan_duration: int
    """ 支付分计划有效期 — validity, in days. """
    plan_state: str
    """ 支付分计划状态 — plan state; open set (the sources list no values). """
    total_original_price: int
    """ 支付分计划原总金额 — original total price, in fen. """
    deduction_quantity: int
    """ 支付分计划扣费次数 — number of deductions. """
    total_actual_price: int
    """ 支付分计划实际扣费总金额 — total actually charged, in fen. """
    plan_detail_list: list[PayscorePlanDetail] | Unset = UNSET
    """ 支付分计划明细列表 — the plan's items. """
    stop_mchid: str | Unset = UNSET
    """ 终止方商户号 — merchant that stopped the plan. """
    stop_time: str | Unset = UNSET
    """ 终止时间 — when the plan was stopped (RFC 3339). A plain string: unset times may come
    as `""`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        service_id = self.service_id

        mchid = self.mchid

        appid = self.appid

        merchant_plan_no = self.merchant_plan_no

        plan_name = self.plan_name

        plan_duration = self.plan_duration

        plan_state = self.plan_state

        total_original_price = self.total_original_price

        deduction_quantity = self.deduction_quantity

        total_actual_price = self.total_actual_price

        plan_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plan_detail_list, Unset):
            plan_detail_list = []
            for plan_detail_list_item_data in self.plan_detail_list:
                plan_detail_list_item = plan_detail_list_item_data.to_dict()
                plan_detail_list.append(plan_detail_list_item)

        stop_mchid = self.stop_mchid

        stop_time = self.stop_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "service_id": service_id,
                "mchid": mchid,
                "appid": appid,
                "merchant_plan_no": merchant_plan_no,
                "plan_name": plan_name,
                "plan_duration": plan_duration,
                "plan_state": plan_state,
                "total_original_price": total_original_price,
                "deduction_quantity": deduction_quantity,
                "total_actual_price": total_actual_price,
            }
        )
        if plan_detail_list is not UNSET:
            field_dict["plan_detail_list"] = plan_detail_list
        if stop_mchid is not UNSET:
            field_dict["stop_mchid"] = stop_mchid
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_detail import PayscorePlanDetail

        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        service_id = d.pop("service_id")

        mchid = d.pop("mchid")

        appid = d.pop("appid")

        merchant_plan_no = d.pop("merchant_plan_no")

        plan_name = d.pop("plan_name")

        plan_duration = d.pop("plan_duration")

        plan_state = d.pop("plan_state")

        total_original_price = d.pop("total_original_price")

        deduction_quantity = d.pop("deduction_quantity")

        total_actual_price = d.pop("total_actual_price")

        _plan_detail_list = d.pop("plan_detail_list", UNSET)
        plan_detail_list: list[PayscorePlanDetail] | Unset = UNSET
        if _plan_detail_list is not UNSET:
            plan_detail_list = []
            for plan_detail_list_item_data in _plan_detail_list:
                plan_detail_list_item = PayscorePlanDetail.from_dict(plan_detail_list_item_data)

                plan_detail_list.append(plan_detail_list_item)

        stop_mchid = d.pop("stop_mchid", UNSET)

        stop_time = d.pop("stop_time", UNSET)

        payscore_plan = cls(
            plan_id=plan_id,
            service_id=service_id,
            mchid=mchid,
            appid=appid,
            merchant_plan_no=merchant_plan_no,
            plan_name=plan_name,
            plan_duration=plan_duration,
            plan_state=plan_state,
            total_original_price=total_original_price,
            deduction_quantity=deduction_quantity,
            total_actual_price=total_actual_price,
            plan_detail_list=plan_detail_list,
            stop_mchid=stop_mchid,
            stop_time=stop_time,
        )

        payscore_plan.additional_properties = d
        return payscore_plan

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
