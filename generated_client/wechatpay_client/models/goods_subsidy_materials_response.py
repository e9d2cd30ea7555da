# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_material import GoodsSubsidyMaterial


T = TypeVar("T", bound="GoodsSubsidyMaterialsResponse")


@_attrs_define
class GoodsSubsidyMaterialsResponse:
    """生成小店活动物料码应答."""

    material_list: list[GoodsSubsidyMaterial] | Unset = UNSET
    """ 成功的物料码列表 — the codes generated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        material_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.material_list, Unset):
            material_list = []
            for material_list_item_data in self.material_list:
                material_list_item = material_list_item_data.to_dict()
                material_list.append(material_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if material_list is not UNSET:
            field_dict["material_list"] = material_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_material import GoodsSubsidyMaterial

        d = dict(src_dict)
        _material_list = d.pop("material_list", UNSET)
        material_list: list[GoodsSubsidyMaterial] | Unset = UNSET
        if _material_list is not UNSET:
            material_list = []
            for material_list_item_data in _material_list:
                material_list_item = GoodsSubsidyMaterial.from_dict(material_list_item_data)

                material_list.append(material_list_item)

        goods_subsidy_materials_response = cls(
            material_list=material_list,
        )

        goods_subsidy_materials_response.additional_properties = d
        return goods_subsidy_materials_response

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
