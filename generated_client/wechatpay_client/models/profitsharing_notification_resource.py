# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profitsharing_notification_receiver import ProfitsharingNotificationReceiver


T = TypeVar("T", bound="ProfitsharingNotificationResource")


@_attrs_define
class ProfitsharingNotificationResource:
    """分账动账通知 — the decrypted resource of `PROFITSHARING.SUCCESS` (money split to this
    merchant) and `PROFITSHARING.RETURN` (money taken back by a return order), original_type
    `profitsharing`. Sent to the receiving side, not to the merchant that split the order.
    For a return, `order_id` and `out_order_no` are the return order's numbers. The
    published table merges direct and partner keys; partner keys (`sp_mchid`,
    `sub_mchid`) are not modelled, and unknown keys are kept.

    """

    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number of the split order. """
    order_id: str
    """ 微信分账/回退单号 — WeChat Pay split (or return) order number. """
    out_order_no: str
    """ 商户分账/回退单号 — merchant split (or return) order number. """
    receiver: ProfitsharingNotificationReceiver
    """ 分账动账接收方 (通知) — the receiver in a profit-sharing notification. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID of the direct merchant that split the order. """
    success_time: datetime.datetime | Unset = UNSET
    """ 成功时间 — time the split or return succeeded (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        order_id = self.order_id

        out_order_no = self.out_order_no

        receiver = self.receiver.to_dict()

        mchid = self.mchid

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "order_id": order_id,
                "out_order_no": out_order_no,
                "receiver": receiver,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if success_time is not UNSET:
            field_dict["success_time"] = success_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.profitsharing_notification_receiver import ProfitsharingNotificationReceiver

        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        order_id = d.pop("order_id")

        out_order_no = d.pop("out_order_no")

        receiver = ProfitsharingNotificationReceiver.from_dict(d.pop("receiver"))

        mchid = d.pop("mchid", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        profitsharing_notification_resource = cls(
            transaction_id=transaction_id,
            order_id=order_id,
            out_order_no=out_order_no,
            receiver=receiver,
            mchid=mchid,
            success_time=success_time,
        )

        profitsharing_notification_resource.additional_properties = d
        return profitsharing_notification_resource

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
