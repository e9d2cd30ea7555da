# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_papay_exchange_rate import GlobalPapayExchangeRate


T = TypeVar("T", bound="GlobalPapayResponseAmount")


@_attrs_define
class GlobalPapayResponseAmount:
    """订单金额 — answer amounts, integers in the smallest unit of their currency."""

    total: int
    """ 订单金额 — order amount, in `currency`. """
    payer_total: int | Unset = UNSET
    """ 用户支付金额 — amount the user paid, in `payer_currency`. """
    currency: str | Unset = UNSET
    """ 订单标价币种 — price currency. """
    payer_currency: str | Unset = UNSET
    """ 用户支付币种 — currency the user paid in. """
    exchange_rate: GlobalPapayExchangeRate | Unset = UNSET
    """ 汇率信息 — exchange rate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        payer_total = self.payer_total

        currency = self.currency

        payer_currency = self.payer_currency

        exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_rate, Unset):
            exchange_rate = self.exchange_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if payer_total is not UNSET:
            field_dict["payer_total"] = payer_total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payer_currency is not UNSET:
            field_dict["payer_currency"] = payer_currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_papay_exchange_rate import GlobalPapayExchangeRate

        d = dict(src_dict)
        total = d.pop("total")

        payer_total = d.pop("payer_total", UNSET)

        currency = d.pop("currency", UNSET)

        payer_currency = d.pop("payer_currency", UNSET)

        _exchange_rate = d.pop("exchange_rate", UNSET)
        exchange_rate: GlobalPapayExchangeRate | Unset
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = GlobalPapayExchangeRate.from_dict(_exchange_rate)

        global_papay_response_amount = cls(
            total=total,
            payer_total=payer_total,
            currency=currency,
            payer_currency=payer_currency,
            exchange_rate=exchange_rate,
        )

        global_papay_response_amount.additional_properties = d
        return global_papay_response_amount

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
