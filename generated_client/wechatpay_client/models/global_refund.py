# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_refund_amount import GlobalRefundAmount
    from ..models.global_refund_promotion_detail import GlobalRefundPromotionDetail


T = TypeVar("T", bound="GlobalRefund")


@_attrs_define
class GlobalRefund:
    """跨境退款单 — a cross-border refund (answer of `create_global_refund` and of both single
    queries). Amounts are integers in the minor unit of their currency.

    """

    id: str
    """ 微信支付退款订单号 — refund number assigned by WeChat Pay. """
    out_refund_no: str
    """ 商户退款单号 — the merchant's refund number. """
    create_time: datetime.datetime
    """ 退款创建时间 — time the refund was accepted (RFC 3339). """
    amount: GlobalRefundAmount
    """ 退款金额 — amounts of a refund (response side): `refund` in `currency`, `payer_refund`
    in `payer_currency` (what the user gets back), each in its minor unit.
     """
    transaction_id: str | Unset = UNSET
    """ 微信支付交易订单号 — WeChat Pay number of the original order. """
    out_trade_no: str | Unset = UNSET
    """ 商户原交易订单号 — merchant number of the original order. """
    channel: str | Unset = UNSET
    """ 退款渠道 — open set; known values `ORIGINAL`, `BALANCE`, `OTHER_BALANCE`, `OTHER_BANKCARD`. """
    recv_account: str | Unset = UNSET
    """ 退款入账账户 — where the money goes, as text (e.g. a bank card). """
    fund_source: str | Unset = UNSET
    """ 退款资金来源 — open set; known values `REFUND_SOURCE_UNSETTLED_FUNDS`,
    `REFUND_SOURCE_RECHARGE_FUNDS` (the query pages spell it `REFUND_SOURCE_REchARGE_FUNDS`).
     """
    success_time: datetime.datetime | Unset = UNSET
    """ 退款成功时间 — time the refund succeeded (RFC 3339). """
    status: str | Unset = UNSET
    """ 退款状态 — open set; known values `SUCCESS`, `REFUNDCLOSE`, `PROCESSING`, `ABNORMAL`. """
    detail: GlobalRefundPromotionDetail | Unset = UNSET
    """ 优惠退款详情 — the promotion part of a refund. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        out_refund_no = self.out_refund_no

        create_time = self.create_time.isoformat()

        amount = self.amount.to_dict()

        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        channel = self.channel

        recv_account = self.recv_account

        fund_source = self.fund_source

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        status = self.status

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "out_refund_no": out_refund_no,
                "create_time": create_time,
                "amount": amount,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if channel is not UNSET:
            field_dict["channel"] = channel
        if recv_account is not UNSET:
            field_dict["recv_account"] = recv_account
        if fund_source is not UNSET:
            field_dict["fund_source"] = fund_source
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_amount import GlobalRefundAmount
        from ..models.global_refund_promotion_detail import GlobalRefundPromotionDetail

        d = dict(src_dict)
        id = d.pop("id")

        out_refund_no = d.pop("out_refund_no")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        amount = GlobalRefundAmount.from_dict(d.pop("amount"))

        transaction_id = d.pop("transaction_id", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        channel = d.pop("channel", UNSET)

        recv_account = d.pop("recv_account", UNSET)

        fund_source = d.pop("fund_source", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        status = d.pop("status", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: GlobalRefundPromotionDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = GlobalRefundPromotionDetail.from_dict(_detail)

        global_refund = cls(
            id=id,
            out_refund_no=out_refund_no,
            create_time=create_time,
            amount=amount,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            channel=channel,
            recv_account=recv_account,
            fund_source=fund_source,
            success_time=success_time,
            status=status,
            detail=detail,
        )

        global_refund.additional_properties = d
        return global_refund

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
