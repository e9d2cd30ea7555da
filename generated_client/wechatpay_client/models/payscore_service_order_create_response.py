# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_collection import PayscoreCollection
    from ..models.payscore_response_location import PayscoreResponseLocation
    from ..models.payscore_response_post_discount import PayscoreResponsePostDiscount
    from ..models.payscore_response_post_payment import PayscoreResponsePostPayment
    from ..models.payscore_response_risk_fund import PayscoreResponseRiskFund
    from ..models.payscore_response_time_range import PayscoreResponseTimeRange


T = TypeVar("T", bound="PayscoreServiceOrderCreateResponse")


@_attrs_define
class PayscoreServiceOrderCreateResponse:
    """创建支付分订单应答 — the created order (`PayscoreServiceOrder` fields) plus `package`.
    `order_id` and `package` are required here (both sources).

    """

    out_order_no: str
    """ 商户服务订单号 — merchant service order number. """
    service_id: str
    """ 服务ID — service ID. """
    appid: str
    """ 公众账号ID — AppID of the order. """
    mchid: str
    """ 商户号 — merchant ID. """
    service_introduction: str
    """ 服务信息 — what the order is for. """
    state: str
    """ 服务订单状态 — open set; known values: `CREATED` (created, awaiting the user),
    `DOING` (in progress), `DONE` (paid, final), `REVOKED` (cancelled by the merchant,
    final), `EXPIRED` (left in `CREATED` for 30 days).
     """
    order_id: str
    """ 微信支付服务订单号 — service order number assigned by WeChat Pay. """
    package: str
    """ 跳转微信侧小程序订单数据 — the data the front end passes to the Pay Score mini
    program for the confirmation page (valid for one hour).
     """
    state_description: str | Unset = UNSET
    """ 订单状态说明 — detail of `DOING`; open set; known values: `USER_CONFIRM` (the user
    confirmed), `MCH_COMPLETE` (the merchant completed the order).
     """
    post_payments: list[PayscoreResponsePostPayment] | Unset = UNSET
    """ 后付费项目 — fee items. """
    post_discounts: list[PayscoreResponsePostDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts. """
    risk_fund: PayscoreResponseRiskFund | Unset = UNSET
    """ 服务风险金 (应答) — the risk fund as returned. """
    total_amount: int | Unset = UNSET
    """ 总金额 — what the user pays, in fen (after completion). """
    need_collection: bool | Unset = UNSET
    """ 是否需要收款 — whether WeChat Pay collects the money. """
    collection: PayscoreCollection | Unset = UNSET
    """ 收款信息 — how the order's money is being collected. """
    time_range: PayscoreResponseTimeRange | Unset = UNSET
    """ 服务时间段 (应答) — service time as returned (`yyyyMMddHHmmss`, `yyyyMMdd` or `OnAccept`). """
    location: PayscoreResponseLocation | Unset = UNSET
    """ 服务位置 (应答) — service location as returned. """
    attach: str | Unset = UNSET
    """ 商户数据包 — merchant data given at creation. """
    notify_url: str | Unset = UNSET
    """ 商户回调地址 — notification URL of the order. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid` (once the user is known). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        service_id = self.service_id

        appid = self.appid

        mchid = self.mchid

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

        total_amount = self.total_amount

        need_collection = self.need_collection

        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        attach = self.attach

        notify_url = self.notify_url

        openid = self.openid

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
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if need_collection is not UNSET:
            field_dict["need_collection"] = need_collection
        if collection is not UNSET:
            field_dict["collection"] = collection
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if location is not UNSET:
            field_dict["location"] = location
        if attach is not UNSET:
            field_dict["attach"] = attach
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if openid is not UNSET:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_collection import PayscoreCollection
        from ..models.payscore_response_location import PayscoreResponseLocation
        from ..models.payscore_response_post_discount import PayscoreResponsePostDiscount
        from ..models.payscore_response_post_payment import PayscoreResponsePostPayment
        from ..models.payscore_response_risk_fund import PayscoreResponseRiskFund
        from ..models.payscore_response_time_range import PayscoreResponseTimeRange

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        service_id = d.pop("service_id")

        appid = d.pop("appid")

        mchid = d.pop("mchid")

        service_introduction = d.pop("service_introduction")

        state = d.pop("state")

        order_id = d.pop("order_id")

        package = d.pop("package")

        state_description = d.pop("state_description", UNSET)

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscoreResponsePostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscoreResponsePostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscoreResponsePostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscoreResponsePostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _risk_fund = d.pop("risk_fund", UNSET)
        risk_fund: PayscoreResponseRiskFund | Unset
        if isinstance(_risk_fund, Unset):
            risk_fund = UNSET
        else:
            risk_fund = PayscoreResponseRiskFund.from_dict(_risk_fund)

        total_amount = d.pop("total_amount", UNSET)

        need_collection = d.pop("need_collection", UNSET)

        _collection = d.pop("collection", UNSET)
        collection: PayscoreCollection | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = PayscoreCollection.from_dict(_collection)

        _time_range = d.pop("time_range", UNSET)
        time_range: PayscoreResponseTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PayscoreResponseTimeRange.from_dict(_time_range)

        _location = d.pop("location", UNSET)
        location: PayscoreResponseLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscoreResponseLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        openid = d.pop("openid", UNSET)

        payscore_service_order_create_response = cls(
            out_order_no=out_order_no,
            service_id=service_id,
            appid=appid,
            mchid=mchid,
            service_introduction=service_introduction,
            state=state,
            order_id=order_id,
            package=package,
            state_description=state_description,
            post_payments=post_payments,
            post_discounts=post_discounts,
            risk_fund=risk_fund,
            total_amount=total_amount,
            need_collection=need_collection,
            collection=collection,
            time_range=time_range,
            location=location,
            attach=attach,
            notify_url=notify_url,
            openid=openid,
        )

        payscore_service_order_create_response.additional_properties = d
        return payscore_service_order_create_response

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
