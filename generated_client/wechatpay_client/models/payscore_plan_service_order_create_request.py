# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_plan_location import PayscorePlanLocation
    from ..models.payscore_plan_time_range import PayscorePlanTimeRange


T = TypeVar("T", bound="PayscorePlanServiceOrderCreateRequest")


@_attrs_define
class PayscorePlanServiceOrderCreateRequest:
    """创建签约计划服务订单请求 — the service order of one item of a signed plan."""

    service_id: str
    """ 支付分服务ID — the Pay Score service ID. """
    sign_plan_id: str
    """ 用户的签约计划ID — the user's sign plan (`sign_plan_id`). """
    plan_detail_no: int
    """ 签约计划详情序号 — the item to serve, from 1. """
    appid: str
    """ 商户的AppID — the AppID of the sign plan. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    notify_url: str
    """ 商户扣款成功回调通知的地址 — receives the payment notification of the order. """
    service_introduction: str
    """ 服务信息 — what the order is for (at most 20 characters). """
    time_range: PayscorePlanTimeRange
    """ 服务时间 — service time of a plan item's order (request side). """
    out_trade_no: str
    """ 商户侧订单号 — the merchant's order number of this item. """
    location: PayscorePlanLocation | Unset = UNSET
    """ 服务位置 — service location of a plan item's order (request side). """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned as is (at most 256 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        sign_plan_id = self.sign_plan_id

        plan_detail_no = self.plan_detail_no

        appid = self.appid

        openid = self.openid

        notify_url = self.notify_url

        service_introduction = self.service_introduction

        time_range = self.time_range.to_dict()

        out_trade_no = self.out_trade_no

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        attach = self.attach

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "sign_plan_id": sign_plan_id,
                "plan_detail_no": plan_detail_no,
                "appid": appid,
                "openid": openid,
                "notify_url": notify_url,
                "service_introduction": service_introduction,
                "time_range": time_range,
                "out_trade_no": out_trade_no,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if attach is not UNSET:
            field_dict["attach"] = attach

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_location import PayscorePlanLocation
        from ..models.payscore_plan_time_range import PayscorePlanTimeRange

        d = dict(src_dict)
        service_id = d.pop("service_id")

        sign_plan_id = d.pop("sign_plan_id")

        plan_detail_no = d.pop("plan_detail_no")

        appid = d.pop("appid")

        openid = d.pop("openid")

        notify_url = d.pop("notify_url")

        service_introduction = d.pop("service_introduction")

        time_range = PayscorePlanTimeRange.from_dict(d.pop("time_range"))

        out_trade_no = d.pop("out_trade_no")

        _location = d.pop("location", UNSET)
        location: PayscorePlanLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscorePlanLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        payscore_plan_service_order_create_request = cls(
            service_id=service_id,
            sign_plan_id=sign_plan_id,
            plan_detail_no=plan_detail_no,
            appid=appid,
            openid=openid,
            notify_url=notify_url,
            service_introduction=service_introduction,
            time_range=time_range,
            out_trade_no=out_trade_no,
            location=location,
            attach=attach,
        )

        payscore_plan_service_order_create_request.additional_properties = d
        return payscore_plan_service_order_create_request

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
