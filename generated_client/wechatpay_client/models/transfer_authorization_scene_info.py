# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_authorization_scene_info_device_type import (
    TransferAuthorizationSceneInfoDeviceType,
    check_transfer_authorization_scene_info_device_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferAuthorizationSceneInfo")


@_attrs_define
class TransferAuthorizationSceneInfo:
    """场景信息 — the user's device when asking for the authorisation."""

    client_ip: str | Unset = UNSET
    """ 用户终端IP — the user's client IP. """
    device_id: str | Unset = UNSET
    """ 用户设备ID — the user's device ID. """
    device_type: TransferAuthorizationSceneInfoDeviceType | Unset = UNSET
    """ 用户设备类型 — device type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_ip = self.client_ip

        device_id = self.device_id

        device_type: str | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_ip is not UNSET:
            field_dict["client_ip"] = client_ip
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_ip = d.pop("client_ip", UNSET)

        device_id = d.pop("device_id", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: TransferAuthorizationSceneInfoDeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = check_transfer_authorization_scene_info_device_type(_device_type)

        transfer_authorization_scene_info = cls(
            client_ip=client_ip,
            device_id=device_id,
            device_type=device_type,
        )

        transfer_authorization_scene_info.additional_properties = d
        return transfer_authorization_scene_info

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
