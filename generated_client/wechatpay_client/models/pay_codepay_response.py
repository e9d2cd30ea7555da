# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_amount import TransactionAmount
    from ..models.transaction_payer import TransactionPayer
    from ..models.transaction_promotion_detail import TransactionPromotionDetail


T = TypeVar("T", bound="PayCodepayResponse")


@_attrs_define
class PayCodepayResponse:
    """付款码支付应答 — the order state right after a code payment. `USERPAYING` means the
    user must still confirm: poll `query_transaction_by_out_trade_no`.

    """

    mchid: str
    """ 直连商户号 — merchant ID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    trade_state: str
    """ 交易状态 — trade state. Open set; known values: `SUCCESS`, `USERPAYING`,
    `PAYERROR`, `NOTPAY`, `CLOSED`, `REVOKED`, `REFUND`.
     """
    appid: str | Unset = UNSET
    """ 应用ID — AppID. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number. """
    trade_type: str | Unset = UNSET
    """ 交易类型 — `MICROPAY` (付款码支付) for this operation. Open set. """
    bank_type: str | Unset = UNSET
    """ 银行类型 — paying bank type (e.g. `CCB_DEBIT`, `OTHERS`). """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment completion time (RFC 3339). """
    trade_state_desc: str | Unset = UNSET
    """ 交易状态描述 — trade state description. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data, returned unchanged. """
    payer: TransactionPayer | Unset = UNSET
    """ 支付者 — the payer. `openid` is optional: the official Go SDK (`TransactionPayer`) and the
    code-payment response tables (OA, IM) do not require it.
     """
    amount: TransactionAmount | Unset = UNSET
    """ 订单金额 — order amount, integer fen (分). `total` is optional: the official Go SDK
    (`TransactionAmount`) does not require it.
     """
    promotion_detail: list[TransactionPromotionDetail] | Unset = UNSET
    """ 优惠信息 — promotions applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        trade_state = self.trade_state

        appid = self.appid

        transaction_id = self.transaction_id

        trade_type = self.trade_type

        bank_type = self.bank_type

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        trade_state_desc = self.trade_state_desc

        attach = self.attach

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
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "trade_state": trade_state,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if trade_state_desc is not UNSET:
            field_dict["trade_state_desc"] = trade_state_desc
        if attach is not UNSET:
            field_dict["attach"] = attach
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction_amount import TransactionAmount
        from ..models.transaction_payer import TransactionPayer
        from ..models.transaction_promotion_detail import TransactionPromotionDetail

        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        trade_state = d.pop("trade_state")

        appid = d.pop("appid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        trade_type = d.pop("trade_type", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        trade_state_desc = d.pop("trade_state_desc", UNSET)

        attach = d.pop("attach", UNSET)

        _payer = d.pop("payer", UNSET)
        payer: TransactionPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = TransactionPayer.from_dict(_payer)

        _amount = d.pop("amount", UNSET)
        amount: TransactionAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = TransactionAmount.from_dict(_amount)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[TransactionPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = TransactionPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        pay_codepay_response = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            trade_state=trade_state,
            appid=appid,
            transaction_id=transaction_id,
            trade_type=trade_type,
            bank_type=bank_type,
            success_time=success_time,
            trade_state_desc=trade_state_desc,
            attach=attach,
            payer=payer,
            amount=amount,
            promotion_detail=promotion_detail,
        )

        pay_codepay_response.additional_properties = d
        return pay_codepay_response

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
