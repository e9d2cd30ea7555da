# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreDevice")


@_attrs_define
class PayscoreDevice:
    """设备信息 — devices of the service."""

    start_device_id: str | Unset = UNSET
    """ 服务开始的设备ID — device the service starts on. """
    end_device_id: str | Unset = UNSET
    """ 服务结束的设备ID — device the service ends on. """
    materiel_no: str | Unset = UNSET
    """ 物料编码 — material code (OA calls it 物料URL). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_device_id = self.start_device_id

        end_device_id = self.end_device_id

        materiel_no = self.materiel_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_device_id is not UNSET:
            field_dict["start_device_id"] = start_device_id
        if end_device_id is not UNSET:
            field_dict["end_device_id"] = end_device_id
        if materiel_no is not UNSET:
            field_dict["materiel_no"] = materiel_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_device_id = d.pop("start_device_id", UNSET)

        end_device_id = d.pop("end_device_id", UNSET)

        materiel_no = d.pop("materiel_no", UNSET)

        payscore_device = cls(
            start_device_id=start_device_id,
            end_device_id=end_device_id,
            materiel_no=materiel_no,
        )

        payscore_device.additional_properties = d
        return payscore_device

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
