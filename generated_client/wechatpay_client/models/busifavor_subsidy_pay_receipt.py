# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorSubsidyPayReceipt")


@_attrs_define
class BusifavorSubsidyPayReceipt:
    """营销补差付款单 — a subsidy receipt."""

    subsidy_receipt_id: str
    """ 补差付款单号 — WeChat Pay's receipt number. """
    stock_id: str
    """ 商家券批次号 — batch ID. """
    coupon_code: str
    """ 商家券Code — the coupon's code. """
    transaction_id: str
    """ 微信支付订单号 — the paid order. """
    payer_merchant: str
    """ 营销补差扣款商户号 — paying merchant. """
    payee_merchant: str
    """ 营销补差入账商户号 — receiving merchant. """
    amount: int
    """ 补差付款金额 — in fen. """
    description: str
    """ 补差付款描述 — note as sent. """
    status: str
    """ 补差付款单据状态 — `PAY_RECEIPT_UNKNOWN`, `PAY_RECEIPT_ACCEPTED`, `PAY_RECEIPT_SUCCESS`,
    `PAY_RECEIPT_FAIL`, `PAY_RECEIPT_RETURNING`, `PAY_RECEIPT_PARTIAL_RETURN`,
    `PAY_RECEIPT_FULL_RETURN` (open set).
     """
    out_subsidy_no: str
    """ 业务请求唯一单号 — the merchant's number. """
    fail_reason: str | Unset = UNSET
    """ 补差付款失败原因 — on failure: `PAY_RECEIPT_INSUFFICIENT_BALANCE`,
    `PAY_RECEIPT_NOT_INCOMESPLIT_ORDER`, `PAY_RECEIPT_EXCEED_SUBSIDY_AMOUNT_QUOTA`,
    `PAY_RECEIPT_EXCEED_SUBSIDY_COUNT_QUOTA`, `PAY_RECEIPT_OTHER` (open set).
     """
    success_time: datetime.datetime | Unset = UNSET
    """ 补差付款完成时间 — on success. """
    create_time: datetime.datetime | Unset = UNSET
    """ 补差付款发起时间 — when the receipt was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subsidy_receipt_id = self.subsidy_receipt_id

        stock_id = self.stock_id

        coupon_code = self.coupon_code

        transaction_id = self.transaction_id

        payer_merchant = self.payer_merchant

        payee_merchant = self.payee_merchant

        amount = self.amount

        description = self.description

        status = self.status

        out_subsidy_no = self.out_subsidy_no

        fail_reason = self.fail_reason

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subsidy_receipt_id": subsidy_receipt_id,
                "stock_id": stock_id,
                "coupon_code": coupon_code,
                "transaction_id": transaction_id,
                "payer_merchant": payer_merchant,
                "payee_merchant": payee_merchant,
                "amount": amount,
                "description": description,
                "status": status,
                "out_subsidy_no": out_subsidy_no,
            }
        )
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subsidy_receipt_id = d.pop("subsidy_receipt_id")

        stock_id = d.pop("stock_id")

        coupon_code = d.pop("coupon_code")

        transaction_id = d.pop("transaction_id")

        payer_merchant = d.pop("payer_merchant")

        payee_merchant = d.pop("payee_merchant")

        amount = d.pop("amount")

        description = d.pop("description")

        status = d.pop("status")

        out_subsidy_no = d.pop("out_subsidy_no")

        fail_reason = d.pop("fail_reason", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        busifavor_subsidy_pay_receipt = cls(
            subsidy_receipt_id=subsidy_receipt_id,
            stock_id=stock_id,
            coupon_code=coupon_code,
            transaction_id=transaction_id,
            payer_merchant=payer_merchant,
            payee_merchant=payee_merchant,
            amount=amount,
            description=description,
            status=status,
            out_subsidy_no=out_subsidy_no,
            fail_reason=fail_reason,
            success_time=success_time,
            create_time=create_time,
        )

        busifavor_subsidy_pay_receipt.additional_properties = d
        return busifavor_subsidy_pay_receipt

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
