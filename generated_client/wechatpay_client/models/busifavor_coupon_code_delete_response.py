# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponCodeDeleteResponse")


@_attrs_define
class BusifavorCouponCodeDeleteResponse:
    """删除预存code应答 — the batch and the deletion time."""

    stock_id: str | Unset = UNSET
    """ 批次号 — batch ID. """
    delete_time: datetime.datetime | Unset = UNSET
    """ 删除时间 — when the code was deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        delete_time: str | Unset = UNSET
        if not isinstance(self.delete_time, Unset):
            delete_time = self.delete_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if delete_time is not UNSET:
            field_dict["delete_time"] = delete_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id", UNSET)

        _delete_time = d.pop("delete_time", UNSET)
        delete_time: datetime.datetime | Unset
        if isinstance(_delete_time, Unset):
            delete_time = UNSET
        else:
            delete_time = datetime.datetime.fromisoformat(_delete_time)

        busifavor_coupon_code_delete_response = cls(
            stock_id=stock_id,
            delete_time=delete_time,
        )

        busifavor_coupon_code_delete_response.additional_properties = d
        return busifavor_coupon_code_delete_response

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
