# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_delivery_location import PayscoreDeliveryLocation
    from ..models.payscore_delivery_post_discount import PayscoreDeliveryPostDiscount
    from ..models.payscore_delivery_post_payment import PayscoreDeliveryPostPayment
    from ..models.payscore_delivery_risk_fund import PayscoreDeliveryRiskFund
    from ..models.payscore_delivery_shopping_info import PayscoreDeliveryShoppingInfo
    from ..models.payscore_delivery_time_range import PayscoreDeliveryTimeRange


T = TypeVar("T", bound="PayscoreDeliveryOrderCreateRequest")


@_attrs_define
class PayscoreDeliveryOrderCreateRequest:
    """创建先用后付订单请求 — create a pay-on-delivery service order."""

    out_order_no: str
    """ 商户服务订单号 — the merchant's service order number, unique per merchant. """
    appid: str
    """ 公众账号ID — the AppID the user's `openid` belongs to. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    service_introduction: str
    """ 服务信息 — what the order is for, shown to the user. """
    time_range: PayscoreDeliveryTimeRange
    """ 服务时间段 — service period (request side). """
    risk_fund: PayscoreDeliveryRiskFund
    """ 订单风险金 — risk fund (request side). """
    notify_url: str
    """ 商户回调地址 — receives the confirmation and payment notifications. """
    shopping_info: PayscoreDeliveryShoppingInfo
    """ 先用后付购物详情 — the purchase (request side). """
    post_payments: list[PayscoreDeliveryPostPayment] | Unset = UNSET
    """ 后付费项目 — the items that will be charged. """
    post_discounts: list[PayscoreDeliveryPostDiscount] | Unset = UNSET
    """ 后付费商户优惠 — merchant discounts. """
    location: PayscoreDeliveryLocation | Unset = UNSET
    """ 服务位置 — service location (request side). """
    attach: str | Unset = UNSET
    """ 商户数据包 — merchant data returned unchanged in queries and notifications. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    need_user_confirm: bool | Unset = UNSET
    """ 是否需要用户确认 — whether the user must confirm the order. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        appid = self.appid

        service_id = self.service_id

        service_introduction = self.service_introduction

        time_range = self.time_range.to_dict()

        risk_fund = self.risk_fund.to_dict()

        notify_url = self.notify_url

        shopping_info = self.shopping_info.to_dict()

        post_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_payments, Unset):
            post_payments = []
            for post_payments_item_data in self.post_payments:
                post_payments_item = post_payments_item_data.to_dict()
                post_payments.append(post_payments_item)

        post_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_discounts, Unset):
            post_discounts = []
            for post_discounts_item_data in self.post_discounts:
                post_discounts_item = post_discounts_item_data.to_dict()
                post_discounts.append(post_discounts_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        attach = self.attach

        openid = self.openid

        need_user_confirm = self.need_user_confirm

        mchid = self.mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "appid": appid,
                "service_id": service_id,
                "service_introduction": service_introduction,
                "time_range": time_range,
                "risk_fund": risk_fund,
                "notify_url": notify_url,
                "shopping_info": shopping_info,
            }
        )
        if post_payments is not UNSET:
            field_dict["post_payments"] = post_payments
        if post_discounts is not UNSET:
            field_dict["post_discounts"] = post_discounts
        if location is not UNSET:
            field_dict["location"] = location
        if attach is not UNSET:
            field_dict["attach"] = attach
        if openid is not UNSET:
            field_dict["openid"] = openid
        if need_user_confirm is not UNSET:
            field_dict["need_user_confirm"] = need_user_confirm
        if mchid is not UNSET:
            field_dict["mchid"] = mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_delivery_location import PayscoreDeliveryLocation
        from ..models.payscore_delivery_post_discount import PayscoreDeliveryPostDiscount
        from ..models.payscore_delivery_post_payment import PayscoreDeliveryPostPayment
        from ..models.payscore_delivery_risk_fund import PayscoreDeliveryRiskFund
        from ..models.payscore_delivery_shopping_info import PayscoreDeliveryShoppingInfo
        from ..models.payscore_delivery_time_range import PayscoreDeliveryTimeRange

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        appid = d.pop("appid")

        service_id = d.pop("service_id")

        service_introduction = d.pop("service_introduction")

        time_range = PayscoreDeliveryTimeRange.from_dict(d.pop("time_range"))

        risk_fund = PayscoreDeliveryRiskFund.from_dict(d.pop("risk_fund"))

        notify_url = d.pop("notify_url")

        shopping_info = PayscoreDeliveryShoppingInfo.from_dict(d.pop("shopping_info"))

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscoreDeliveryPostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscoreDeliveryPostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscoreDeliveryPostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscoreDeliveryPostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _location = d.pop("location", UNSET)
        location: PayscoreDeliveryLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscoreDeliveryLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        openid = d.pop("openid", UNSET)

        need_user_confirm = d.pop("need_user_confirm", UNSET)

        mchid = d.pop("mchid", UNSET)

        payscore_delivery_order_create_request = cls(
            out_order_no=out_order_no,
            appid=appid,
            service_id=service_id,
            service_introduction=service_introduction,
            time_range=time_range,
            risk_fund=risk_fund,
            notify_url=notify_url,
            shopping_info=shopping_info,
            post_payments=post_payments,
            post_discounts=post_discounts,
            location=location,
            attach=attach,
            openid=openid,
            need_user_confirm=need_user_confirm,
            mchid=mchid,
        )

        payscore_delivery_order_create_request.additional_properties = d
        return payscore_delivery_order_create_request

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
