# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_plan_signed_detail import PayscorePlanSignedDetail


T = TypeVar("T", bound="PayscorePlanUserSignPlan")


@_attrs_define
class PayscorePlanUserSignPlan:
    """用户的签约计划 — a user's sign plan (answer of create, query and stop). Times are plain
    strings (RFC 3339 when set; the samples send `""` for unset times). Amounts in fen.

    """

    sign_plan_id: str
    """ 计划签约ID — sign-plan ID assigned by WeChat Pay. """
    service_id: str
    """ 计划所属服务 — service ID. """
    mchid: str
    """ 商户号 — merchant ID. """
    appid: str
    """ AppID — AppID of the sign plan. """
    merchant_sign_plan_no: str
    """ 商户侧签约计划号 — the merchant's sign-plan number. """
    merchant_callback_url: str
    """ 商户回调地址 — the notification URL given at creation. """
    plan_id: str
    """ 签约所属计划ID — the plan signed. """
    going_detail_no: int
    """ 目前用户进行到的计划详情序号 — item the user has reached (0: none started).
     """
    sign_state: str
    """ 计划签约状态 — sign-plan state; open set (the notification table lists `UNSIGNED`; no full list is published). """
    plan_name: str
    """ 签约计划的名称 — plan name. """
    plan_over_time: str
    """ 签约计划的过期时间 — when the sign plan expires. """
    total_origin_price: int
    """ 签约计划原总金额 — original total price, in fen. """
    deduction_quantity: int
    """ 签约计划扣费次数 — number of deductions. """
    total_actual_price: int
    """ 签约计划实际总金额 — total actually charged, in fen. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    cancel_sign_time: str | Unset = UNSET
    """ 签约计划取消时间 — when the sign plan was cancelled. """
    cancel_sign_type: str | Unset = UNSET
    """ 签约计划取消类型 — open set; known values: `NOT_CANCEL`, `USER`, `MERCHANT`,
    `REVOKE_SERVICE`.
     """
    cancel_reason: str | Unset = UNSET
    """ 签约计划取消原因 — why it was cancelled. """
    signed_detail_list: list[PayscorePlanSignedDetail] | Unset = UNSET
    """ 签约计划明细列表 — the items of the sign plan. """
    sign_time: str | Unset = UNSET
    """ 签约时间 — when the user signed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_plan_id = self.sign_plan_id

        service_id = self.service_id

        mchid = self.mchid

        appid = self.appid

        merchant_sign_plan_no = self.merchant_sign_plan_no

        merchant_callback_url = self.merchant_callback_url

        plan_id = self.plan_id

        going_detail_no = self.going_detail_no

        sign_state = self.sign_state

        plan_name = self.plan_name

        plan_over_time = self.plan_over_time

        total_origin_price = self.total_origin_price

        deduction_quantity = self.deduction_quantity

        total_actual_price = self.total_actual_price

        openid = self.openid

        cancel_sign_time = self.cancel_sign_time

        cancel_sign_type = self.cancel_sign_type

        cancel_reason = self.cancel_reason

        signed_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signed_detail_list, Unset):
            signed_detail_list = []
            for signed_detail_list_item_data in self.signed_detail_list:
                signed_detail_list_item = signed_detail_list_item_data.to_dict()
                signed_detail_list.append(signed_detail_list_item)

        sign_time = self.sign_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sign_plan_id": sign_plan_id,
                "service_id": service_id,
                "mchid": mchid,
                "appid": appid,
                "merchant_sign_plan_no": merchant_sign_plan_no,
                "merchant_callback_url": merchant_callback_url,
                "plan_id": plan_id,
                "going_detail_no": going_detail_no,
                "sign_state": sign_state,
                "plan_name": plan_name,
                "plan_over_time": plan_over_time,
                "total_origin_price": total_origin_price,
                "deduction_quantity": deduction_quantity,
                "total_actual_price": total_actual_price,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if cancel_sign_time is not UNSET:
            field_dict["cancel_sign_time"] = cancel_sign_time
        if cancel_sign_type is not UNSET:
            field_dict["cancel_sign_type"] = cancel_sign_type
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if signed_detail_list is not UNSET:
            field_dict["signed_detail_list"] = signed_detail_list
        if sign_time is not UNSET:
            field_dict["sign_time"] = sign_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_signed_detail import PayscorePlanSignedDetail

        d = dict(src_dict)
        sign_plan_id = d.pop("sign_plan_id")

        service_id = d.pop("service_id")

        mchid = d.pop("mchid")

        appid = d.pop("appid")

        merchant_sign_plan_no = d.pop("merchant_sign_plan_no")

        merchant_callback_url = d.pop("merchant_callback_url")

        plan_id = d.pop("plan_id")

        going_detail_no = d.pop("going_detail_no")

        sign_state = d.pop("sign_state")

        plan_name = d.pop("plan_name")

        plan_over_time = d.pop("plan_over_time")

        total_origin_price = d.pop("total_origin_price")

        deduction_quantity = d.pop("deduction_quantity")

        total_actual_price = d.pop("total_actual_price")

        openid = d.pop("openid", UNSET)

        cancel_sign_time = d.pop("cancel_sign_time", UNSET)

        cancel_sign_type = d.pop("cancel_sign_type", UNSET)

        cancel_reason = d.pop("cancel_reason", UNSET)

        _signed_detail_list = d.pop("signed_detail_list", UNSET)
        signed_detail_list: list[PayscorePlanSignedDetail] | Unset = UNSET
        if _signed_detail_list is not UNSET:
            signed_detail_list = []
            for signed_detail_list_item_data in _signed_detail_list:
                signed_detail_list_item = PayscorePlanSignedDetail.from_dict(signed_detail_list_item_data)

                signed_detail_list.append(signed_detail_list_item)

        sign_time = d.pop("sign_time", UNSET)

        payscore_plan_user_sign_plan = cls(
            sign_plan_id=sign_plan_id,
            service_id=service_id,
            mchid=mchid,
            appid=appid,
            merchant_sign_plan_no=merchant_sign_plan_no,
            merchant_callback_url=merchant_callback_url,
            plan_id=plan_id,
            going_detail_no=going_detail_no,
            sign_state=sign_state,
            plan_name=plan_name,
            plan_over_time=plan_over_time,
            total_origin_price=total_origin_price,
            deduction_quantity=deduction_quantity,
            total_actual_price=total_actual_price,
            openid=openid,
            cancel_sign_time=cancel_sign_time,
            cancel_sign_type=cancel_sign_type,
            cancel_reason=cancel_reason,
            signed_detail_list=signed_detail_list,
            sign_time=sign_time,
        )

        payscore_plan_user_sign_plan.additional_properties = d
        return payscore_plan_user_sign_plan

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
