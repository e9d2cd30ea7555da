# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_delivery_response_location import PayscoreDeliveryResponseLocation
    from ..models.payscore_delivery_response_post_discount import PayscoreDeliveryResponsePostDiscount
    from ..models.payscore_delivery_response_post_payment import PayscoreDeliveryResponsePostPayment
    from ..models.payscore_delivery_response_risk_fund import PayscoreDeliveryResponseRiskFund
    from ..models.payscore_delivery_response_shopping_info import PayscoreDeliveryResponseShoppingInfo
    from ..models.payscore_delivery_response_time_range import PayscoreDeliveryResponseTimeRange


T = TypeVar("T", bound="PayscoreDeliveryOrder")


@_attrs_define
class PayscoreDeliveryOrder:
    """先用后付订单 — the created pay-on-delivery service order."""

    appid: str
    """ 公众账号ID — the AppID. """
    mchid: str
    """ 商户号 — the merchant ID. """
    out_order_no: str
    """ 商户服务订单号 — the merchant's service order number. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    service_introduction: str
    """ 服务信息 — what the order is for. """
    state: str
    """ 服务订单状态 — e.g. `CREATED` (open set). """
    order_id: str
    """ 微信支付服务订单号 — WeChat Pay's service order number. """
    package: str
    """ 跳转微信侧小程序订单数据 — order data passed to the WeChat Pay Score mini program. """
    state_description: str | Unset = UNSET
    """ 订单状态说明 — e.g. `USER_CONFIRM`, `MCH_COMPLETE` (open set). """
    post_payments: list[PayscoreDeliveryResponsePostPayment] | Unset = UNSET
    """ 后付费项目 — the charged items. """
    post_discounts: list[PayscoreDeliveryResponsePostDiscount] | Unset = UNSET
    """ 后付费商户优惠 — merchant discounts. """
    risk_fund: PayscoreDeliveryResponseRiskFund | Unset = UNSET
    """ 服务风险金 — risk fund (answer side). """
    time_range: PayscoreDeliveryResponseTimeRange | Unset = UNSET
    """ 服务时间段 — service period (answer side). """
    location: PayscoreDeliveryResponseLocation | Unset = UNSET
    """ 服务位置 — service location (answer side). """
    attach: str | Unset = UNSET
    """ 商户数据包 — the merchant data. """
    notify_url: str | Unset = UNSET
    """ 商户回调地址 — the notification URL. """
    shopping_info: PayscoreDeliveryResponseShoppingInfo | Unset = UNSET
    """ 先用后付购物详情 — the purchase (answer side). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_order_no = self.out_order_no

        service_id = self.service_id

        service_introduction = self.service_introduction

        state = self.state

        order_id = self.order_id

        package = self.package

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

        risk_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_fund, Unset):
            risk_fund = self.risk_fund.to_dict()

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        attach = self.attach

        notify_url = self.notify_url

        shopping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shopping_info, Unset):
            shopping_info = self.shopping_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "out_order_no": out_order_no,
                "service_id": service_id,
                "service_introduction": service_introduction,
                "state": state,
                "order_id": order_id,
                "package": package,
            }
        )
        if state_description is not UNSET:
            field_dict["state_description"] = state_description
        if post_payments is not UNSET:
            field_dict["post_payments"] = post_payments
        if post_discounts is not UNSET:
            field_dict["post_discounts"] = post_discounts
        if risk_fund is not UNSET:
            field_dict["risk_fund"] = risk_fund
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if location is not UNSET:
            field_dict["location"] = location
        if attach is not UNSET:
            field_dict["attach"] = attach
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if shopping_info is not UNSET:
            field_dict["shopping_info"] = shopping_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_delivery_response_location import PayscoreDeliveryResponseLocation
        from ..models.payscore_delivery_response_post_discount import PayscoreDeliveryResponsePostDiscount
        from ..models.payscore_delivery_response_post_payment import PayscoreDeliveryResponsePostPayment
        from ..models.payscore_delivery_response_risk_fund import PayscoreDeliveryResponseRiskFund
        from ..models.payscore_delivery_response_shopping_info import PayscoreDeliveryResponseShoppingInfo
        from ..models.payscore_delivery_response_time_range import PayscoreDeliveryResponseTimeRange

        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        out_order_no = d.pop("out_order_no")

        service_id = d.pop("service_id")

        service_introduction = d.pop("service_introduction")

        state = d.pop("state")

        order_id = d.pop("order_id")

        package = d.pop("package")

        state_description = d.pop("state_description", UNSET)

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscoreDeliveryResponsePostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscoreDeliveryResponsePostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscoreDeliveryResponsePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscoreDeliveryResponsePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _risk_fund = d.pop("risk_fund", UNSET)
        risk_fund: PayscoreDeliveryResponseRiskFund | Unset
        if isinstance(_risk_fund, Unset):
            risk_fund = UNSET
        else:
            risk_fund = PayscoreDeliveryResponseRiskFund.from_dict(_risk_fund)

        _time_range = d.pop("time_range", UNSET)
        time_range: PayscoreDeliveryResponseTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PayscoreDeliveryResponseTimeRange.from_dict(_time_range)

        _location = d.pop("location", UNSET)
        location: PayscoreDeliveryResponseLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscoreDeliveryResponseLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        _shopping_info = d.pop("shopping_info", UNSET)
        shopping_info: PayscoreDeliveryResponseShoppingInfo | Unset
        if isinstance(_shopping_info, Unset):
            shopping_info = UNSET
        else:
            shopping_info = PayscoreDeliveryResponseShoppingInfo.from_dict(_shopping_info)

        payscore_delivery_order = cls(
            appid=appid,
            mchid=mchid,
            out_order_no=out_order_no,
            service_id=service_id,
            service_introduction=service_introduction,
            state=state,
            order_id=order_id,
            package=package,
            state_description=state_description,
            post_payments=post_payments,
            post_discounts=post_discounts,
            risk_fund=risk_fund,
            time_range=time_range,
            location=location,
            attach=attach,
            notify_url=notify_url,
            shopping_info=shopping_info,
        )

        payscore_delivery_order.additional_properties = d
        return payscore_delivery_order

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
