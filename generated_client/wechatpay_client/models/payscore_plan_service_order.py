# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_plan_response_location import PayscorePlanResponseLocation
    from ..models.payscore_plan_response_post_discount import PayscorePlanResponsePostDiscount
    from ..models.payscore_plan_response_post_payment import PayscorePlanResponsePostPayment
    from ..models.payscore_plan_response_risk_fund import PayscorePlanResponseRiskFund
    from ..models.payscore_plan_response_time_range import PayscorePlanResponseTimeRange


T = TypeVar("T", bound="PayscorePlanServiceOrder")


@_attrs_define
class PayscorePlanServiceOrder:
    """签约计划服务订单 — the service order created for a plan item."""

    out_order_no: str
    """ 商户订单号 — merchant service order number. """
    service_id: str
    """ 服务ID — service ID. """
    appid: str
    """ 商户公众号ID — AppID of the order. """
    mchid: str
    """ 商户号 — merchant ID. """
    service_introduction: str
    """ 服务信息 — what the order is for. """
    state: str
    """ 服务订单状态 — open set; see `PayscoreServiceOrder.state` (`CREATED`, `DOING`, `DONE`, ...). """
    state_description: str | Unset = UNSET
    """ 订单状态说明 — open set; `USER_CONFIRM` or `MCH_COMPLETE`. """
    post_payments: list[PayscorePlanResponsePostPayment] | Unset = UNSET
    """ 后付费项目 — fee items. """
    post_discounts: list[PayscorePlanResponsePostDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts. """
    risk_fund: PayscorePlanResponseRiskFund | Unset = UNSET
    """ 服务风险金 (应答) — the risk fund as returned. """
    time_range: PayscorePlanResponseTimeRange | Unset = UNSET
    """ 服务时间 (应答) — service time as returned. """
    location: PayscorePlanResponseLocation | Unset = UNSET
    """ 服务位置 (应答) — service location as returned. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data. """
    notify_url: str | Unset = UNSET
    """ 商户回调地址 — notification URL of the order. """
    order_id: str | Unset = UNSET
    """ 微信支付服务订单号 — service order number assigned by WeChat Pay. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        service_id = self.service_id

        appid = self.appid

        mchid = self.mchid

        service_introduction = self.service_introduction

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

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "service_id": service_id,
                "appid": appid,
                "mchid": mchid,
                "service_introduction": service_introduction,
                "state": state,
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
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_response_location import PayscorePlanResponseLocation
        from ..models.payscore_plan_response_post_discount import PayscorePlanResponsePostDiscount
        from ..models.payscore_plan_response_post_payment import PayscorePlanResponsePostPayment
        from ..models.payscore_plan_response_risk_fund import PayscorePlanResponseRiskFund
        from ..models.payscore_plan_response_time_range import PayscorePlanResponseTimeRange

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        service_id = d.pop("service_id")

        appid = d.pop("appid")

        mchid = d.pop("mchid")

        service_introduction = d.pop("service_introduction")

        state = d.pop("state")

        state_description = d.pop("state_description", UNSET)

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscorePlanResponsePostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscorePlanResponsePostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscorePlanResponsePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscorePlanResponsePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _risk_fund = d.pop("risk_fund", UNSET)
        risk_fund: PayscorePlanResponseRiskFund | Unset
        if isinstance(_risk_fund, Unset):
            risk_fund = UNSET
        else:
            risk_fund = PayscorePlanResponseRiskFund.from_dict(_risk_fund)

        _time_range = d.pop("time_range", UNSET)
        time_range: PayscorePlanResponseTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PayscorePlanResponseTimeRange.from_dict(_time_range)

        _location = d.pop("location", UNSET)
        location: PayscorePlanResponseLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscorePlanResponseLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        order_id = d.pop("order_id", UNSET)

        payscore_plan_service_order = cls(
            out_order_no=out_order_no,
            service_id=service_id,
            appid=appid,
            mchid=mchid,
            service_introduction=service_introduction,
            state=state,
            state_description=state_description,
            post_payments=post_payments,
            post_discounts=post_discounts,
            risk_fund=risk_fund,
            time_range=time_range,
            location=location,
            attach=attach,
            notify_url=notify_url,
            order_id=order_id,
        )

        payscore_plan_service_order.additional_properties = d
        return payscore_plan_service_order

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
