# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorSubsidyReturnRequest")


@_attrs_define
class BusifavorSubsidyReturnRequest:
    """营销补差回退请求 — the subsidy to take back."""

    stock_id: str
    """ 商家券批次号 — batch ID. """
    coupon_code: str
    """ 商家券Code — the coupon's code. """
    transaction_id: str
    """ 微信支付订单号 — the order the subsidy was paid for. """
    refund_id: str
    """ 微信支付退款单号 — WeChat Pay refund number of that order's refund. """
    payer_merchant: str
    """ 原营销补差扣款商户号 — the original payer, which receives the money back. """
    payee_merchant: str
    """ 原营销补差入账商户号 — the original payee, which pays it back. """
    amount: int
    """ 补差回退金额 — in fen; all returns of a coupon together cannot exceed what was paid. """
    description: str
    """ 补差回退描述 — note, returned as is by the query. """
    out_subsidy_return_no: str
    """ 业务请求唯一单号 — the merchant's unique number; letters, digits and `|` `_` `*` `-`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        coupon_code = self.coupon_code

        transaction_id = self.transaction_id

        refund_id = self.refund_id

        payer_merchant = self.payer_merchant

        payee_merchant = self.payee_merchant

        amount = self.amount

        description = self.description

        out_subsidy_return_no = self.out_subsidy_return_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "coupon_code": coupon_code,
                "transaction_id": transaction_id,
                "refund_id": refund_id,
                "payer_merchant": payer_merchant,
                "payee_merchant": payee_merchant,
                "amount": amount,
                "description": description,
                "out_subsidy_return_no": out_subsidy_return_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        coupon_code = d.pop("coupon_code")

        transaction_id = d.pop("transaction_id")

        refund_id = d.pop("refund_id")

        payer_merchant = d.pop("payer_merchant")

        payee_merchant = d.pop("payee_merchant")

        amount = d.pop("amount")

        description = d.pop("description")

        out_subsidy_return_no = d.pop("out_subsidy_return_no")

        busifavor_subsidy_return_request = cls(
            stock_id=stock_id,
            coupon_code=coupon_code,
            transaction_id=transaction_id,
            refund_id=refund_id,
            payer_merchant=payer_merchant,
            payee_merchant=payee_merchant,
            amount=amount,
            description=description,
            out_subsidy_return_no=out_subsidy_return_no,
        )

        busifavor_subsidy_return_request.additional_properties = d
        return busifavor_subsidy_return_request

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
