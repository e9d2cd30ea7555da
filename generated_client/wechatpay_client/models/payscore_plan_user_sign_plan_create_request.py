# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payscore_plan_sign_plan_detail_item import PayscorePlanSignPlanDetailItem


T = TypeVar("T", bound="PayscorePlanUserSignPlanCreateRequest")


@_attrs_define
class PayscorePlanUserSignPlanCreateRequest:
    """创建用户的签约计划请求 — a sign plan for one user."""

    service_id: str
    """ 支付分服务ID — the Pay Score service ID. """
    plan_id: str
    """ 支付分计划ID — the plan (from `create_payscore_plan`), which must be in effect. """
    appid: str
    """ AppID — an AppID bound to the merchant. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    merchant_sign_plan_no: str
    """ 商户签约计划单号 — the merchant's sign-plan number, unique per merchant (digits,
    letters, `_-*`).
     """
    notify_url: str
    """ 签约成功事件通知回调地址 — receives `PAYSCORE.USER_SIGN_PLAN` and
    `PAYSCORE.USER_CANCEL_SIGN_PLAN`.
     """
    sign_plan_detail: list[PayscorePlanSignPlanDetailItem]
    """ 签约计划对应的计划详情列表的商户侧单号信息 — the merchant's number for each plan item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        plan_id = self.plan_id

        appid = self.appid

        openid = self.openid

        merchant_sign_plan_no = self.merchant_sign_plan_no

        notify_url = self.notify_url

        sign_plan_detail = []
        for sign_plan_detail_item_data in self.sign_plan_detail:
            sign_plan_detail_item = sign_plan_detail_item_data.to_dict()
            sign_plan_detail.append(sign_plan_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "plan_id": plan_id,
                "appid": appid,
                "openid": openid,
                "merchant_sign_plan_no": merchant_sign_plan_no,
                "notify_url": notify_url,
                "sign_plan_detail": sign_plan_detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_sign_plan_detail_item import PayscorePlanSignPlanDetailItem

        d = dict(src_dict)
        service_id = d.pop("service_id")

        plan_id = d.pop("plan_id")

        appid = d.pop("appid")

        openid = d.pop("openid")

        merchant_sign_plan_no = d.pop("merchant_sign_plan_no")

        notify_url = d.pop("notify_url")

        sign_plan_detail = []
        _sign_plan_detail = d.pop("sign_plan_detail")
        for sign_plan_detail_item_data in _sign_plan_detail:
            sign_plan_detail_item = PayscorePlanSignPlanDetailItem.from_dict(sign_plan_detail_item_data)

            sign_plan_detail.append(sign_plan_detail_item)

        payscore_plan_user_sign_plan_create_request = cls(
            service_id=service_id,
            plan_id=plan_id,
            appid=appid,
            openid=openid,
            merchant_sign_plan_no=merchant_sign_plan_no,
            notify_url=notify_url,
            sign_plan_detail=sign_plan_detail,
        )

        payscore_plan_user_sign_plan_create_request.additional_properties = d
        return payscore_plan_user_sign_plan_create_request

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
