# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_payafter_notification_collection import PayscorePayafterNotificationCollection
    from ..models.payscore_payafter_notification_location import PayscorePayafterNotificationLocation
    from ..models.payscore_payafter_notification_post_discount import PayscorePayafterNotificationPostDiscount
    from ..models.payscore_payafter_notification_post_payment import PayscorePayafterNotificationPostPayment
    from ..models.payscore_payafter_notification_risk_fund import PayscorePayafterNotificationRiskFund
    from ..models.payscore_payafter_notification_time_range import PayscorePayafterNotificationTimeRange


T = TypeVar("T", bound="PayscorePayafterNotificationResource")


@_attrs_define
class PayscorePayafterNotificationResource:
    """先享后付/智慧零售确认订单通知 — the decrypted resource of `PAYSCORE.USER_ACCEPTED` (the user
    accepted the order), original type `payscore`, for 先享后付 orders and for 智慧零售 orders
    (`payscore_smartretail`): IM and the JS mirror link the same event page to both products.
    The sources disagree on its keys: IM's table repeats the authorisation keys, the JS sample
    shows the service-order keys; both sets are listed, none is required, and unknown keys are
    kept. The later `PAYSCORE.USER_PAID` of these orders parses into
    `PayscoreServiceOrderNotificationResource` (tag `payscore`), the default model of that event.

    """

    service_id: str | Unset = UNSET
    """ 服务ID — the Pay Score service ID. """
    appid: str | Unset = UNSET
    """ 公众账号ID — the AppID. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant ID. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    out_order_no: str | Unset = UNSET
    """ 商户服务订单号 — the merchant's order number. """
    order_id: str | Unset = UNSET
    """ 微信支付服务订单号 — WeChat Pay's order number. """
    state: str | Unset = UNSET
    """ 订单状态 — the order state at the event (open set). """
    service_introduction: str | Unset = UNSET
    """ 服务信息 — what the order is for. """
    total_amount: int | Unset = UNSET
    """ 总金额 — total amount, in fen. """
    post_payments: list[PayscorePayafterNotificationPostPayment] | Unset = UNSET
    """ 后付费项目 — the charged items. """
    post_discounts: list[PayscorePayafterNotificationPostDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts. """
    risk_fund: PayscorePayafterNotificationRiskFund | Unset = UNSET
    """ 订单风险金 — risk fund (notification). """
    time_range: PayscorePayafterNotificationTimeRange | Unset = UNSET
    """ 服务时间段 — service period (notification). """
    location: PayscorePayafterNotificationLocation | Unset = UNSET
    """ 服务位置 — service location (notification). """
    attach: str | Unset = UNSET
    """ 商户数据包 — the merchant data. """
    need_collection: bool | Unset = UNSET
    """ 是否需要收款 — whether WeChat Pay collects the amount. """
    collection: PayscorePayafterNotificationCollection | Unset = UNSET
    """ 收款信息 — collection details (notification). """
    user_service_status: str | Unset = UNSET
    """ 回调状态 — authorisation status key listed by IM (open set). """
    openorclose_time: str | Unset = UNSET
    """ 服务开启/解除授权时间 — authorisation time listed by IM. """
    authorization_code: str | Unset = UNSET
    """ 授权协议号 — pre-authorisation agreement number listed by IM. """
    out_request_no: str | Unset = UNSET
    """ 商户请求唯一标识 — merchant request number listed by IM. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID (service-provider mode). """
    sub_mchid: str | Unset = UNSET
    """ 子商户的商户号 — sub-merchant ID (service-provider mode). """
    sub_openid: str | Unset = UNSET
    """ 子商户公众号下OpenID — OpenID under `sub_appid` (service-provider mode). """
    channel_id: str | Unset = UNSET
    """ 渠道商商户号 — channel merchant ID (channel mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        mchid = self.mchid

        openid = self.openid

        out_order_no = self.out_order_no

        order_id = self.order_id

        state = self.state

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

        need_collection = self.need_collection

        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

        user_service_status = self.user_service_status

        openorclose_time = self.openorclose_time

        authorization_code = self.authorization_code

        out_request_no = self.out_request_no

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        sub_openid = self.sub_openid

        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if appid is not UNSET:
            field_dict["appid"] = appid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if state is not UNSET:
            field_dict["state"] = state
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
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_payafter_notification_collection import PayscorePayafterNotificationCollection
        from ..models.payscore_payafter_notification_location import PayscorePayafterNotificationLocation
        from ..models.payscore_payafter_notification_post_discount import PayscorePayafterNotificationPostDiscount
        from ..models.payscore_payafter_notification_post_payment import PayscorePayafterNotificationPostPayment
        from ..models.payscore_payafter_notification_risk_fund import PayscorePayafterNotificationRiskFund
        from ..models.payscore_payafter_notification_time_range import PayscorePayafterNotificationTimeRange

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        appid = d.pop("appid", UNSET)

        mchid = d.pop("mchid", UNSET)

        openid = d.pop("openid", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        order_id = d.pop("order_id", UNSET)

        state = d.pop("state", UNSET)

        service_introduction = d.pop("service_introduction", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        _post_payments = d.pop("post_payments", UNSET)
        post_payments: list[PayscorePayafterNotificationPostPayment] | Unset = UNSET
        if _post_payments is not UNSET:
            post_payments = []
            for post_payments_item_data in _post_payments:
                post_payments_item = PayscorePayafterNotificationPostPayment.from_dict(post_payments_item_data)

                post_payments.append(post_payments_item)

        _post_discounts = d.pop("post_discounts", UNSET)
        post_discounts: list[PayscorePayafterNotificationPostDiscount] | Unset = UNSET
        if _post_discounts is not UNSET:
            post_discounts = []
            for post_discounts_item_data in _post_discounts:
                post_discounts_item = PayscorePayafterNotificationPostDiscount.from_dict(post_discounts_item_data)

                post_discounts.append(post_discounts_item)

        _risk_fund = d.pop("risk_fund", UNSET)
        risk_fund: PayscorePayafterNotificationRiskFund | Unset
        if isinstance(_risk_fund, Unset):
            risk_fund = UNSET
        else:
            risk_fund = PayscorePayafterNotificationRiskFund.from_dict(_risk_fund)

        _time_range = d.pop("time_range", UNSET)
        time_range: PayscorePayafterNotificationTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PayscorePayafterNotificationTimeRange.from_dict(_time_range)

        _location = d.pop("location", UNSET)
        location: PayscorePayafterNotificationLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PayscorePayafterNotificationLocation.from_dict(_location)

        attach = d.pop("attach", UNSET)

        need_collection = d.pop("need_collection", UNSET)

        _collection = d.pop("collection", UNSET)
        collection: PayscorePayafterNotificationCollection | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = PayscorePayafterNotificationCollection.from_dict(_collection)

        user_service_status = d.pop("user_service_status", UNSET)

        openorclose_time = d.pop("openorclose_time", UNSET)

        authorization_code = d.pop("authorization_code", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        payscore_payafter_notification_resource = cls(
            service_id=service_id,
            appid=appid,
            mchid=mchid,
            openid=openid,
            out_order_no=out_order_no,
            order_id=order_id,
            state=state,
            service_introduction=service_introduction,
            total_amount=total_amount,
            post_payments=post_payments,
            post_discounts=post_discounts,
            risk_fund=risk_fund,
            time_range=time_range,
            location=location,
            attach=attach,
            need_collection=need_collection,
            collection=collection,
            user_service_status=user_service_status,
            openorclose_time=openorclose_time,
            authorization_code=authorization_code,
            out_request_no=out_request_no,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            sub_openid=sub_openid,
            channel_id=channel_id,
        )

        payscore_payafter_notification_resource.additional_properties = d
        return payscore_payafter_notification_resource

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
