# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_funds_from import RefundFundsFrom


T = TypeVar("T", bound="RefundAmount")


@_attrs_define
class RefundAmount:
    """退款金额详情 — amount details of a refund, in fen (分)."""

    total: int
    """ 订单金额 — order total, in fen. """
    refund: int
    """ 退款金额 — refund amount, in fen. """
    payer_total: int
    """ 用户支付金额 — amount the user paid, in fen. """
    payer_refund: int
    """ 用户退款金额 — amount refunded to the user (excluding coupons), in fen. """
    settlement_refund: int
    """ 应结退款金额 — refund minus non-recharge coupon refunds, in fen. """
    settlement_total: int
    """ 应结订单金额 — order total minus non-recharge coupons, in fen. """
    discount_refund: int
    """ 优惠退款金额 — promotion part of the refund, in fen. """
    currency: str
    """ 退款币种 — currency (`CNY`). """
    from_: list[RefundFundsFrom] | Unset = UNSET
    """ 退款出资账户及金额 — funding accounts and amounts. """
    refund_fee: int | Unset = UNSET
    """ 手续费退款金额 — refunded handling fee, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        refund = self.refund

        payer_total = self.payer_total

        payer_refund = self.payer_refund

        settlement_refund = self.settlement_refund

        settlement_total = self.settlement_total

        discount_refund = self.discount_refund

        currency = self.currency

        from_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = []
            for from_item_data in self.from_:
                from_item = from_item_data.to_dict()
                from_.append(from_item)

        refund_fee = self.refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "refund": refund,
                "payer_total": payer_total,
                "payer_refund": payer_refund,
                "settlement_refund": settlement_refund,
                "settlement_total": settlement_total,
                "discount_refund": discount_refund,
                "currency": currency,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if refund_fee is not UNSET:
            field_dict["refund_fee"] = refund_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_funds_from import RefundFundsFrom

        d = dict(src_dict)
        total = d.pop("total")

        refund = d.pop("refund")

        payer_total = d.pop("payer_total")

        payer_refund = d.pop("payer_refund")

        settlement_refund = d.pop("settlement_refund")

        settlement_total = d.pop("settlement_total")

        discount_refund = d.pop("discount_refund")

        currency = d.pop("currency")

        _from_ = d.pop("from", UNSET)
        from_: list[RefundFundsFrom] | Unset = UNSET
        if _from_ is not UNSET:
            from_ = []
            for from_item_data in _from_:
                from_item = RefundFundsFrom.from_dict(from_item_data)

                from_.append(from_item)

        refund_fee = d.pop("refund_fee", UNSET)

        refund_amount = cls(
            total=total,
            refund=refund,
            payer_total=payer_total,
            payer_refund=payer_refund,
            settlement_refund=settlement_refund,
            settlement_total=settlement_total,
            discount_refund=discount_refund,
            currency=currency,
            from_=from_,
            refund_fee=refund_fee,
        )

        refund_amount.additional_properties = d
        return refund_amount

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
