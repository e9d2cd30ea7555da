# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_notification_amount import RefundNotificationAmount


T = TypeVar("T", bound="RefundNotificationResource")


@_attrs_define
class RefundNotificationResource:
    """退款结果通知 — the decrypted resource of `REFUND.SUCCESS`, `REFUND.ABNORMAL` and
    `REFUND.CLOSED` (original_type `refund`), direct-merchant shape. Partner-mode keys
    (`sp_mchid`, `sub_mchid`) and cross-border keys are not modelled; unknown keys are
    kept.

    """

    mchid: str
    """ 商户号 — merchant ID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number of the original payment. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    out_refund_no: str
    """ 商户退款单号 — merchant refund number. """
    refund_id: str
    """ 微信支付退款单号 — WeChat Pay refund number. """
    refund_status: str
    """ 退款状态 — `SUCCESS`, `CLOSED` or `ABNORMAL`. Open set. """
    user_received_account: str
    """ 退款入账账户 — where the money went, as text. """
    amount: RefundNotificationAmount
    """ 退款通知金额信息 — amounts in a refund notification, in fen (分). """
    success_time: datetime.datetime | Unset = UNSET
    """ 退款成功时间 — success time (RFC 3339); present for `SUCCESS`. """
    recv_account: str | Unset = UNSET
    """ 退款入账账户 — the account credited with the refund, as text. """
    fund_source: str | Unset = UNSET
    """ 退款资金来源 — where the refunded money was taken from. Open set; known values:
    `REFUND_SOURCE_UNSETTLED_FUNDS`, `REFUND_SOURCE_RECHARGE_FUNDS`.
     """
    refund_account: str | Unset = UNSET
    """ 退款出资账户 — who advanced the refund (platform advance-refund scenario). Open set;
    known values: `REFUND_SOURCE_PARTNER_ADVANCE`, `REFUND_SOURCE_SUB_MERCHANT`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        out_refund_no = self.out_refund_no

        refund_id = self.refund_id

        refund_status = self.refund_status

        user_received_account = self.user_received_account

        amount = self.amount.to_dict()

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        recv_account = self.recv_account

        fund_source = self.fund_source

        refund_account = self.refund_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
                "out_refund_no": out_refund_no,
                "refund_id": refund_id,
                "refund_status": refund_status,
                "user_received_account": user_received_account,
                "amount": amount,
            }
        )
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if recv_account is not UNSET:
            field_dict["recv_account"] = recv_account
        if fund_source is not UNSET:
            field_dict["fund_source"] = fund_source
        if refund_account is not UNSET:
            field_dict["refund_account"] = refund_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_notification_amount import RefundNotificationAmount

        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        out_refund_no = d.pop("out_refund_no")

        refund_id = d.pop("refund_id")

        refund_status = d.pop("refund_status")

        user_received_account = d.pop("user_received_account")

        amount = RefundNotificationAmount.from_dict(d.pop("amount"))

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        recv_account = d.pop("recv_account", UNSET)

        fund_source = d.pop("fund_source", UNSET)

        refund_account = d.pop("refund_account", UNSET)

        refund_notification_resource = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            out_refund_no=out_refund_no,
            refund_id=refund_id,
            refund_status=refund_status,
            user_received_account=user_received_account,
            amount=amount,
            success_time=success_time,
            recv_account=recv_account,
            fund_source=fund_source,
            refund_account=refund_account,
        )

        refund_notification_resource.additional_properties = d
        return refund_notification_resource

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
