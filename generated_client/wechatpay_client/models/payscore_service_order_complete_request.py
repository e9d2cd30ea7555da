# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_complete_location import PayscoreCompleteLocation
    from ..models.payscore_complete_post_discount import PayscoreCompletePostDiscount
    from ..models.payscore_complete_time_range import PayscoreCompleteTimeRange
    from ..models.payscore_device import PayscoreDevice
    from ..models.payscore_post_payment import PayscorePostPayment


T = TypeVar("T", bound="PayscoreServiceOrderCompleteRequest")


@_attrs_define
class PayscoreServiceOrderCompleteRequest:
    """完结支付分订单请求 — the final items and amount of a service order. `total_amount` =
    sum of `post_payments[].amount` − sum of `post_discounts[].amount`.

    """

    appid: str
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str
    """ 服务ID — the service ID the order was created with. """
    post_payments: list[PayscorePostPayment]
    """ 后付费项目 — the fee items (at most 100). """
    total_amount: int
    """ 总金额 — what the user pays, in fen. """
    post_discounts: list[PayscoreCompletePostDiscount] | Unset = UNSET
    """ 商户优惠 — the merchant discounts (at most 30). """
    time_range: PayscoreCompleteTimeRange | Unset = UNSET
    """ 实际服务时间段 — the actual service time of a completed order (all optional). """
    location: PayscoreCompleteLocation | Unset = UNSET
    """ 实际服务位置 — where the service actually ended. """
    profit_sharing: bool | Unset = UNSET
    """ 微信支付服务分账标记 — `true` to make the payment available for profit sharing. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — promotion tag of the payment (at most 32 characters). """
    device: PayscoreDevice | Unset = UNSET
    """ 设备信息 — devices of the service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        post_payments = []
        for post_payments_item_data in self.post_payments:
            post_payments_item = post_payments_item_data.to_dict()
            post_payments.append(post_payments_item)

        total_amount = self.total_amount

        post_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_discounts, Unset):
            post_discounts = []
            for post_discounts_item_data in self.post_discounts:
                post_discounts_item = post_discounts_item_data.to_dict()
                post_discounts.append(post_discounts_item)

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        profit_sharing = self.profit_sharing

        goods_tag = self.goods_tag

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
                "post_payments": post_payments,
                "total_amount": total_amount,
            }
        )
        if post_discounts is not UNSET:
            field_dict["post_discounts"] = post_discounts
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if location is not UNSET:
            field_dict["location"] = location
        if profit_sharing is not UNSET:
            field_dict["profit_sharing"] = profit_sharing
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_complete_location import PayscoreCompleteLocation
        from ..models.payscore_complete_post_discount import PayscoreCompletePostDiscount
        from ..models.payscore_complete_time_range import PayscoreCompleteTimeRange
        from ..models.payscore_device import PayscoreDevice
        from ..models.payscore_post_payment import PayscorePostPayment

        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        post_payments = []
        _post_payments = d.pop("post_payments")
        for post_payments_item_data in _post_payments:
            post_payments_item = PayscorePostPayment.from_dict(post_payments_item_data)

            post_payments.append(post_payments_item)

        total_amount = d.pop("total_amount")

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscoreCompletePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscoreCompletePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _time_range = d.pop("time_range", UNSET)
        time_range: PayscoreCompleteTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PayscoreCompleteTimeRange.from_dict(_time_range)

        _location = d.pop("location", UNSET)
        location: PayscoreCompleteLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscoreCompleteLocation.from_dict(_location)

        profit_sharing = d.pop("profit_sharing", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        _device = d.pop("device", UNSET)
        device: PayscoreDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = PayscoreDevice.from_dict(_device)

        payscore_service_order_complete_request = cls(
            appid=appid,
            service_id=service_id,
            post_payments=post_payments,
            total_amount=total_amount,
            post_discounts=post_discounts,
            time_range=time_range,
            location=location,
            profit_sharing=profit_sharing,
            goods_tag=goods_tag,
            device=device,
        )

        payscore_service_order_complete_request.additional_properties = d
        return payscore_service_order_complete_request

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
