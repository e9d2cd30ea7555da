# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_pay_exchange_rate import GlobalPayExchangeRate


T = TypeVar("T", bound="GlobalPayResponseAmount")


@_attrs_define
class GlobalPayResponseAmount:
    """订单金额 — amounts of a cross-border order (response side), each an integer in the
    minor unit of its own currency: `total` in `currency` (the price currency),
    `payer_total` in `payer_currency` (what the user paid, e.g. `CNY`).

    """

    total: int | Unset = UNSET
    """ 订单金额 — order total, in the minor unit of `currency`. """
    currency: str | Unset = UNSET
    """ 订单标价币种 — ISO 4217 price currency. """
    payer_total: int | Unset = UNSET
    """ 用户支付金额 — amount the user paid, in the minor unit of `payer_currency`. """
    payer_currency: str | Unset = UNSET
    """ 用户支付币种 — ISO 4217 currency the user paid in. """
    exchange_rate: GlobalPayExchangeRate | Unset = UNSET
    """ 汇率 — an exchange rate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        currency = self.currency

        payer_total = self.payer_total

        payer_currency = self.payer_currency

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
        if payer_total is not UNSET:
            field_dict["payer_total"] = payer_total
        if payer_currency is not UNSET:
            field_dict["payer_currency"] = payer_currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_pay_exchange_rate import GlobalPayExchangeRate

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        currency = d.pop("currency", UNSET)

        payer_total = d.pop("payer_total", UNSET)

        payer_currency = d.pop("payer_currency", UNSET)

        _exchange_rate = d.pop("exchange_rate", UNSET)
        exchange_rate: GlobalPayExchangeRate | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = GlobalPayExchangeRate.from_dict(_exchange_rate)

        global_pay_response_amount = cls(
            total=total,
            currency=currency,
            payer_total=payer_total,
            payer_currency=payer_currency,
            exchange_rate=exchange_rate,
        )

        global_pay_response_amount.additional_properties = d
        return global_pay_response_amount

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
