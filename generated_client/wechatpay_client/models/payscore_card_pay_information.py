# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardPayInformation")


@_attrs_define
class PayscoreCardPayInformation:
    """付款信息 — the user's payment returning rewards."""

    pay_amount: int | Unset = UNSET
    """ 付款金额 — amount paid, in fen. """
    pay_state: str | Unset = UNSET
    """ 付款状态 — payment state; open set (the sources list no values). """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number of the payment. """
    pay_time: str | Unset = UNSET
    """ 支付时间 — when the user paid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pay_amount = self.pay_amount

        pay_state = self.pay_state

        transaction_id = self.transaction_id

        pay_time = self.pay_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_amount is not UNSET:
            field_dict["pay_amount"] = pay_amount
        if pay_state is not UNSET:
            field_dict["pay_state"] = pay_state
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if pay_time is not UNSET:
            field_dict["pay_time"] = pay_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pay_amount = d.pop("pay_amount", UNSET)

        pay_state = d.pop("pay_state", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        pay_time = d.pop("pay_time", UNSET)

        payscore_card_pay_information = cls(
            pay_amount=pay_amount,
            pay_state=pay_state,
            transaction_id=transaction_id,
            pay_time=pay_time,
        )

        payscore_card_pay_information.additional_properties = d
        return payscore_card_pay_information

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
