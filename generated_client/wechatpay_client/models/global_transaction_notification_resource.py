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


T = TypeVar("T", bound="GlobalTransactionNotificationResource")


@_attrs_define
class GlobalTransactionNotificationResource:
    """跨境支付结果通知 — the decrypted resource of `TRANSACTION.SUCCESS` (original_type
    `transaction`) for cross-border orders (sent only when the order is paid). Same shape
    as `GlobalPayTransaction`: the order number is `id`, amounts are integers in the minor
    unit of their currency and `amount.exchange_rate` is present. Only `out_trade_no` and
    `trade_state` are required; unknown keys (institution-mode `sp_mchid`, `sub_mchid`, ...)
    are kept. Told apart from the domestic `Transaction` by `id` (domestic resources name
    the order number `transaction_id`).

    """

    out_trade_no: str
    """ 商户订单号 — the merchant's order number. """
    trade_state: str
    """ 交易状态 — `SUCCESS` for this notification (open set). """
    mchid: str | Unset = UNSET
    """ 商户号 — the direct merchant's ID. """
    appid: str | Unset = UNSET
    """ APPID — the AppID of the order. """
    id: str | Unset = UNSET
    """ 微信支付订单号 — the WeChat Pay order number. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — the same number under its domestic key, in case it is sent so. """
    attach: str | Unset = UNSET
    """ 商户数据 — merchant data given when ordering. """
    trade_type: str | Unset = UNSET
    """ 交易类型 — open set; known values `JSAPI`, `NATIVE`, `APP`, `MWEB`, `MICROPAY`. """
    bank_type: str | Unset = UNSET
    """ 付款银行 — the payer's bank / funding type. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment time (RFC 3339). """
    trade_state_desc: str | Unset = UNSET
    """ 交易状态描述 — text describing the state. """
    payer: GlobalPayResponsePayer | Unset = UNSET
    """ 支付者 — the payer of an order (response side). """
    amount: GlobalPayResponseAmount | Unset = UNSET
    """ 订单金额 — amounts of a cross-border order (response side), each an integer in the
    minor unit of its own currency: `total` in `currency` (the price currency),
    `payer_total` in `payer_currency` (what the user paid, e.g. `CNY`).
     """
    promotion_detail: list[GlobalPayPromotionDetail] | Unset = UNSET
    """ 优惠功能 — promotions applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        trade_state = self.trade_state

        mchid = self.mchid

        appid = self.appid

        id = self.id

        transaction_id = self.transaction_id

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
                "trade_state": trade_state,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if id is not UNSET:
            field_dict["id"] = id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
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
        from ..models.global_pay_promotion_detail import GlobalPayPromotionDetail
        from ..models.global_pay_response_amount import GlobalPayResponseAmount
        from ..models.global_pay_response_payer import GlobalPayResponsePayer

        d = dict(src_dict)
        out_trade_no = d.pop("out_trade_no")

        trade_state = d.pop("trade_state")

        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        id = d.pop("id", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

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

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[GlobalPayPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = GlobalPayPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        global_transaction_notification_resource = cls(
            out_trade_no=out_trade_no,
            trade_state=trade_state,
            mchid=mchid,
            appid=appid,
            id=id,
            transaction_id=transaction_id,
            attach=attach,
            trade_type=trade_type,
            bank_type=bank_type,
            success_time=success_time,
            trade_state_desc=trade_state_desc,
            payer=payer,
            amount=amount,
            promotion_detail=promotion_detail,
        )

        global_transaction_notification_resource.additional_properties = d
        return global_transaction_notification_resource

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
