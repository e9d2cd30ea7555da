# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftActivityMerchantDeleteResponse")


@_attrs_define
class PaygiftActivityMerchantDeleteResponse:
    """删除活动发券商户号应答 — when the merchants were removed."""

    activity_id: str | Unset = UNSET
    """ 活动id — the activity ID. """
    delete_time: datetime.datetime | Unset = UNSET
    """ 删除时间 — when they were removed (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        delete_time: str | Unset = UNSET
        if not isinstance(self.delete_time, Unset):
            delete_time = self.delete_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if delete_time is not UNSET:
            field_dict["delete_time"] = delete_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        _delete_time = d.pop("delete_time", UNSET)
        delete_time: datetime.datetime | Unset
        if isinstance(_delete_time, Unset):
            delete_time = UNSET
        else:
            delete_time = datetime.datetime.fromisoformat(_delete_time)

        paygift_activity_merchant_delete_response = cls(
            activity_id=activity_id,
            delete_time=delete_time,
        )

        paygift_activity_merchant_delete_response.additional_properties = d
        return paygift_activity_merchant_delete_response

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
