# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftInvalidMerchant")


@_attrs_define
class PaygiftInvalidMerchant:
    """未通过校验的发券商户号 — a merchant ID that was not added, and why."""

    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    invalid_reason: str | Unset = UNSET
    """ 无效原因 — why it failed the checks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        invalid_reason = self.invalid_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if invalid_reason is not UNSET:
            field_dict["invalid_reason"] = invalid_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        invalid_reason = d.pop("invalid_reason", UNSET)

        paygift_invalid_merchant = cls(
            mchid=mchid,
            invalid_reason=invalid_reason,
        )

        paygift_invalid_merchant.additional_properties = d
        return paygift_invalid_merchant

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
