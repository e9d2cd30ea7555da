# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfitsharingUnsplitAmountResponse")


@_attrs_define
class ProfitsharingUnsplitAmountResponse:
    """剩余待分金额 — amount still available for profit sharing."""

    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    unsplit_amount: int
    """ 订单剩余待分金额 — remaining amount, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        unsplit_amount = self.unsplit_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "unsplit_amount": unsplit_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        unsplit_amount = d.pop("unsplit_amount")

        profitsharing_unsplit_amount_response = cls(
            transaction_id=transaction_id,
            unsplit_amount=unsplit_amount,
        )

        profitsharing_unsplit_amount_response.additional_properties = d
        return profitsharing_unsplit_amount_response

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
