# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_profitsharing_order_receiver_currency import (
    GlobalProfitsharingOrderReceiverCurrency,
    check_global_profitsharing_order_receiver_currency,
)
from ..models.global_profitsharing_order_receiver_type import (
    GlobalProfitsharingOrderReceiverType,
    check_global_profitsharing_order_receiver_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingOrderReceiver")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class GlobalProfitsharingOrderReceiver:
    """分账接收方 — one receiver of a split. `name` is sensitive."""

    currency: GlobalProfitsharingOrderReceiverCurrency
    """ 分账币种 — split currency; `CNY` is the only documented value. """
    type_: GlobalProfitsharingOrderReceiverType
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` (OpenID under `appid`) or
    `PERSONAL_SUB_OPENID` (OpenID under `sub_appid`, institution mode).
     """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID, according to `type`. """
    amount: int
    """ 分账金额 — amount for this receiver, in the smallest unit of `currency` (fen). """
    description: str
    """ 分账描述 — reason for the split; it appears in the bill. """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 分账个人接收方姓名 — the personal receiver's real name (optional; checked when given).
    Pass plaintext; the SDK encrypts it and sends the Base64 ciphertext.
     """
    authorized: bool | Unset = UNSET
    """ 是否已经获取用户实名信息授权 — whether the user agreed to the real-name check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: str = self.currency

        type_: str = self.type_

        account = self.account

        amount = self.amount

        description = self.description

        name = self.name

        authorized = self.authorized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "type": type_,
                "account": account,
                "amount": amount,
                "description": description,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if authorized is not UNSET:
            field_dict["authorized"] = authorized

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = check_global_profitsharing_order_receiver_currency(d.pop("currency"))

        type_ = check_global_profitsharing_order_receiver_type(d.pop("type"))

        account = d.pop("account")

        amount = d.pop("amount")

        description = d.pop("description")

        name = d.pop("name", UNSET)

        authorized = d.pop("authorized", UNSET)

        global_profitsharing_order_receiver = cls(
            currency=currency,
            type_=type_,
            account=account,
            amount=amount,
            description=description,
            name=name,
            authorized=authorized,
        )

        global_profitsharing_order_receiver.additional_properties = d
        return global_profitsharing_order_receiver

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
