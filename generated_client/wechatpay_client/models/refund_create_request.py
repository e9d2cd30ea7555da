# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_create_request_funds_account import (
    RefundCreateRequestFundsAccount,
    check_refund_create_request_funds_account,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_create_amount import RefundCreateAmount
    from ..models.refund_goods_detail import RefundGoodsDetail


T = TypeVar("T", bound="RefundCreateRequest")


@_attrs_define
class RefundCreateRequest:
    """申请退款请求 — refund request. Exactly one of `transaction_id` and `out_trade_no` must
    be sent (`transaction_id` wins when both are present).

    """

    out_refund_no: str
    """ 商户退款单号 — merchant refund number, unique per merchant (digits, letters,
    `_-|*@`, at most 64 characters); the same number refunds only once.
     """
    amount: RefundCreateAmount
    """ 退款金额信息 — amounts of a refund request, in fen (分). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number of the original payment. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number of the original payment. """
    reason: str | Unset = UNSET
    """ 退款原因 — reason shown in the user's refund message (at most 80 characters). """
    notify_url: str | Unset = UNSET
    """ 退款结果回调url — receives `REFUND.SUCCESS`/`REFUND.ABNORMAL`/`REFUND.CLOSED`;
    when absent, the URL configured in the merchant platform is used.
     """
    funds_account: RefundCreateRequestFundsAccount | Unset = UNSET
    """ 退款资金来源 — `AVAILABLE` (可用余额账户) to refund from the available balance; when
    absent, unsettled funds are used.
     """
    goods_detail: list[RefundGoodsDetail] | Unset = UNSET
    """ 退款商品 — goods being refunded (single-item promotions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_refund_no = self.out_refund_no

        amount = self.amount.to_dict()

        sub_mchid = self.sub_mchid

        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        reason = self.reason

        notify_url = self.notify_url

        funds_account: str | Unset = UNSET
        if not isinstance(self.funds_account, Unset):
            funds_account = self.funds_account

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = goods_detail_item_data.to_dict()
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_refund_no": out_refund_no,
                "amount": amount,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if reason is not UNSET:
            field_dict["reason"] = reason
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if funds_account is not UNSET:
            field_dict["funds_account"] = funds_account
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_create_amount import RefundCreateAmount
        from ..models.refund_goods_detail import RefundGoodsDetail

        d = dict(src_dict)
        out_refund_no = d.pop("out_refund_no")

        amount = RefundCreateAmount.from_dict(d.pop("amount"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        reason = d.pop("reason", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        _funds_account = d.pop("funds_account", UNSET)
        funds_account: RefundCreateRequestFundsAccount | Unset
        if isinstance(_funds_account, Unset):
            funds_account = UNSET
        else:
            funds_account = check_refund_create_request_funds_account(_funds_account)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[RefundGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = RefundGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        refund_create_request = cls(
            out_refund_no=out_refund_no,
            amount=amount,
            sub_mchid=sub_mchid,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            reason=reason,
            notify_url=notify_url,
            funds_account=funds_account,
            goods_detail=goods_detail,
        )

        refund_create_request.additional_properties = d
        return refund_create_request

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
