# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_return_address_info import ComplaintReturnAddressInfo


T = TypeVar("T", bound="ComplaintSharePowerInfo")


@_attrs_define
class ComplaintSharePowerInfo:
    """充电宝投诉相关信息 — power-bank rental details of a complaint."""

    return_time: datetime.datetime | Unset = UNSET
    """ 归还时间 — when the power bank was returned (RFC 3339). """
    return_address_info: ComplaintReturnAddressInfo | Unset = UNSET
    """ 归还地点信息 — where a power bank was returned. """
    is_returned_to_same_machine: bool | Unset = UNSET
    """ 是否归还同一柜机 — whether it was returned to the cabinet it came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_time: str | Unset = UNSET
        if not isinstance(self.return_time, Unset):
            return_time = self.return_time.isoformat()

        return_address_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_address_info, Unset):
            return_address_info = self.return_address_info.to_dict()

        is_returned_to_same_machine = self.is_returned_to_same_machine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_time is not UNSET:
            field_dict["return_time"] = return_time
        if return_address_info is not UNSET:
            field_dict["return_address_info"] = return_address_info
        if is_returned_to_same_machine is not UNSET:
            field_dict["is_returned_to_same_machine"] = is_returned_to_same_machine

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_return_address_info import ComplaintReturnAddressInfo

        d = dict(src_dict)
        _return_time = d.pop("return_time", UNSET)
        return_time: datetime.datetime | Unset
        if isinstance(_return_time, Unset):
            return_time = UNSET
        else:
            return_time = datetime.datetime.fromisoformat(_return_time)

        _return_address_info = d.pop("return_address_info", UNSET)
        return_address_info: ComplaintReturnAddressInfo | Unset
        if isinstance(_return_address_info, Unset):
            return_address_info = UNSET
        else:
            return_address_info = ComplaintReturnAddressInfo.from_dict(_return_address_info)

        is_returned_to_same_machine = d.pop("is_returned_to_same_machine", UNSET)

        complaint_share_power_info = cls(
            return_time=return_time,
            return_address_info=return_address_info,
            is_returned_to_same_machine=is_returned_to_same_machine,
        )

        complaint_share_power_info.additional_properties = d
        return complaint_share_power_info

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
