# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftResponseStepSendRule")


@_attrs_define
class PaygiftResponseStepSendRule:
    """阶梯送发放规则 (应答) — tiered rule, as returned (documented by OA and IM only)."""

    award_type: str | Unset = UNSET
    """ 奖品类型 — `BUSIFAVOR`. Open set. """
    merchant_option: str | Unset = UNSET
    """ 发券商户号选项 — `IN_SEVICE_COUPON_MERCHANT` or `MANUAL_INPUT_MERCHANT`. Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        award_type = self.award_type

        merchant_option = self.merchant_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if award_type is not UNSET:
            field_dict["award_type"] = award_type
        if merchant_option is not UNSET:
            field_dict["merchant_option"] = merchant_option

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        award_type = d.pop("award_type", UNSET)

        merchant_option = d.pop("merchant_option", UNSET)

        paygift_response_step_send_rule = cls(
            award_type=award_type,
            merchant_option=merchant_option,
        )

        paygift_response_step_send_rule.additional_properties = d
        return paygift_response_step_send_rule

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
