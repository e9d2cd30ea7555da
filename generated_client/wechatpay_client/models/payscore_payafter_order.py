# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_payafter_response_discount import PayscorePayafterResponseDiscount
    from ..models.payscore_payafter_response_fee import PayscorePayafterResponseFee


T = TypeVar("T", bound="PayscorePayafterOrder")


@_attrs_define
class PayscorePayafterOrder:
    """先享后付订单 — a 先享后付 order as queried."""

    appid: str | Unset = UNSET
    """ 公众账号ID — the AppID. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant ID. """
    out_order_no: str | Unset = UNSET
    """ 商户服务订单号 — the merchant's order number. """
    service_id: str | Unset = UNSET
    """ 服务ID — the Pay Score service ID. """
    state: str | Unset = UNSET
    """ 订单状态 — `CREATED`, `USER_ACCEPTED`, `FINISHED`, `USER_PAID`, `REVOKED` or `EXPIRED`
    (open set).
     """
    finish_type: int | Unset = UNSET
    """ 标识用户订单使用情况 — `2` used and charged, `1` not used (open set). """
    service_start_time: str | Unset = UNSET
    """ 服务开始时间 — `yyyyMMdd`, `yyyyMMddHHmmss` or `OnAccept`. """
    service_end_time: str | Unset = UNSET
    """ 服务结束时间 — `yyyyMMdd` or `yyyyMMddHHmmss`. """
    real_service_start_time: str | Unset = UNSET
    """ 实际服务开始时间 — actual start. """
    real_service_end_time: str | Unset = UNSET
    """ 实际服务结束时间 — actual end. """
    pay_succ_time: str | Unset = UNSET
    """ 支付完成时间 — when the payment succeeded. """
    service_start_location: str | Unset = UNSET
    """ 开始使用服务的地点 — where the service starts. """
    service_end_location: str | Unset = UNSET
    """ 预计服务结束的地点 — where the service is expected to end. """
    real_service_start_location: str | Unset = UNSET
    """ 实际开始使用服务的地点 — where the service really started. """
    real_service_end_location: str | Unset = UNSET
    """ 实际结束使用服务的地点 — where the service really ended. """
    service_introduction: str | Unset = UNSET
    """ 服务信息 — what the order is for. """
    fees: list[PayscorePayafterResponseFee] | Unset = UNSET
    """ 后付费 — the charged items. """
    discounts: list[PayscorePayafterResponseDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts. """
    risk_amount: int | Unset = UNSET
    """ 订单风险金额 — risk amount, in fen. """
    total_amount: int | Unset = UNSET
    """ 总金额 — total amount, in fen. """
    attach: str | Unset = UNSET
    """ 商户自定义说明 — the merchant data. """
    finish_ticket: str | Unset = UNSET
    """ 完结凭证 — pass it to `complete_payafter_order`. """
    finish_transaction_id: str | Unset = UNSET
    """ 结单交易单号 — WeChat Pay transaction number of the completion payment. """
    pay_type: str | Unset = UNSET
    """ 支付方式 — how the order was paid (e.g. `MchChannelPayType`; open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_order_no = self.out_order_no

        service_id = self.service_id

        state = self.state

        finish_type = self.finish_type

        service_start_time = self.service_start_time

        service_end_time = self.service_end_time

        real_service_start_time = self.real_service_start_time

        real_service_end_time = self.real_service_end_time

        pay_succ_time = self.pay_succ_time

        service_start_location = self.service_start_location

        service_end_location = self.service_end_location

        real_service_start_location = self.real_service_start_location

        real_service_end_location = self.real_service_end_location

        service_introduction = self.service_introduction

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        risk_amount = self.risk_amount

        total_amount = self.total_amount

        attach = self.attach

        finish_ticket = self.finish_ticket

        finish_transaction_id = self.finish_transaction_id

        pay_type = self.pay_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if state is not UNSET:
            field_dict["state"] = state
        if finish_type is not UNSET:
            field_dict["finish_type"] = finish_type
        if service_start_time is not UNSET:
            field_dict["service_start_time"] = service_start_time
        if service_end_time is not UNSET:
            field_dict["service_end_time"] = service_end_time
        if real_service_start_time is not UNSET:
            field_dict["real_service_start_time"] = real_service_start_time
        if real_service_end_time is not UNSET:
            field_dict["real_service_end_time"] = real_service_end_time
        if pay_succ_time is not UNSET:
            field_dict["pay_succ_time"] = pay_succ_time
        if service_start_location is not UNSET:
            field_dict["service_start_location"] = service_start_location
        if service_end_location is not UNSET:
            field_dict["service_end_location"] = service_end_location
        if real_service_start_location is not UNSET:
            field_dict["real_service_start_location"] = real_service_start_location
        if real_service_end_location is not UNSET:
            field_dict["real_service_end_location"] = real_service_end_location
        if service_introduction is not UNSET:
            field_dict["service_introduction"] = service_introduction
        if fees is not UNSET:
            field_dict["fees"] = fees
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if risk_amount is not UNSET:
            field_dict["risk_amount"] = risk_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if attach is not UNSET:
            field_dict["attach"] = attach
        if finish_ticket is not UNSET:
            field_dict["finish_ticket"] = finish_ticket
        if finish_transaction_id is not UNSET:
            field_dict["finish_transaction_id"] = finish_transaction_id
        if pay_type is not UNSET:
            field_dict["pay_type"] = pay_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_payafter_response_discount import PayscorePayafterResponseDiscount
        from ..models.payscore_payafter_response_fee import PayscorePayafterResponseFee

        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        mchid = d.pop("mchid", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        service_id = d.pop("service_id", UNSET)

        state = d.pop("state", UNSET)

        finish_type = d.pop("finish_type", UNSET)

        service_start_time = d.pop("service_start_time", UNSET)

        service_end_time = d.pop("service_end_time", UNSET)

        real_service_start_time = d.pop("real_service_start_time", UNSET)

        real_service_end_time = d.pop("real_service_end_time", UNSET)

        pay_succ_time = d.pop("pay_succ_time", UNSET)

        service_start_location = d.pop("service_start_location", UNSET)

        service_end_location = d.pop("service_end_location", UNSET)

        real_service_start_location = d.pop("real_service_start_location", UNSET)

        real_service_end_location = d.pop("real_service_end_location", UNSET)

        service_introduction = d.pop("service_introduction", UNSET)

        _fees = d.pop("fees", UNSET)
        fees: list[PayscorePayafterResponseFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = PayscorePayafterResponseFee.from_dict(fees_item_data)

                fees.append(fees_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[PayscorePayafterResponseDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = PayscorePayafterResponseDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        risk_amount = d.pop("risk_amount", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        attach = d.pop("attach", UNSET)

        finish_ticket = d.pop("finish_ticket", UNSET)

        finish_transaction_id = d.pop("finish_transaction_id", UNSET)

        pay_type = d.pop("pay_type", UNSET)

        payscore_payafter_order = cls(
            appid=appid,
            mchid=mchid,
            out_order_no=out_order_no,
            service_id=service_id,
            state=state,
            finish_type=finish_type,
            service_start_time=service_start_time,
            service_end_time=service_end_time,
            real_service_start_time=real_service_start_time,
            real_service_end_time=real_service_end_time,
            pay_succ_time=pay_succ_time,
            service_start_location=service_start_location,
            service_end_location=service_end_location,
            real_service_start_location=real_service_start_location,
            real_service_end_location=real_service_end_location,
            service_introduction=service_introduction,
            fees=fees,
            discounts=discounts,
            risk_amount=risk_amount,
            total_amount=total_amount,
            attach=attach,
            finish_ticket=finish_ticket,
            finish_transaction_id=finish_transaction_id,
            pay_type=pay_type,
        )

        payscore_payafter_order.additional_properties = d
        return payscore_payafter_order

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
