# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalComplaintOrder")


@_attrs_define
class GlobalComplaintOrder:
    """投诉单关联订单 — one order of a complaint, with its amounts in minor units of each currency."""

    transaction_id: str
    """ 微信订单号 — WeChat Pay order number. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    settlement_amount: int
    """ 结算币种金额 — order amount in the settlement currency (minor unit). """
    settlement_refunded_amount: str
    """ 结算币种累计已退款金额 — amount refunded so far in the settlement currency. Both
    sources type it as a string (unlike the other amounts); kept as sent.
     """
    settlement_currency: str
    """ 结算币种 — settlement currency (ISO 4217). """
    payer_amount: int
    """ 订单金额 — order amount in the payer's currency (minor unit). """
    payer_refunded_amount: int
    """ 支付币种累计已退款金额 — amount refunded so far in the payer's currency. """
    payer_currency: str
    """ 支付币种 — the payer's currency (ISO 4217). """
    trade_time: str
    """ 交易时间 — when the order was paid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        settlement_amount = self.settlement_amount

        settlement_refunded_amount = self.settlement_refunded_amount

        settlement_currency = self.settlement_currency

        payer_amount = self.payer_amount

        payer_refunded_amount = self.payer_refunded_amount

        payer_currency = self.payer_currency

        trade_time = self.trade_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "out_trade_no": out_trade_no,
                "settlement_amount": settlement_amount,
                "settlement_refunded_amount": settlement_refunded_amount,
                "settlement_currency": settlement_currency,
                "payer_amount": payer_amount,
                "payer_refunded_amount": payer_refunded_amount,
                "payer_currency": payer_currency,
                "trade_time": trade_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        out_trade_no = d.pop("out_trade_no")

        settlement_amount = d.pop("settlement_amount")

        settlement_refunded_amount = d.pop("settlement_refunded_amount")

        settlement_currency = d.pop("settlement_currency")

        payer_amount = d.pop("payer_amount")

        payer_refunded_amount = d.pop("payer_refunded_amount")

        payer_currency = d.pop("payer_currency")

        trade_time = d.pop("trade_time")

        global_complaint_order = cls(
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            settlement_amount=settlement_amount,
            settlement_refunded_amount=settlement_refunded_amount,
            settlement_currency=settlement_currency,
            payer_amount=payer_amount,
            payer_refunded_amount=payer_refunded_amount,
            payer_currency=payer_currency,
            trade_time=trade_time,
        )

        global_complaint_order.additional_properties = d
        return global_complaint_order

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
