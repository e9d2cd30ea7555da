# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_share_power_info import ComplaintSharePowerInfo


T = TypeVar("T", bound="ComplaintAdditionalInfo")


@_attrs_define
class ComplaintAdditionalInfo:
    """补充信息 — scene-specific details of a complaint."""

    type_: str | Unset = UNSET
    """ 补充信息类型 — kind of details. Open set; known value `SHARE_POWER_TYPE` (充电宝). """
    share_power_info: ComplaintSharePowerInfo | Unset = UNSET
    """ 充电宝投诉相关信息 — power-bank rental details of a complaint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        share_power_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share_power_info, Unset):
            share_power_info = self.share_power_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if share_power_info is not UNSET:
            field_dict["share_power_info"] = share_power_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_share_power_info import ComplaintSharePowerInfo

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _share_power_info = d.pop("share_power_info", UNSET)
        share_power_info: ComplaintSharePowerInfo | Unset
        if isinstance(_share_power_info, Unset):
            share_power_info = UNSET
        else:
            share_power_info = ComplaintSharePowerInfo.from_dict(_share_power_info)

        complaint_additional_info = cls(
            type_=type_,
            share_power_info=share_power_info,
        )

        complaint_additional_info.additional_properties = d
        return complaint_additional_info

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
