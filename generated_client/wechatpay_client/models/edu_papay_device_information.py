# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EduPapayDeviceInformation")


@_attrs_define
class EduPapayDeviceInformation:
    """设备信息 — the merchant device that requests the deduction."""

    device_ip: str
    """ 商户端设备ip — IP of the merchant server that sends the deduction. """
    device_id: str | Unset = UNSET
    """ 设备号 — merchant device ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_ip = self.device_ip

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_ip": device_ip,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_ip = d.pop("device_ip")

        device_id = d.pop("device_id", UNSET)

        edu_papay_device_information = cls(
            device_ip=device_ip,
            device_id=device_id,
        )

        edu_papay_device_information.additional_properties = d
        return edu_papay_device_information

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
