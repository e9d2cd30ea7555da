# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundNotificationAmount")


@_attrs_define
class RefundNotificationAmount:
    """退款通知金额信息 — amounts in a refund notification, in fen (分)."""

    total: int
    """ 订单金额 — order total, in fen. """
    refund: int
    """ 退款金额 — refund amount, in fen. """
    payer_total: int
    """ 用户支付金额 — amount the user paid, in fen. """
    payer_refund: int
    """ 用户退款金额 — amount refunded to the user, in fen. """
    currency: str | Unset = UNSET
    """ 退款币种 — currency of the amounts (ISO 4217, `CNY` in mainland China). """
    payer_currency: str | Unset = UNSET
    """ 用户支付币种 — currency the user paid in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        refund = self.refund

        payer_total = self.payer_total

        payer_refund = self.payer_refund

        currency = self.currency

        payer_currency = self.payer_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "refund": refund,
                "payer_total": payer_total,
                "payer_refund": payer_refund,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payer_currency is not UNSET:
            field_dict["payer_currency"] = payer_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total")

        refund = d.pop("refund")

        payer_total = d.pop("payer_total")

        payer_refund = d.pop("payer_refund")

        currency = d.pop("currency", UNSET)

        payer_currency = d.pop("payer_currency", UNSET)

        refund_notification_amount = cls(
            total=total,
            refund=refund,
            payer_total=payer_total,
            payer_refund=payer_refund,
            currency=currency,
            payer_currency=payer_currency,
        )

        refund_notification_amount.additional_properties = d
        return refund_notification_amount

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
