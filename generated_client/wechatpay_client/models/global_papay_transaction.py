# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_papay_payer import GlobalPapayPayer
    from ..models.global_papay_promotion_detail import GlobalPapayPromotionDetail
    from ..models.global_papay_response_amount import GlobalPapayResponseAmount


T = TypeVar("T", bound="GlobalPapayTransaction")


@_attrs_define
class GlobalPapayTransaction:
    """扣款订单 — a cross-border deduction order (deduction answer and both order queries).
    Nested answers are open; every field but the order numbers and state may be missing
    while the order is not final.

    """

    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    trade_state: str
    """ 交易状态 — order state. Open set; known values `SUCCESS`, `REFUND`, `NOTPAY`,
    `CLOSED`, `PAYERROR`, `USERPAYING`.
     """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID. """
    sp_mchid: str | Unset = UNSET
    """ 机构商户号 — institution merchant ID (institution mode). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (institution mode). """
    sp_appid: str | Unset = UNSET
    """ 机构APPID — institution AppID (institution mode). """
    sub_appid: str | Unset = UNSET
    """ 子商户APPID — sub-merchant AppID (institution mode). """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data from the request. """
    trade_type: str | Unset = UNSET
    """ 交易类型 — trade type. Open set; the deduction answer documents `AUTH`, the queries
    `JSAPI`, `NATIVE`, `APP`, `MWEB`, `MICROPAY`.
     """
    bank_type: str | Unset = UNSET
    """ 付款银行 — payment bank type. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339). """
    trade_state_desc: str | Unset = UNSET
    """ 交易状态描述 — state description. """
    payer: GlobalPapayPayer | Unset = UNSET
    """ 支付者 — the payer's OpenIDs. """
    amount: GlobalPapayResponseAmount | Unset = UNSET
    """ 订单金额 — answer amounts, integers in the smallest unit of their currency. """
    promotion_detail: list[GlobalPapayPromotionDetail] | Unset = UNSET
    """ 优惠功能 — promotions applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        trade_state = self.trade_state

        mchid = self.mchid

        appid = self.appid

        sp_mchid = self.sp_mchid

        sub_mchid = self.sub_mchid

        sp_appid = self.sp_appid

        sub_appid = self.sub_appid

        attach = self.attach

        trade_type = self.trade_type

        bank_type = self.bank_type

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        trade_state_desc = self.trade_state_desc

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

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
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
                "trade_state": trade_state,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sp_appid is not UNSET:
            field_dict["sp_appid"] = sp_appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if attach is not UNSET:
            field_dict["attach"] = attach
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if trade_state_desc is not UNSET:
            field_dict["trade_state_desc"] = trade_state_desc
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_papay_payer import GlobalPapayPayer
        from ..models.global_papay_promotion_detail import GlobalPapayPromotionDetail
        from ..models.global_papay_response_amount import GlobalPapayResponseAmount

        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        trade_state = d.pop("trade_state")

        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        sp_mchid = d.pop("sp_mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sp_appid = d.pop("sp_appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        attach = d.pop("attach", UNSET)

        trade_type = d.pop("trade_type", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        trade_state_desc = d.pop("trade_state_desc", UNSET)

        _payer = d.pop("payer", UNSET)
        payer: GlobalPapayPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = GlobalPapayPayer.from_dict(_payer)

        _amount = d.pop("amount", UNSET)
        amount: GlobalPapayResponseAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = GlobalPapayResponseAmount.from_dict(_amount)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[GlobalPapayPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = GlobalPapayPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        global_papay_transaction = cls(
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            trade_state=trade_state,
            mchid=mchid,
            appid=appid,
            sp_mchid=sp_mchid,
            sub_mchid=sub_mchid,
            sp_appid=sp_appid,
            sub_appid=sub_appid,
            attach=attach,
            trade_type=trade_type,
            bank_type=bank_type,
            success_time=success_time,
            trade_state_desc=trade_state_desc,
            payer=payer,
            amount=amount,
            promotion_detail=promotion_detail,
        )

        global_papay_transaction.additional_properties = d
        return global_papay_transaction

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
