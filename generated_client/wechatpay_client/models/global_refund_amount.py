# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_refund_exchange_rate import GlobalRefundExchangeRate


T = TypeVar("T", bound="GlobalRefundAmount")


@_attrs_define
class GlobalRefundAmount:
    """退款金额 — amounts of a refund (response side): `refund` in `currency`, `payer_refund`
    in `payer_currency` (what the user gets back), each in its minor unit.

    """

    refund: int
    """ 退款金额 — refund amount, in the minor unit of `currency`. """
    payer_refund: int
    """ 用户退款金额 — amount refunded to the user, in the minor unit of `payer_currency`. """
    payer_currency: str
    """ 支付币种 — ISO 4217 currency the user paid and is refunded in. """
    currency: str | Unset = UNSET
    """ 退款币种 — ISO 4217 currency of `refund`. """
    exchange_rate: GlobalRefundExchangeRate | Unset = UNSET
    """ 汇率 — an exchange rate of a refund. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund = self.refund

        payer_refund = self.payer_refund

        payer_currency = self.payer_currency

        currency = self.currency

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refund": refund,
                "payer_refund": payer_refund,
                "payer_currency": payer_currency,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_exchange_rate import GlobalRefundExchangeRate

        d = dict(src_dict)
        refund = d.pop("refund")

        payer_refund = d.pop("payer_refund")

        payer_currency = d.pop("payer_currency")

        currency = d.pop("currency", UNSET)

        _exchange_rate = d.pop("exchange_rate", UNSET)
        exchange_rate: GlobalRefundExchangeRate | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = GlobalRefundExchangeRate.from_dict(_exchange_rate)

        global_refund_amount = cls(
            refund=refund,
            payer_refund=payer_refund,
            payer_currency=payer_currency,
            currency=currency,
            exchange_rate=exchange_rate,
        )

        global_refund_amount.additional_properties = d
        return global_refund_amount

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
