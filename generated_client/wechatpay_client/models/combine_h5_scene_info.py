# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.combine_h5_info import CombineH5Info


T = TypeVar("T", bound="CombineH5SceneInfo")


@_attrs_define
class CombineH5SceneInfo:
    """场景信息 (H5) — payment scene of a combined H5 order."""

    device_id: str
    """ 商户端设备号 — merchant device or till ID. """
    payer_client_ip: str
    """ 用户终端IP — the user's client IP (IPv4 or IPv6). """
    h5_info: CombineH5Info
    """ H5场景信息 — the H5 scene of a combined order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        payer_client_ip = self.payer_client_ip

        h5_info = self.h5_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
                "payer_client_ip": payer_client_ip,
                "h5_info": h5_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_h5_info import CombineH5Info

        d = dict(src_dict)
        device_id = d.pop("device_id")

        payer_client_ip = d.pop("payer_client_ip")

        h5_info = CombineH5Info.from_dict(d.pop("h5_info"))

        combine_h5_scene_info = cls(
            device_id=device_id,
            payer_client_ip=payer_client_ip,
            h5_info=h5_info,
        )

        combine_h5_scene_info.additional_properties = d
        return combine_h5_scene_info

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
