# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorSubsidyPayRequest")


@_attrs_define
class BusifavorSubsidyPayRequest:
    """营销补差付款请求 — the subsidy to pay."""

    stock_id: str
    """ 商家券批次号 — batch (fixed-amount or discount batches only). """
    coupon_code: str
    """ 商家券Code — the coupon's code. """
    transaction_id: str
    """ 微信支付订单号 — the paid order the coupon was used on. """
    payer_merchant: str
    """ 营销补差扣款商户号 — paying merchant (the batch creator or owner). """
    payee_merchant: str
    """ 营销补差入账商户号 — receiving merchant (the owner or one of its brand chain). """
    amount: int
    """ 补差付款金额 — in fen; at most the coupon's discount on the order and at most 500 yuan.
     """
    description: str
    """ 补差付款描述 — note, returned as is by the queries. """
    out_subsidy_no: str
    """ 业务请求唯一单号 — the merchant's unique number; letters, digits and `|` `_` `*` `-`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        coupon_code = self.coupon_code

        transaction_id = self.transaction_id

        payer_merchant = self.payer_merchant

        payee_merchant = self.payee_merchant

        amount = self.amount

        description = self.description

        out_subsidy_no = self.out_subsidy_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "coupon_code": coupon_code,
                "transaction_id": transaction_id,
                "payer_merchant": payer_merchant,
                "payee_merchant": payee_merchant,
                "amount": amount,
                "description": description,
                "out_subsidy_no": out_subsidy_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        coupon_code = d.pop("coupon_code")

        transaction_id = d.pop("transaction_id")

        payer_merchant = d.pop("payer_merchant")

        payee_merchant = d.pop("payee_merchant")

        amount = d.pop("amount")

        description = d.pop("description")

        out_subsidy_no = d.pop("out_subsidy_no")

        busifavor_subsidy_pay_request = cls(
            stock_id=stock_id,
            coupon_code=coupon_code,
            transaction_id=transaction_id,
            payer_merchant=payer_merchant,
            payee_merchant=payee_merchant,
            amount=amount,
            description=description,
            out_subsidy_no=out_subsidy_no,
        )

        busifavor_subsidy_pay_request.additional_properties = d
        return busifavor_subsidy_pay_request

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
