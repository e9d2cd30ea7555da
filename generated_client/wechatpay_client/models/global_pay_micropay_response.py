# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_pay_promotion_detail import GlobalPayPromotionDetail
    from ..models.global_pay_response_amount import GlobalPayResponseAmount
    from ..models.global_pay_response_payer import GlobalPayResponsePayer


T = TypeVar("T", bound="GlobalPayMicropayResponse")


@_attrs_define
class GlobalPayMicropayResponse:
    """付款码支付应答 — the order after a code payment attempt. `trade_state` may be
    `USERPAYING`; only `mchid`, `out_trade_no` and `trade_state` are required (a pending
    payment has no `success_time` or `bank_type`).

    """

    mchid: str
    """ 商户号 — the direct merchant's ID. """
    out_trade_no: str
    """ 商户订单号 — the merchant's order number. """
    trade_state: str
    """ 交易状态 — open set; known values `SUCCESS`, `USERPAYING`, `PAYERROR`, `REVOKED`, `CLOSED`, `NOTPAY`, `REFUND`.
    """
    id: str | Unset = UNSET
    """ 微信支付订单号 — the WeChat Pay order number. """
    appid: str | Unset = UNSET
    """ APPID — the AppID of the order. """
    trade_type: str | Unset = UNSET
    """ 交易类型 — `MICROPAY` (open set). """
    trade_state_desc: str | Unset = UNSET
    """ 交易状态描述 — text describing the state. """
    bank_type: str | Unset = UNSET
    """ 付款银行 — the payer's bank / funding type. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data given when ordering. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339). """
    payer: GlobalPayResponsePayer | Unset = UNSET
    """ 支付者 — the payer of an order (response side). """
    amount: GlobalPayResponseAmount | Unset = UNSET
    """ 订单金额 — amounts of a cross-border order (response side), each an integer in the
    minor unit of its own currency: `total` in `currency` (the price currency),
    `payer_total` in `payer_currency` (what the user paid, e.g. `CNY`).
     """
    detail: list[GlobalPayPromotionDetail] | Unset = UNSET
    """ 优惠功能 — promotions applied (this answer names the list `detail`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        trade_state = self.trade_state

        id = self.id

        appid = self.appid

        trade_type = self.trade_type

        trade_state_desc = self.trade_state_desc

        bank_type = self.bank_type

        attach = self.attach

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "trade_state": trade_state,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if appid is not UNSET:
            field_dict["appid"] = appid
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if trade_state_desc is not UNSET:
            field_dict["trade_state_desc"] = trade_state_desc
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if attach is not UNSET:
            field_dict["attach"] = attach
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_pay_promotion_detail import GlobalPayPromotionDetail
        from ..models.global_pay_response_amount import GlobalPayResponseAmount
        from ..models.global_pay_response_payer import GlobalPayResponsePayer

        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        trade_state = d.pop("trade_state")

        id = d.pop("id", UNSET)

        appid = d.pop("appid", UNSET)

        trade_type = d.pop("trade_type", UNSET)

        trade_state_desc = d.pop("trade_state_desc", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        attach = d.pop("attach", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _payer = d.pop("payer", UNSET)
        payer: GlobalPayResponsePayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = GlobalPayResponsePayer.from_dict(_payer)

        _amount = d.pop("amount", UNSET)
        amount: GlobalPayResponseAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = GlobalPayResponseAmount.from_dict(_amount)

        _detail = d.pop("detail", UNSET)
        detail: list[GlobalPayPromotionDetail] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = GlobalPayPromotionDetail.from_dict(detail_item_data)

                detail.append(detail_item)

        global_pay_micropay_response = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            trade_state=trade_state,
            id=id,
            appid=appid,
            trade_type=trade_type,
            trade_state_desc=trade_state_desc,
            bank_type=bank_type,
            attach=attach,
            success_time=success_time,
            payer=payer,
            amount=amount,
            detail=detail,
        )

        global_pay_micropay_response.additional_properties = d
        return global_pay_micropay_response

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
