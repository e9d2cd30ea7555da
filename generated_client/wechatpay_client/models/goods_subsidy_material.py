# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyMaterial")


@_attrs_define
class GoodsSubsidyMaterial:
    """物料码 — one material code."""

    material_id: str | Unset = UNSET
    """ 物料码ID — material code ID. """
    material_url: str | Unset = UNSET
    """ 物料码链接 — link to encode as the activity's QR code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        material_id = self.material_id

        material_url = self.material_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if material_id is not UNSET:
            field_dict["material_id"] = material_id
        if material_url is not UNSET:
            field_dict["material_url"] = material_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        material_id = d.pop("material_id", UNSET)

        material_url = d.pop("material_url", UNSET)

        goods_subsidy_material = cls(
            material_id=material_id,
            material_url=material_url,
        )

        goods_subsidy_material.additional_properties = d
        return goods_subsidy_material

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
