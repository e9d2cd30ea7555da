# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_create_amount_currency import RefundCreateAmountCurrency, check_refund_create_amount_currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_create_funds_from import RefundCreateFundsFrom


T = TypeVar("T", bound="RefundCreateAmount")


@_attrs_define
class RefundCreateAmount:
    """退款金额信息 — amounts of a refund request, in fen (分)."""

    refund: int
    """ 退款金额 — amount to refund, in fen; at most the order total. """
    total: int
    """ 原订单金额 — total of the original order, in fen. """
    currency: RefundCreateAmountCurrency
    """ 退款币种 — currency, ISO 4217; only `CNY` is supported. """
    from_: list[RefundCreateFundsFrom] | Unset = UNSET
    """ 退款出资账户及金额 — funding accounts and amounts (their sum equals `refund`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund = self.refund

        total = self.total

        currency: str = self.currency

        from_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = []
            for from_item_data in self.from_:
                from_item = from_item_data.to_dict()
                from_.append(from_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refund": refund,
                "total": total,
                "currency": currency,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_create_funds_from import RefundCreateFundsFrom

        d = dict(src_dict)
        refund = d.pop("refund")

        total = d.pop("total")

        currency = check_refund_create_amount_currency(d.pop("currency"))

        _from_ = d.pop("from", UNSET)
        from_: list[RefundCreateFundsFrom] | Unset = UNSET
        if _from_ is not UNSET:
            from_ = []
            for from_item_data in _from_:
                from_item = RefundCreateFundsFrom.from_dict(from_item_data)

                from_.append(from_item)

        refund_create_amount = cls(
            refund=refund,
            total=total,
            currency=currency,
            from_=from_,
        )

        refund_create_amount.additional_properties = d
        return refund_create_amount

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
