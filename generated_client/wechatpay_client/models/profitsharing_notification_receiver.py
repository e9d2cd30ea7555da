# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingNotificationReceiver")


@_attrs_define
class ProfitsharingNotificationReceiver:
    """分账动账接收方 (通知) — the receiver in a profit-sharing notification."""

    type_: str
    """ 分账接收方类型 — receiver type. Open set; known values: `MERCHANT_ID`,
    `PERSONAL_OPENID`.
     """
    account: str
    """ 分账接收方账号 — merchant ID, or OpenID for a personal receiver. """
    amount: int
    """ 分账动账金额 — amount moved, in fen. """
    description: str | Unset = UNSET
    """ 分账/回退描述 — description of the split or return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        account = self.account

        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "account": account,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        account = d.pop("account")

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        profitsharing_notification_receiver = cls(
            type_=type_,
            account=account,
            amount=amount,
            description=description,
        )

        profitsharing_notification_receiver.additional_properties = d
        return profitsharing_notification_receiver

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
