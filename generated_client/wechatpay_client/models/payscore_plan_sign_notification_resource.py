# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_plan_signed_detail import PayscorePlanSignedDetail


T = TypeVar("T", bound="PayscorePlanSignNotificationResource")


@_attrs_define
class PayscorePlanSignNotificationResource:
    """签约计划通知 — the decrypted resource of `PAYSCORE.USER_SIGN_PLAN` (the user signed the
    plan) and `PAYSCORE.USER_CANCEL_SIGN_PLAN` (the sign plan was cancelled by the user or
    because the service authorisation was revoked), sent to the sign plan's `notify_url`.
    The shape is the sign plan of `query_payscore_user_sign_plan`; the source table merges
    partner keys (`sub_mchid`, `sub_appid`, `sub_openid`), listed as optional. Times are
    plain strings (`""` when unset). Unknown keys are kept.

    """

    sign_plan_id: str
    """ 计划签约ID — sign-plan ID. """
    merchant_sign_plan_no: str
    """ 商户签约计划单号 — the merchant's sign-plan number. """
    plan_id: str
    """ 签约所属计划ID — the plan signed. """
    sign_state: str
    """ 计划签约状态 — open set (`UNSIGNED` is the documented example value). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    sub_openid: str | Unset = UNSET
    """ 子商户应用下的OpenID — OpenID under `sub_appid` (service-provider mode). """
    service_id: str | Unset = UNSET
    """ 计划所属服务 — service ID. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    sub_mchid: str | Unset = UNSET
    """ 子商户商户号 — sub-merchant ID (service-provider mode). """
    appid: str | Unset = UNSET
    """ AppID — AppID of the sign plan. """
    sub_appid: str | Unset = UNSET
    """ 子商户AppID — sub-merchant AppID (service-provider mode). """
    merchant_callback_url: str | Unset = UNSET
    """ 商户回调地址 — the notification URL. """
    going_detail_no: int | Unset = UNSET
    """ 目前用户进行到的计划详情序号 — item the user has reached (0: none started).
     """
    cancel_sign_time: str | Unset = UNSET
    """ 取消计划时间 — when the sign plan was cancelled. """
    cancel_sign_type: str | Unset = UNSET
    """ 签约计划取消类型 — open set; `NOT_CANCEL`, `USER`, `MERCHANT`, `REVOKE_SERVICE`. """
    cancel_reason: str | Unset = UNSET
    """ 签约计划取消原因 — why it was cancelled. """
    plan_name: str | Unset = UNSET
    """ 签约计划的名称 — plan name. """
    plan_over_time: str | Unset = UNSET
    """ 签约计划过期时间 — when the sign plan expires. """
    total_origin_price: int | Unset = UNSET
    """ 签约计划原总金额 — original total price, in fen. """
    deduction_quantity: int | Unset = UNSET
    """ 签约计划扣费次数 — number of deductions. """
    total_actual_price: int | Unset = UNSET
    """ 签约计划实际总金额 — total actually charged, in fen. """
    signed_detail_list: list[PayscorePlanSignedDetail] | Unset = UNSET
    """ 签约计划明细列表 — the items of the sign plan. """
    sign_time: str | Unset = UNSET
    """ 签约时间 — when the user signed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_plan_id = self.sign_plan_id

        merchant_sign_plan_no = self.merchant_sign_plan_no

        plan_id = self.plan_id

        sign_state = self.sign_state

        openid = self.openid

        sub_openid = self.sub_openid

        service_id = self.service_id

        mchid = self.mchid

        sub_mchid = self.sub_mchid

        appid = self.appid

        sub_appid = self.sub_appid

        merchant_callback_url = self.merchant_callback_url

        going_detail_no = self.going_detail_no

        cancel_sign_time = self.cancel_sign_time

        cancel_sign_type = self.cancel_sign_type

        cancel_reason = self.cancel_reason

        plan_name = self.plan_name

        plan_over_time = self.plan_over_time

        total_origin_price = self.total_origin_price

        deduction_quantity = self.deduction_quantity

        total_actual_price = self.total_actual_price

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
                "merchant_sign_plan_no": merchant_sign_plan_no,
                "plan_id": plan_id,
                "sign_state": sign_state,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if merchant_callback_url is not UNSET:
            field_dict["merchant_callback_url"] = merchant_callback_url
        if going_detail_no is not UNSET:
            field_dict["going_detail_no"] = going_detail_no
        if cancel_sign_time is not UNSET:
            field_dict["cancel_sign_time"] = cancel_sign_time
        if cancel_sign_type is not UNSET:
            field_dict["cancel_sign_type"] = cancel_sign_type
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if plan_over_time is not UNSET:
            field_dict["plan_over_time"] = plan_over_time
        if total_origin_price is not UNSET:
            field_dict["total_origin_price"] = total_origin_price
        if deduction_quantity is not UNSET:
            field_dict["deduction_quantity"] = deduction_quantity
        if total_actual_price is not UNSET:
            field_dict["total_actual_price"] = total_actual_price
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

        merchant_sign_plan_no = d.pop("merchant_sign_plan_no")

        plan_id = d.pop("plan_id")

        sign_state = d.pop("sign_state")

        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        service_id = d.pop("service_id", UNSET)

        mchid = d.pop("mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        appid = d.pop("appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        merchant_callback_url = d.pop("merchant_callback_url", UNSET)

        going_detail_no = d.pop("going_detail_no", UNSET)

        cancel_sign_time = d.pop("cancel_sign_time", UNSET)

        cancel_sign_type = d.pop("cancel_sign_type", UNSET)

        cancel_reason = d.pop("cancel_reason", UNSET)

        plan_name = d.pop("plan_name", UNSET)

        plan_over_time = d.pop("plan_over_time", UNSET)

        total_origin_price = d.pop("total_origin_price", UNSET)

        deduction_quantity = d.pop("deduction_quantity", UNSET)

        total_actual_price = d.pop("total_actual_price", UNSET)

        _signed_detail_list = d.pop("signed_detail_list", UNSET)
        signed_detail_list: list[PayscorePlanSignedDetail] | Unset = UNSET
        if _signed_detail_list is not UNSET:
            signed_detail_list = []
            for signed_detail_list_item_data in _signed_detail_list:
                signed_detail_list_item = PayscorePlanSignedDetail.from_dict(signed_detail_list_item_data)

                signed_detail_list.append(signed_detail_list_item)

        sign_time = d.pop("sign_time", UNSET)

        payscore_plan_sign_notification_resource = cls(
            sign_plan_id=sign_plan_id,
            merchant_sign_plan_no=merchant_sign_plan_no,
            plan_id=plan_id,
            sign_state=sign_state,
            openid=openid,
            sub_openid=sub_openid,
            service_id=service_id,
            mchid=mchid,
            sub_mchid=sub_mchid,
            appid=appid,
            sub_appid=sub_appid,
            merchant_callback_url=merchant_callback_url,
            going_detail_no=going_detail_no,
            cancel_sign_time=cancel_sign_time,
            cancel_sign_type=cancel_sign_type,
            cancel_reason=cancel_reason,
            plan_name=plan_name,
            plan_over_time=plan_over_time,
            total_origin_price=total_origin_price,
            deduction_quantity=deduction_quantity,
            total_actual_price=total_actual_price,
            signed_detail_list=signed_detail_list,
            sign_time=sign_time,
        )

        payscore_plan_sign_notification_resource.additional_properties = d
        return payscore_plan_sign_notification_resource

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
