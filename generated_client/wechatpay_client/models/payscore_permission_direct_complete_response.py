# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_permission_response_location import PayscorePermissionResponseLocation
    from ..models.payscore_permission_response_post_discount import PayscorePermissionResponsePostDiscount
    from ..models.payscore_permission_response_post_payment import PayscorePermissionResponsePostPayment
    from ..models.payscore_permission_response_time_range import PayscorePermissionResponseTimeRange


T = TypeVar("T", bound="PayscorePermissionDirectCompleteResponse")


@_attrs_define
class PayscorePermissionDirectCompleteResponse:
    """创单结单合并应答 — the created and completed service order."""

    out_order_no: str
    """ 商户服务订单号 — the merchant's service order number. """
    appid: str
    """ 公众账号ID — the AppID. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    time_range: PayscorePermissionResponseTimeRange
    """ 服务时间段 — service period (answer side). """
    service_introduction: str
    """ 服务信息 — what the service was. """
    mchid: str
    """ 商户号 — the merchant ID. """
    order_id: str
    """ 微信支付服务订单号 — WeChat Pay's service order number. """
    state: str
    """ 服务订单状态 — `CREATED`, `DOING`, `DONE`, `REVOKED` or `EXPIRED` (open set). """
    state_description: str
    """ 订单状态说明 — `USER_CONFIRM` or `MCH_COMPLETE` (open set). """
    post_payments: list[PayscorePermissionResponsePostPayment] | Unset = UNSET
    """ 后付费项目 — the charged items. """
    post_discounts: list[PayscorePermissionResponsePostDiscount] | Unset = UNSET
    """ 后付费商户优惠 — merchant discounts. """
    location: PayscorePermissionResponseLocation | Unset = UNSET
    """ 服务位置 — service location (answer side). """
    attach: str | Unset = UNSET
    """ 商户数据包 — the merchant data sent with the order. """
    notify_url: str | Unset = UNSET
    """ 商户回调地址 — the notification URL. """
    total_amount: int | Unset = UNSET
    """ 总金额 — the amount to collect, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        appid = self.appid

        service_id = self.service_id

        time_range = self.time_range.to_dict()

        service_introduction = self.service_introduction

        mchid = self.mchid

        order_id = self.order_id

        state = self.state

        state_description = self.state_description

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

        notify_url = self.notify_url

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "appid": appid,
                "service_id": service_id,
                "time_range": time_range,
                "service_introduction": service_introduction,
                "mchid": mchid,
                "order_id": order_id,
                "state": state,
                "state_description": state_description,
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
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_permission_response_location import PayscorePermissionResponseLocation
        from ..models.payscore_permission_response_post_discount import PayscorePermissionResponsePostDiscount
        from ..models.payscore_permission_response_post_payment import PayscorePermissionResponsePostPayment
        from ..models.payscore_permission_response_time_range import PayscorePermissionResponseTimeRange

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        appid = d.pop("appid")

        service_id = d.pop("service_id")

        time_range = PayscorePermissionResponseTimeRange.from_dict(d.pop("time_range"))

        service_introduction = d.pop("service_introduction")

        mchid = d.pop("mchid")

        order_id = d.pop("order_id")

        state = d.pop("state")

        state_description = d.pop("state_description")

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscorePermissionResponsePostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscorePermissionResponsePostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscorePermissionResponsePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscorePermissionResponsePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _location = d.pop("location", UNSET)
        location: PayscorePermissionResponseLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscorePermissionResponseLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        payscore_permission_direct_complete_response = cls(
            out_order_no=out_order_no,
            appid=appid,
            service_id=service_id,
            time_range=time_range,
            service_introduction=service_introduction,
            mchid=mchid,
            order_id=order_id,
            state=state,
            state_description=state_description,
            post_payments=post_payments,
            post_discounts=post_discounts,
            location=location,
            attach=attach,
            notify_url=notify_url,
            total_amount=total_amount,
        )

        payscore_permission_direct_complete_response.additional_properties = d
        return payscore_permission_direct_complete_response

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
