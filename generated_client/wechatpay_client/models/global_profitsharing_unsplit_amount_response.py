# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingUnsplitAmountResponse")


@_attrs_define
class GlobalProfitsharingUnsplitAmountResponse:
    """剩余待分金额 — amount still available for sharing."""

    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    unsplit_amount: int | Unset = UNSET
    """ 订单剩余待分金额 — remaining amount, in the smallest unit of `currency`. """
    currency: str | Unset = UNSET
    """ 货币类型 — currency (open set; `CNY` known). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        unsplit_amount = self.unsplit_amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
            }
        )
        if unsplit_amount is not UNSET:
            field_dict["unsplit_amount"] = unsplit_amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        unsplit_amount = d.pop("unsplit_amount", UNSET)

        currency = d.pop("currency", UNSET)

        global_profitsharing_unsplit_amount_response = cls(
            transaction_id=transaction_id,
            unsplit_amount=unsplit_amount,
            currency=currency,
        )

        global_profitsharing_unsplit_amount_response.additional_properties = d
        return global_profitsharing_unsplit_amount_response

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
