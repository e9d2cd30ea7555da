# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiuseNotificationNormalCouponInformation")


@_attrs_define
class MultiuseNotificationNormalCouponInformation:
    """面额与门槛 — face value and spending threshold."""

    coupon_amount: int | Unset = UNSET
    """ 面额 — face value, in fen. """
    transaction_minimum: int | Unset = UNSET
    """ 使用门槛 — minimum order amount, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_amount = self.coupon_amount

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_amount is not UNSET:
            field_dict["coupon_amount"] = coupon_amount
        if transaction_minimum is not UNSET:
            field_dict["transaction_minimum"] = transaction_minimum

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_amount = d.pop("coupon_amount", UNSET)

        transaction_minimum = d.pop("transaction_minimum", UNSET)

        multiuse_notification_normal_coupon_information = cls(
            coupon_amount=coupon_amount,
            transaction_minimum=transaction_minimum,
        )

        multiuse_notification_normal_coupon_information.additional_properties = d
        return multiuse_notification_normal_coupon_information

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
