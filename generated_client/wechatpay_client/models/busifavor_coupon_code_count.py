# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponCodeCount")


@_attrs_define
class BusifavorCouponCodeCount:
    """券code数量 — uploaded-code counts (`MERCHANT_UPLOAD` batches only)."""

    total_count: int | Unset = UNSET
    """ 该批次总共已上传的code总数 — codes uploaded in total. """
    available_count: int | Unset = UNSET
    """ 该批次当前可用的code数 — codes still available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        available_count = self.available_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if available_count is not UNSET:
            field_dict["available_count"] = available_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        available_count = d.pop("available_count", UNSET)

        busifavor_coupon_code_count = cls(
            total_count=total_count,
            available_count=available_count,
        )

        busifavor_coupon_code_count.additional_properties = d
        return busifavor_coupon_code_count

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
