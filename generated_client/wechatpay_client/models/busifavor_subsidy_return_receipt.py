# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorSubsidyReturnReceipt")


@_attrs_define
class BusifavorSubsidyReturnReceipt:
    """营销补差回退单 — a subsidy return receipt."""

    stock_id: str
    """ 商家券批次号 — batch ID. """
    coupon_code: str
    """ 商家券Code — the coupon's code. """
    transaction_id: str
    """ 微信支付订单号 — the order. """
    refund_id: str
    """ 微信支付退款单号 — the refund. """
    payer_merchant: str
    """ 原营销补差扣款商户号 — original payer. """
    payee_merchant: str
    """ 原营销补差入账商户号 — original payee. """
    amount: int
    """ 补差回退金额 — in fen. """
    description: str
    """ 补差回退描述 — note as sent. """
    status: str
    """ 补差回退单据状态 — `RETURN_RECEIPT_UNKNOWN`, `RETURN_RECEIPT_ACCEPTED`,
    `RETURN_RECEIPT_SUCCESS`, `RETURN_RECEIPT_FAIL` (open set).
     """
    subsidy_receipt_id: str
    """ 补差付款单号 — the subsidy receipt this return belongs to. """
    out_subsidy_return_no: str
    """ 业务请求唯一单号 — the merchant's number. """
    subsidy_return_receipt_id: str | Unset = UNSET
    """ 补差回退单号 — WeChat Pay's return receipt number (given once the return succeeded). """
    fail_reason: str | Unset = UNSET
    """ 补差回退失败原因 — on failure: `RETURN_RECEIPT_INSUFFICIENT_BALANCE`,
    `RETURN_RECEIPT_OTHER` (open set).
     """
    return_done_time: datetime.datetime | Unset = UNSET
    """ 补差回退完成时间 — on success. """
    return_create_time: datetime.datetime | Unset = UNSET
    """ 补差回退发起时间 — when the return was created. """
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

        status = self.status

        subsidy_receipt_id = self.subsidy_receipt_id

        out_subsidy_return_no = self.out_subsidy_return_no

        subsidy_return_receipt_id = self.subsidy_return_receipt_id

        fail_reason = self.fail_reason

        return_done_time: str | Unset = UNSET
        if not isinstance(self.return_done_time, Unset):
            return_done_time = self.return_done_time.isoformat()

        return_create_time: str | Unset = UNSET
        if not isinstance(self.return_create_time, Unset):
            return_create_time = self.return_create_time.isoformat()

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
                "status": status,
                "subsidy_receipt_id": subsidy_receipt_id,
                "out_subsidy_return_no": out_subsidy_return_no,
            }
        )
        if subsidy_return_receipt_id is not UNSET:
            field_dict["subsidy_return_receipt_id"] = subsidy_return_receipt_id
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if return_done_time is not UNSET:
            field_dict["return_done_time"] = return_done_time
        if return_create_time is not UNSET:
            field_dict["return_create_time"] = return_create_time

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

        status = d.pop("status")

        subsidy_receipt_id = d.pop("subsidy_receipt_id")

        out_subsidy_return_no = d.pop("out_subsidy_return_no")

        subsidy_return_receipt_id = d.pop("subsidy_return_receipt_id", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        _return_done_time = d.pop("return_done_time", UNSET)
        return_done_time: datetime.datetime | Unset
        if isinstance(_return_done_time, Unset):
            return_done_time = UNSET
        else:
            return_done_time = datetime.datetime.fromisoformat(_return_done_time)

        _return_create_time = d.pop("return_create_time", UNSET)
        return_create_time: datetime.datetime | Unset
        if isinstance(_return_create_time, Unset):
            return_create_time = UNSET
        else:
            return_create_time = datetime.datetime.fromisoformat(_return_create_time)

        busifavor_subsidy_return_receipt = cls(
            stock_id=stock_id,
            coupon_code=coupon_code,
            transaction_id=transaction_id,
            refund_id=refund_id,
            payer_merchant=payer_merchant,
            payee_merchant=payee_merchant,
            amount=amount,
            description=description,
            status=status,
            subsidy_receipt_id=subsidy_receipt_id,
            out_subsidy_return_no=out_subsidy_return_no,
            subsidy_return_receipt_id=subsidy_return_receipt_id,
            fail_reason=fail_reason,
            return_done_time=return_done_time,
            return_create_time=return_create_time,
        )

        busifavor_subsidy_return_receipt.additional_properties = d
        return busifavor_subsidy_return_receipt

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
