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


T = TypeVar("T", bound="PayscoreServiceOrderNotificationResource")


@_attrs_define
class PayscoreServiceOrderNotificationResource:
    """支付分订单通知 — the decrypted resource of `PAYSCORE.USER_CONFIRM` (the user confirmed
    the order; `state` `DOING`, `state_description` `USER_CONFIRM`) and `PAYSCORE.USER_PAID`
    (the user paid; `state` `DONE`), original_type `payscore`, sent to the order's
    `notify_url`. The source table merges direct, partner and oversea keys (`sub_mchid`,
    `sub_appid`, `sub_openid`, `channel_id`) and the authorisation keys; they are listed as
    optional. Unknown keys are kept. When no notification arrives, use
    `query_payscore_service_order`.

    """

    service_id: str
    """ 服务ID — service ID. """
    appid: str
    """ 公众账号ID — AppID of the order. """
    mchid: str
    """ 商户号 — merchant ID. """
    out_order_no: str
    """ 商户服务订单号 — merchant service order number. """
    state: str
    """ 服务订单状态 — open set; see `PayscoreServiceOrder.state`. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID (service-provider mode). """
    sub_mchid: str | Unset = UNSET
    """ 子商户商户号 — sub-merchant ID (service-provider mode). """
    channel_id: str | Unset = UNSET
    """ 渠道商商户号 — channel merchant ID given at creation. """
    out_trade_no: str | Unset = UNSET
    """ 商户系统内部扣款单号 — the deduction number of the payment. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    sub_openid: str | Unset = UNSET
    """ 子商户公众号下的用户标识 — OpenID under `sub_appid`. """
    state_description: str | Unset = UNSET
    """ 订单状态说明 — open set; `USER_CONFIRM` or `MCH_COMPLETE`. """
    service_introduction: str | Unset = UNSET
    """ 服务信息 — what the order is for. """
    total_amount: int | Unset = UNSET
    """ 总金额 — what the user pays, in fen. """
    post_payments: list[PayscoreResponsePostPayment] | Unset = UNSET
    """ 后付费项目 — fee items. """
    post_discounts: list[PayscoreResponsePostDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts. """
    risk_fund: PayscoreResponseRiskFund | Unset = UNSET
    """ 服务风险金 (应答) — the risk fund as returned. """
    time_range: PayscoreResponseTimeRange | Unset = UNSET
    """ 服务时间段 (应答) — service time as returned (`yyyyMMddHHmmss`, `yyyyMMdd` or `OnAccept`). """
    location: PayscoreResponseLocation | Unset = UNSET
    """ 服务位置 (应答) — service location as returned. """
    attach: str | Unset = UNSET
    """ 商户数据包 — merchant data given at creation. """
    order_id: str | Unset = UNSET
    """ 微信支付服务订单号 — service order number assigned by WeChat Pay. """
    need_collection: bool | Unset = UNSET
    """ 是否需要收款 — whether WeChat Pay collects the money. """
    collection: PayscoreCollection | Unset = UNSET
    """ 收款信息 — how the order's money is being collected. """
    user_service_status: str | Unset = UNSET
    """ 授权状态 — open set; `USER_OPEN_SERVICE` or `USER_CLOSE_SERVICE` (authorisation keys). """
    openorclose_time: str | Unset = UNSET
    """ 服务开启/解除授权成功时间 — when the authorisation changed. """
    authorization_code: str | Unset = UNSET
    """ 授权协议号 — authorisation agreement number (pre-authorisation only). """
    out_request_no: str | Unset = UNSET
    """ 商户请求唯一标识 — the merchant request number of the authorisation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        mchid = self.mchid

        out_order_no = self.out_order_no

        state = self.state

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        channel_id = self.channel_id

        out_trade_no = self.out_trade_no

        openid = self.openid

        sub_openid = self.sub_openid

        state_description = self.state_description

        service_introduction = self.service_introduction

        total_amount = self.total_amount

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

        order_id = self.order_id

        need_collection = self.need_collection

        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

        user_service_status = self.user_service_status

        openorclose_time = self.openorclose_time

        authorization_code = self.authorization_code

        out_request_no = self.out_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "appid": appid,
                "mchid": mchid,
                "out_order_no": out_order_no,
                "state": state,
            }
        )
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if state_description is not UNSET:
            field_dict["state_description"] = state_description
        if service_introduction is not UNSET:
            field_dict["service_introduction"] = service_introduction
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
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
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if need_collection is not UNSET:
            field_dict["need_collection"] = need_collection
        if collection is not UNSET:
            field_dict["collection"] = collection
        if user_service_status is not UNSET:
            field_dict["user_service_status"] = user_service_status
        if openorclose_time is not UNSET:
            field_dict["openorclose_time"] = openorclose_time
        if authorization_code is not UNSET:
            field_dict["authorization_code"] = authorization_code
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no

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
        service_id = d.pop("service_id")

        appid = d.pop("appid")

        mchid = d.pop("mchid")

        out_order_no = d.pop("out_order_no")

        state = d.pop("state")

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        state_description = d.pop("state_description", UNSET)

        service_introduction = d.pop("service_introduction", UNSET)

        total_amount = d.pop("total_amount", UNSET)

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

        order_id = d.pop("order_id", UNSET)

        need_collection = d.pop("need_collection", UNSET)

        _collection = d.pop("collection", UNSET)
        collection: PayscoreCollection | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = PayscoreCollection.from_dict(_collection)

        user_service_status = d.pop("user_service_status", UNSET)

        openorclose_time = d.pop("openorclose_time", UNSET)

        authorization_code = d.pop("authorization_code", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        payscore_service_order_notification_resource = cls(
            service_id=service_id,
            appid=appid,
            mchid=mchid,
            out_order_no=out_order_no,
            state=state,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            channel_id=channel_id,
            out_trade_no=out_trade_no,
            openid=openid,
            sub_openid=sub_openid,
            state_description=state_description,
            service_introduction=service_introduction,
            total_amount=total_amount,
            post_payments=post_payments,
            post_discounts=post_discounts,
            risk_fund=risk_fund,
            time_range=time_range,
            location=location,
            attach=attach,
            order_id=order_id,
            need_collection=need_collection,
            collection=collection,
            user_service_status=user_service_status,
            openorclose_time=openorclose_time,
            authorization_code=authorization_code,
            out_request_no=out_request_no,
        )

        payscore_service_order_notification_resource.additional_properties = d
        return payscore_service_order_notification_resource

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
