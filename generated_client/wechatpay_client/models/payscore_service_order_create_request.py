# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_create_post_discount import PayscoreCreatePostDiscount
    from ..models.payscore_device import PayscoreDevice
    from ..models.payscore_location import PayscoreLocation
    from ..models.payscore_post_payment import PayscorePostPayment
    from ..models.payscore_risk_fund import PayscoreRiskFund
    from ..models.payscore_time_range import PayscoreTimeRange


T = TypeVar("T", bound="PayscoreServiceOrderCreateRequest")


@_attrs_define
class PayscoreServiceOrderCreateRequest:
    """创建支付分订单请求 — a new Pay Score service order."""

    out_order_no: str
    """ 商户服务订单号 — the merchant's service order number, unique per merchant (digits,
    letters, `_-|*`). Not usable as `out_trade_no` in refunds.
     """
    appid: str
    """ 公众账号ID — an AppID bound to the merchant; reused by complete and cancel. """
    service_id: str
    """ 服务ID — the Pay Score service ID issued by WeChat Pay. """
    service_introduction: str
    """ 服务信息 — what the order is for, shown to the user (at most 20 characters). """
    time_range: PayscoreTimeRange
    """ 服务时间段 — service time of a new order. """
    risk_fund: PayscoreRiskFund
    """ 服务风险金 — the risk fund of a new order (request side). """
    notify_url: str
    """ 商户回调地址 — receives `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID` (HTTPS, no
    query string).
     """
    post_payments: list[PayscorePostPayment] | Unset = UNSET
    """ 后付费项目 — fee items shown to the user (at most 100); some industries must use a
    fixed `name` (e.g. 收费标准, 计费规则, 预估金额) or send none.
     """
    post_discounts: list[PayscoreCreatePostDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts shown to the user (at most 30). """
    location: PayscoreLocation | Unset = UNSET
    """ 服务位置 — where the service starts and ends. """
    attach: str | Unset = UNSET
    """ 商户数据包 — merchant data returned as is (URL-encode it; at most 256 characters). """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`; needed when `need_user_confirm` is false
    (免确认模式).
     """
    need_user_confirm: bool | Unset = UNSET
    """ 是否需要用户确认 — `false` for the no-confirmation mode (needs that permission and
    `openid`); default `true`.
     """
    device: PayscoreDevice | Unset = UNSET
    """ 设备信息 — devices of the service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        appid = self.appid

        service_id = self.service_id

        service_introduction = self.service_introduction

        time_range = self.time_range.to_dict()

        risk_fund = self.risk_fund.to_dict()

        notify_url = self.notify_url

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

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

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
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_create_post_discount import PayscoreCreatePostDiscount
        from ..models.payscore_device import PayscoreDevice
        from ..models.payscore_location import PayscoreLocation
        from ..models.payscore_post_payment import PayscorePostPayment
        from ..models.payscore_risk_fund import PayscoreRiskFund
        from ..models.payscore_time_range import PayscoreTimeRange

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        appid = d.pop("appid")

        service_id = d.pop("service_id")

        service_introduction = d.pop("service_introduction")

        time_range = PayscoreTimeRange.from_dict(d.pop("time_range"))

        risk_fund = PayscoreRiskFund.from_dict(d.pop("risk_fund"))

        notify_url = d.pop("notify_url")

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscorePostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscorePostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscoreCreatePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscoreCreatePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _location = d.pop("location", UNSET)
        location: PayscoreLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscoreLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        openid = d.pop("openid", UNSET)

        need_user_confirm = d.pop("need_user_confirm", UNSET)

        _device = d.pop("device", UNSET)
        device: PayscoreDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = PayscoreDevice.from_dict(_device)

        payscore_service_order_create_request = cls(
            out_order_no=out_order_no,
            appid=appid,
            service_id=service_id,
            service_introduction=service_introduction,
            time_range=time_range,
            risk_fund=risk_fund,
            notify_url=notify_url,
            post_payments=post_payments,
            post_discounts=post_discounts,
            location=location,
            attach=attach,
            openid=openid,
            need_user_confirm=need_user_confirm,
            device=device,
        )

        payscore_service_order_create_request.additional_properties = d
        return payscore_service_order_create_request

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
