# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_promotion_detail import CombinePromotionDetail
    from ..models.combine_response_amount import CombineResponseAmount


T = TypeVar("T", bound="CombineResponseSubOrder")


@_attrs_define
class CombineResponseSubOrder:
    """商品单 — one sub-order of a combined order (response side). Required only `mchid` and
    `out_trade_no`, which OA and IM both mark required.

    """

    mchid: str
    """ 子单商户号 — merchant ID of the sub-order. """
    out_trade_no: str
    """ 商品单商户订单号 — the sub-order's merchant order number. """
    trade_type: str | Unset = UNSET
    """ 交易类型 — `NATIVE`, `JSAPI`, `APP`, `MWEB`. Open set. """
    trade_state: str | Unset = UNSET
    """ 交易状态 — `SUCCESS`, `REFUND`, `NOTPAY`, `CLOSED`, `PAYERROR`; the notification table
    also lists `REVOKED`, `USERPAYING`, `ACCEPT`. Open set.
     """
    bank_type: str | Unset = UNSET
    """ 付款银行 — payer's bank type. """
    attach: str | Unset = UNSET
    """ 附加数据 — the merchant data sent with the order. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339). """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number of the sub-order. """
    sub_mchid: str | Unset = UNSET
    """ 二级商户号 — e-commerce sub-merchant ID (not sent for direct merchants). """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — e-commerce sub-merchant AppID. """
    sub_openid: str | Unset = UNSET
    """ 用户子标识 — OpenID under `sub_appid`. """
    amount: CombineResponseAmount | Unset = UNSET
    """ 订单金额 — sub-order amounts in fen (response side). Nothing required: every source marks
    `total_amount` and `payer_amount` required, but an unpaid sub-order (`NOTPAY`, `CLOSED`)
    has no cash payment, so the spec does not insist on them (a verified answer must parse).
     """
    promotion_detail: list[CombinePromotionDetail] | Unset = UNSET
    """ 优惠信息列表 — promotions applied to the sub-order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        trade_type = self.trade_type

        trade_state = self.trade_state

        bank_type = self.bank_type

        attach = self.attach

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        transaction_id = self.transaction_id

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        sub_openid = self.sub_openid

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

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
                "mchid": mchid,
                "out_trade_no": out_trade_no,
            }
        )
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if trade_state is not UNSET:
            field_dict["trade_state"] = trade_state
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if attach is not UNSET:
            field_dict["attach"] = attach
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if amount is not UNSET:
            field_dict["amount"] = amount
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_promotion_detail import CombinePromotionDetail
        from ..models.combine_response_amount import CombineResponseAmount

        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        trade_type = d.pop("trade_type", UNSET)

        trade_state = d.pop("trade_state", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        attach = d.pop("attach", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        transaction_id = d.pop("transaction_id", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: CombineResponseAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = CombineResponseAmount.from_dict(_amount)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[CombinePromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = CombinePromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        combine_response_sub_order = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            trade_type=trade_type,
            trade_state=trade_state,
            bank_type=bank_type,
            attach=attach,
            success_time=success_time,
            transaction_id=transaction_id,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            sub_openid=sub_openid,
            amount=amount,
            promotion_detail=promotion_detail,
        )

        combine_response_sub_order.additional_properties = d
        return combine_response_sub_order

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
