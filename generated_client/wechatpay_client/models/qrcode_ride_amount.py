# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qrcode_ride_amount_currency import QrcodeRideAmountCurrency, check_qrcode_ride_amount_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="QrcodeRideAmount")


@_attrs_define
class QrcodeRideAmount:
    """订单金额信息 — the fare, in fen (分)."""

    total: int
    """ 订单总金额 — fare to deduct, in fen. """
    currency: QrcodeRideAmountCurrency | Unset = UNSET
    """ 货币类型 — ISO 4217 code; only `CNY` is supported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total")

        _currency = d.pop("currency", UNSET)
        currency: QrcodeRideAmountCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = check_qrcode_ride_amount_currency(_currency)

        qrcode_ride_amount = cls(
            total=total,
            currency=currency,
        )

        qrcode_ride_amount.additional_properties = d
        return qrcode_ride_amount

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
