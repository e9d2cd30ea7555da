# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payscore_smartretail_order_complete_request_finish_type import (
    PayscoreSmartretailOrderCompleteRequestFinishType,
    check_payscore_smartretail_order_complete_request_finish_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_smartretail_complete_discount import PayscoreSmartretailCompleteDiscount
    from ..models.payscore_smartretail_fee import PayscoreSmartretailFee


T = TypeVar("T", bound="PayscoreSmartretailOrderCompleteRequest")


@_attrs_define
class PayscoreSmartretailOrderCompleteRequest:
    """完结智慧零售订单请求 — complete an order with its real amount."""

    appid: str
    """ 公众账号ID — the AppID the order was created with. """
    service_id: str
    """ 服务ID — the Pay Score service ID. """
    finish_type: PayscoreSmartretailOrderCompleteRequestFinishType | Unset = UNSET
    """ 标识用户订单使用情况 — `2` the service was used and is charged, `1` it was not used. """
    cancel_reason: str | Unset = UNSET
    """ 取消订单的原因 — why the service was not used (`finish_type` 1). """
    real_service_start_time: str | Unset = UNSET
    """ 实际服务开始时间 — when the service really started (`yyyyMMddHHmmss`). """
    real_service_end_time: str | Unset = UNSET
    """ 服务结束时间 — when the service really ended (`yyyyMMddHHmmss`). """
    real_service_end_location: str | Unset = UNSET
    """ 实际结束使用服务的地点 — where the service really ended. """
    fees: list[PayscoreSmartretailFee] | Unset = UNSET
    """ 后付费 — the charged items. """
    discounts: list[PayscoreSmartretailCompleteDiscount] | Unset = UNSET
    """ 商户优惠 — merchant discounts, at most 5. """
    total_amount: int | Unset = UNSET
    """ 总金额 — the amount to collect, in fen (zero or more). """
    finish_ticket: str | Unset = UNSET
    """ 完结凭证 — the `finish_ticket` read from `query_smartretail_order`. """
    profit_sharing: bool | Unset = UNSET
    """ 是否指定商户分账 — whether the payment will be profit-shared. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        service_id = self.service_id

        finish_type: int | Unset = UNSET
        if not isinstance(self.finish_type, Unset):
            finish_type = self.finish_type

        cancel_reason = self.cancel_reason

        real_service_start_time = self.real_service_start_time

        real_service_end_time = self.real_service_end_time

        real_service_end_location = self.real_service_end_location

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

        total_amount = self.total_amount

        finish_ticket = self.finish_ticket

        profit_sharing = self.profit_sharing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "service_id": service_id,
            }
        )
        if finish_type is not UNSET:
            field_dict["finish_type"] = finish_type
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if real_service_start_time is not UNSET:
            field_dict["real_service_start_time"] = real_service_start_time
        if real_service_end_time is not UNSET:
            field_dict["real_service_end_time"] = real_service_end_time
        if real_service_end_location is not UNSET:
            field_dict["real_service_end_location"] = real_service_end_location
        if fees is not UNSET:
            field_dict["fees"] = fees
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if finish_ticket is not UNSET:
            field_dict["finish_ticket"] = finish_ticket
        if profit_sharing is not UNSET:
            field_dict["profit_sharing"] = profit_sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_smartretail_complete_discount import PayscoreSmartretailCompleteDiscount
        from ..models.payscore_smartretail_fee import PayscoreSmartretailFee

        d = dict(src_dict)
        appid = d.pop("appid")

        service_id = d.pop("service_id")

        _finish_type = d.pop("finish_type", UNSET)
        finish_type: PayscoreSmartretailOrderCompleteRequestFinishType | Unset
        if isinstance(_finish_type, Unset):
            finish_type = UNSET
        else:
            finish_type = check_payscore_smartretail_order_complete_request_finish_type(_finish_type)

        cancel_reason = d.pop("cancel_reason", UNSET)

        real_service_start_time = d.pop("real_service_start_time", UNSET)

        real_service_end_time = d.pop("real_service_end_time", UNSET)

        real_service_end_location = d.pop("real_service_end_location", UNSET)

        _fees = d.pop("fees", UNSET)
        fees: list[PayscoreSmartretailFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = PayscoreSmartretailFee.from_dict(fees_item_data)

                fees.append(fees_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[PayscoreSmartretailCompleteDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = PayscoreSmartretailCompleteDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        total_amount = d.pop("total_amount", UNSET)

        finish_ticket = d.pop("finish_ticket", UNSET)

        profit_sharing = d.pop("profit_sharing", UNSET)

        payscore_smartretail_order_complete_request = cls(
            appid=appid,
            service_id=service_id,
            finish_type=finish_type,
            cancel_reason=cancel_reason,
            real_service_start_time=real_service_start_time,
            real_service_end_time=real_service_end_time,
            real_service_end_location=real_service_end_location,
            fees=fees,
            discounts=discounts,
            total_amount=total_amount,
            finish_ticket=finish_ticket,
            profit_sharing=profit_sharing,
        )

        payscore_smartretail_order_complete_request.additional_properties = d
        return payscore_smartretail_order_complete_request

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
