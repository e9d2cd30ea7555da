# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComplaintOrderInfo")


@_attrs_define
class ComplaintOrderInfo:
    """投诉单关联订单 — one payment order of the complaint."""

    transaction_id: str
    """ 微信订单号 — WeChat Pay order number. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    amount: int
    """ 订单金额 — order amount, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "out_trade_no": out_trade_no,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        out_trade_no = d.pop("out_trade_no")

        amount = d.pop("amount")

        complaint_order_info = cls(
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            amount=amount,
        )

        complaint_order_info.additional_properties = d
        return complaint_order_info

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
