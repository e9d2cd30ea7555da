# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_refund_notification_amount import GlobalRefundNotificationAmount


T = TypeVar("T", bound="GlobalRefundNotificationResource")


@_attrs_define
class GlobalRefundNotificationResource:
    """跨境退款结果通知 — the decrypted resource of `REFUND.SUCCESS`, `REFUND.ABNORMAL` and
    `REFUND.CLOSED` (original_type `refund`) for cross-border refunds. Amounts are
    integers in the minor unit of their currency; `amount.exchange_rate` and the
    `payer_currency`/`settlement_currency` keys are the cross-border additions. Required:
    the order and refund numbers and `refund_status`; unknown keys are kept. Told apart
    from the domestic `RefundNotificationResource` by `recv_account` (the cross-border
    name of the receiving account; domestic resources send `user_received_account`).

    """

    out_trade_no: str
    """ 商户订单号 — merchant number of the original order. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay number of the original order. """
    out_refund_no: str
    """ 商户退款单号 — the merchant's refund number. """
    refund_id: str
    """ 微信退款单号 — refund number assigned by WeChat Pay. """
    refund_status: str
    """ 退款状态 — open set; known values `SUCCESS`, `CLOSED`, `ABNORMAL`. """
    mchid: str | Unset = UNSET
    """ 商户号 — the direct merchant's ID. """
    success_time: datetime.datetime | Unset = UNSET
    """ 退款成功时间 — time the refund succeeded (RFC 3339); present for `SUCCESS`. """
    user_received_account: str | Unset = UNSET
    """ 退款入账账户 — where the money went, as text. """
    recv_account: str | Unset = UNSET
    """ 退款入账账户 — where the money went (cross-border key). """
    fund_source: str | Unset = UNSET
    """ 退款资金来源 — open set; known values `REFUND_SOURCE_UNSETTLED_FUNDS`, `REFUND_SOURCE_RECHARGE_FUNDS`. """
    amount: GlobalRefundNotificationAmount | Unset = UNSET
    """ 退款通知金额 — amounts of a cross-border refund notification, each in the minor unit of its currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        out_refund_no = self.out_refund_no

        refund_id = self.refund_id

        refund_status = self.refund_status

        mchid = self.mchid

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        user_received_account = self.user_received_account

        recv_account = self.recv_account

        fund_source = self.fund_source

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
                "out_refund_no": out_refund_no,
                "refund_id": refund_id,
                "refund_status": refund_status,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if user_received_account is not UNSET:
            field_dict["user_received_account"] = user_received_account
        if recv_account is not UNSET:
            field_dict["recv_account"] = recv_account
        if fund_source is not UNSET:
            field_dict["fund_source"] = fund_source
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_notification_amount import GlobalRefundNotificationAmount

        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        out_refund_no = d.pop("out_refund_no")

        refund_id = d.pop("refund_id")

        refund_status = d.pop("refund_status")

        mchid = d.pop("mchid", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        user_received_account = d.pop("user_received_account", UNSET)

        recv_account = d.pop("recv_account", UNSET)

        fund_source = d.pop("fund_source", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: GlobalRefundNotificationAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = GlobalRefundNotificationAmount.from_dict(_amount)

        global_refund_notification_resource = cls(
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            out_refund_no=out_refund_no,
            refund_id=refund_id,
            refund_status=refund_status,
            mchid=mchid,
            success_time=success_time,
            user_received_account=user_received_account,
            recv_account=recv_account,
            fund_source=fund_source,
            amount=amount,
        )

        global_refund_notification_resource.additional_properties = d
        return global_refund_notification_resource

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
