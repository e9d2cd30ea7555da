# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PowerBankInsuranceOrderNotificationResource")


@_attrs_define
class PowerBankInsuranceOrderNotificationResource:
    """隔夜归还保险订单状态变化通知 — the decrypted resource of
    `HIRE_POWER_BANK.RECEIVE_INSURANCE`, sent when the receive state of an insurance order
    changes (`original_type` is not documented). Same fields as `PowerBankInsuranceOrder`.
    IM, the only published table, marks all but the two cover times required; nothing is
    required here, as for the other notification resources, so that a delivery lacking a
    field still parses. Unknown keys are kept.

    """

    order_id: str | Unset = UNSET
    """ 保险订单ID — WeChat Pay's insurance order ID. """
    out_order_no: str | Unset = UNSET
    """ 商户保险订单号 — merchant insurance order number. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID. """
    max_claim_count: int | Unset = UNSET
    """ 最大理赔次数 — maximum number of claims. """
    claimed_count: int | Unset = UNSET
    """ 已理赔次数 — claims made so far. """
    order_receive_time: datetime.datetime | Unset = UNSET
    """ 保险订单领取时间 — when the order was received (RFC 3339). """
    order_receive_state: str | Unset = UNSET
    """ 保险订单领取状态 — `RECEIVING` or `RECEIVED` (open list). """
    order_begin_time: datetime.datetime | Unset = UNSET
    """ 保险订单开始时间 — start of cover (RFC 3339). """
    order_end_time: datetime.datetime | Unset = UNSET
    """ 保险订单结束时间 — end of cover (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        out_order_no = self.out_order_no

        openid = self.openid

        max_claim_count = self.max_claim_count

        claimed_count = self.claimed_count

        order_receive_time: str | Unset = UNSET
        if not isinstance(self.order_receive_time, Unset):
            order_receive_time = self.order_receive_time.isoformat()

        order_receive_state = self.order_receive_state

        order_begin_time: str | Unset = UNSET
        if not isinstance(self.order_begin_time, Unset):
            order_begin_time = self.order_begin_time.isoformat()

        order_end_time: str | Unset = UNSET
        if not isinstance(self.order_end_time, Unset):
            order_end_time = self.order_end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no
        if openid is not UNSET:
            field_dict["openid"] = openid
        if max_claim_count is not UNSET:
            field_dict["max_claim_count"] = max_claim_count
        if claimed_count is not UNSET:
            field_dict["claimed_count"] = claimed_count
        if order_receive_time is not UNSET:
            field_dict["order_receive_time"] = order_receive_time
        if order_receive_state is not UNSET:
            field_dict["order_receive_state"] = order_receive_state
        if order_begin_time is not UNSET:
            field_dict["order_begin_time"] = order_begin_time
        if order_end_time is not UNSET:
            field_dict["order_end_time"] = order_end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        openid = d.pop("openid", UNSET)

        max_claim_count = d.pop("max_claim_count", UNSET)

        claimed_count = d.pop("claimed_count", UNSET)

        _order_receive_time = d.pop("order_receive_time", UNSET)
        order_receive_time: datetime.datetime | Unset
        if isinstance(_order_receive_time, Unset):
            order_receive_time = UNSET
        else:
            order_receive_time = datetime.datetime.fromisoformat(_order_receive_time)

        order_receive_state = d.pop("order_receive_state", UNSET)

        _order_begin_time = d.pop("order_begin_time", UNSET)
        order_begin_time: datetime.datetime | Unset
        if isinstance(_order_begin_time, Unset):
            order_begin_time = UNSET
        else:
            order_begin_time = datetime.datetime.fromisoformat(_order_begin_time)

        _order_end_time = d.pop("order_end_time", UNSET)
        order_end_time: datetime.datetime | Unset
        if isinstance(_order_end_time, Unset):
            order_end_time = UNSET
        else:
            order_end_time = datetime.datetime.fromisoformat(_order_end_time)

        power_bank_insurance_order_notification_resource = cls(
            order_id=order_id,
            out_order_no=out_order_no,
            openid=openid,
            max_claim_count=max_claim_count,
            claimed_count=claimed_count,
            order_receive_time=order_receive_time,
            order_receive_state=order_receive_state,
            order_begin_time=order_begin_time,
            order_end_time=order_end_time,
        )

        power_bank_insurance_order_notification_resource.additional_properties = d
        return power_bank_insurance_order_notification_resource

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
