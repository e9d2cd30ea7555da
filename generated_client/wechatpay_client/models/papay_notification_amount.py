# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayNotificationAmount")


@_attrs_define
class PapayNotificationAmount:
    """金额信息 (通知) — an amount in a contract notification, in fen (分). The notification
    table names the amount key `amount`, while the query APIs use `total`; both are
    optional here and a reader should take whichever is present (`amount` first).

    """

    amount: int | Unset = UNSET
    """ 总金额 — amount in fen (key as in the notification table). """
    total: int | Unset = UNSET
    """ 总金额 — amount in fen (key as in the query APIs). """
    currency: str | Unset = UNSET
    """ 货币类型 — currency; only `CNY` is documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        total = self.total

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        total = d.pop("total", UNSET)

        currency = d.pop("currency", UNSET)

        papay_notification_amount = cls(
            amount=amount,
            total=total,
            currency=currency,
        )

        papay_notification_amount.additional_properties = d
        return papay_notification_amount

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
