# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_permission_location import PayscorePermissionLocation
    from ..models.payscore_permission_post_discount import PayscorePermissionPostDiscount
    from ..models.payscore_permission_post_payment import PayscorePermissionPostPayment
    from ..models.payscore_permission_time_range import PayscorePermissionTimeRange


T = TypeVar("T", bound="PayscorePermissionDirectCompleteRequest")


@_attrs_define
class PayscorePermissionDirectCompleteRequest:
    """创单结单合并请求 — create and complete a service order in one call."""

    out_order_no: str
    """ 商户服务订单号 — the merchant's service order number, unique per merchant. """
    appid: str
    """ 公众账号ID — the AppID the user's `openid` belongs to. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    time_range: PayscorePermissionTimeRange
    """ 服务时间段 — service period (request side). """
    post_payments: list[PayscorePermissionPostPayment] | Unset = UNSET
    """ 后付费项目 — the charged items. """
    post_discounts: list[PayscorePermissionPostDiscount] | Unset = UNSET
    """ 后付费商户优惠 — merchant discounts. """
    location: PayscorePermissionLocation | Unset = UNSET
    """ 服务位置 — service location (request side). """
    service_introduction: str | Unset = UNSET
    """ 服务信息 — what the service was, shown to the user. """
    attach: str | Unset = UNSET
    """ 商户数据包 — merchant data returned unchanged in queries and notifications. """
    notify_url: str | Unset = UNSET
    """ 商户回调地址 — receives the `PAYSCORE.USER_PAID` notification. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    total_amount: int | Unset = UNSET
    """ 总金额 — the amount to collect, in fen. """
    profit_sharing: bool | Unset = UNSET
    """ 微信支付服务分账标记 — whether the payment will be profit-shared (default false). """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — discount tag of the order (coupons). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        appid = self.appid

        service_id = self.service_id

        time_range = self.time_range.to_dict()

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

        service_introduction = self.service_introduction

        attach = self.attach

        notify_url = self.notify_url

        openid = self.openid

        total_amount = self.total_amount

        profit_sharing = self.profit_sharing

        goods_tag = self.goods_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "appid": appid,
                "service_id": service_id,
                "time_range": time_range,
            }
        )
        if post_payments is not UNSET:
            field_dict["post_payments"] = post_payments
        if post_discounts is not UNSET:
            field_dict["post_discounts"] = post_discounts
        if location is not UNSET:
            field_dict["location"] = location
        if service_introduction is not UNSET:
            field_dict["service_introduction"] = service_introduction
        if attach is not UNSET:
            field_dict["attach"] = attach
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if openid is not UNSET:
            field_dict["openid"] = openid
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if profit_sharing is not UNSET:
            field_dict["profit_sharing"] = profit_sharing
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_permission_location import PayscorePermissionLocation
        from ..models.payscore_permission_post_discount import PayscorePermissionPostDiscount
        from ..models.payscore_permission_post_payment import PayscorePermissionPostPayment
        from ..models.payscore_permission_time_range import PayscorePermissionTimeRange

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        appid = d.pop("appid")

        service_id = d.pop("service_id")

        time_range = PayscorePermissionTimeRange.from_dict(d.pop("time_range"))

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscorePermissionPostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscorePermissionPostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscorePermissionPostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscorePermissionPostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _location = d.pop("location", UNSET)
        location: PayscorePermissionLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscorePermissionLocation.from_dict(_location)

        service_introduction = d.pop("service_introduction", UNSET)

        attach = d.pop("attach", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        openid = d.pop("openid", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        profit_sharing = d.pop("profit_sharing", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        payscore_permission_direct_complete_request = cls(
            out_order_no=out_order_no,
            appid=appid,
            service_id=service_id,
            time_range=time_range,
            post_payments=post_payments,
            post_discounts=post_discounts,
            location=location,
            service_introduction=service_introduction,
            attach=attach,
            notify_url=notify_url,
            openid=openid,
            total_amount=total_amount,
            profit_sharing=profit_sharing,
            goods_tag=goods_tag,
        )

        payscore_permission_direct_complete_request.additional_properties = d
        return payscore_permission_direct_complete_request

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
