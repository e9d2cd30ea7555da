# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineSceneInfo")


@_attrs_define
class CombineSceneInfo:
    """场景信息 — payment scene of a combined JSAPI, App or Native order."""

    payer_client_ip: str
    """ 用户终端IP — the user's client IP (IPv4 or IPv6). """
    device_id: str | Unset = UNSET
    """ 商户端设备号 — merchant device or till ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_client_ip = self.payer_client_ip

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payer_client_ip": payer_client_ip,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payer_client_ip = d.pop("payer_client_ip")

        device_id = d.pop("device_id", UNSET)

        combine_scene_info = cls(
            payer_client_ip=payer_client_ip,
            device_id=device_id,
        )

        combine_scene_info.additional_properties = d
        return combine_scene_info

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
