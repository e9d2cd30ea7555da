# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_amount import RefundAmount
    from ..models.refund_promotion_detail import RefundPromotionDetail


T = TypeVar("T", bound="Refund")


@_attrs_define
class Refund:
    """退款单 — a refund (response of `create_refund`, `query_refund` and
    `apply_abnormal_refund`).

    """

    refund_id: str
    """ 微信支付退款单号 — refund number assigned by WeChat Pay. """
    out_refund_no: str
    """ 商户退款单号 — merchant refund number. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number of the original payment. """
    out_trade_no: str
    """ 商户订单号 — merchant order number of the original payment. """
    channel: str
    """ 退款渠道 — refund channel. Open set; known values: `ORIGINAL` (原路退款), `BALANCE`
    (退回到余额), `OTHER_BALANCE` (原账户异常退到其他余额账户), `OTHER_BANKCARD`
    (原银行卡异常退到其他银行卡).
     """
    user_received_account: str
    """ 退款入账账户 — where the money goes, as text (e.g. "招商银行信用卡0403", "支付用户零钱").
     """
    create_time: datetime.datetime
    """ 退款创建时间 — time the refund was accepted (RFC 3339). """
    status: str
    """ 退款状态 — refund status. Open set; known values: `SUCCESS`, `CLOSED`,
    `PROCESSING`, `ABNORMAL` (退款异常: handle it with `apply_abnormal_refund` or in the
    merchant platform).
     """
    amount: RefundAmount
    """ 退款金额详情 — amount details of a refund, in fen (分). """
    success_time: datetime.datetime | Unset = UNSET
    """ 退款成功时间 — success time (RFC 3339); present when `status` is `SUCCESS`. """
    funds_account: str | Unset = UNSET
    """ 资金账户 — funding account used. Open set; known values: `UNSETTLED`, `AVAILABLE`,
    `UNAVAILABLE`, `OPERATION`, `BASIC`.
     """
    promotion_detail: list[RefundPromotionDetail] | Unset = UNSET
    """ 优惠退款信息 — promotions refunded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_id = self.refund_id

        out_refund_no = self.out_refund_no

        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        channel = self.channel

        user_received_account = self.user_received_account

        create_time = self.create_time.isoformat()

        status = self.status

        amount = self.amount.to_dict()

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        funds_account = self.funds_account

        promotion_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_detail, Unset):
            promotion_detail = []
            for promotion_detail_item_data in self.promotion_detail:
                promotion_detail_item = promotion_detail_item_data.to_dict()
                promotion_detail.append(promotion_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refund_id": refund_id,
                "out_refund_no": out_refund_no,
                "transaction_id": transaction_id,
                "out_trade_no": out_trade_no,
                "channel": channel,
                "user_received_account": user_received_account,
                "create_time": create_time,
                "status": status,
                "amount": amount,
            }
        )
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if funds_account is not UNSET:
            field_dict["funds_account"] = funds_account
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_amount import RefundAmount
        from ..models.refund_promotion_detail import RefundPromotionDetail

        d = dict(src_dict)
        refund_id = d.pop("refund_id")

        out_refund_no = d.pop("out_refund_no")

        transaction_id = d.pop("transaction_id")

        out_trade_no = d.pop("out_trade_no")

        channel = d.pop("channel")

        user_received_account = d.pop("user_received_account")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        status = d.pop("status")

        amount = RefundAmount.from_dict(d.pop("amount"))

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        funds_account = d.pop("funds_account", UNSET)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[RefundPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = RefundPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        refund = cls(
            refund_id=refund_id,
            out_refund_no=out_refund_no,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            channel=channel,
            user_received_account=user_received_account,
            create_time=create_time,
            status=status,
            amount=amount,
            success_time=success_time,
            funds_account=funds_account,
            promotion_detail=promotion_detail,
        )

        refund.additional_properties = d
        return refund

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
