# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_refund_exchange_rate import GlobalRefundExchangeRate


T = TypeVar("T", bound="GlobalRefundNotificationAmount")


@_attrs_define
class GlobalRefundNotificationAmount:
    """退款通知金额 — amounts of a cross-border refund notification, each in the minor unit of its currency."""

    total: int | Unset = UNSET
    """ 订单金额 — order total, in the minor unit of `currency`. """
    currency: str | Unset = UNSET
    """ 货币类型 — ISO 4217 price currency. """
    refund: int | Unset = UNSET
    """ 退款金额 — refund amount, in the minor unit of `currency`. """
    payer_total: int | Unset = UNSET
    """ 用户支付金额 — amount the user paid, in the minor unit of `payer_currency`. """
    payer_currency: str | Unset = UNSET
    """ 用户支付币种 — ISO 4217 currency the user paid in. """
    payer_refund: int | Unset = UNSET
    """ 用户退款金额 — amount refunded to the user, in the minor unit of `payer_currency`. """
    settlement_refund: int | Unset = UNSET
    """ 结算币种退款金额 — refund in the settlement currency, in its minor unit. """
    settlement_currency: str | Unset = UNSET
    """ 结算币种 — ISO 4217 settlement currency. """
    exchange_rate: GlobalRefundExchangeRate | Unset = UNSET
    """ 汇率 — an exchange rate of a refund. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        currency = self.currency

        refund = self.refund

        payer_total = self.payer_total

        payer_currency = self.payer_currency

        payer_refund = self.payer_refund

        settlement_refund = self.settlement_refund

        settlement_currency = self.settlement_currency

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if refund is not UNSET:
            field_dict["refund"] = refund
        if payer_total is not UNSET:
            field_dict["payer_total"] = payer_total
        if payer_currency is not UNSET:
            field_dict["payer_currency"] = payer_currency
        if payer_refund is not UNSET:
            field_dict["payer_refund"] = payer_refund
        if settlement_refund is not UNSET:
            field_dict["settlement_refund"] = settlement_refund
        if settlement_currency is not UNSET:
            field_dict["settlement_currency"] = settlement_currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_exchange_rate import GlobalRefundExchangeRate

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        currency = d.pop("currency", UNSET)

        refund = d.pop("refund", UNSET)

        payer_total = d.pop("payer_total", UNSET)

        payer_currency = d.pop("payer_currency", UNSET)

        payer_refund = d.pop("payer_refund", UNSET)

        settlement_refund = d.pop("settlement_refund", UNSET)

        settlement_currency = d.pop("settlement_currency", UNSET)

        _exchange_rate = d.pop("exchange_rate", UNSET)
        exchange_rate: GlobalRefundExchangeRate | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = GlobalRefundExchangeRate.from_dict(_exchange_rate)

        global_refund_notification_amount = cls(
            total=total,
            currency=currency,
            refund=refund,
            payer_total=payer_total,
            payer_currency=payer_currency,
            payer_refund=payer_refund,
            settlement_refund=settlement_refund,
            settlement_currency=settlement_currency,
            exchange_rate=exchange_rate,
        )

        global_refund_notification_amount.additional_properties = d
        return global_refund_notification_amount

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
