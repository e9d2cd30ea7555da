# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GoodsSubsidyMaterialsCreateRequest")


@_attrs_define
class GoodsSubsidyMaterialsCreateRequest:
    """生成小店活动物料码请求."""

    out_request_no: str
    """ 请求业务单据 — unique ID of this request on the merchant's side (letters, digits, `|_*-`). """
    material_num: int
    """ 生成物料码数量 — number of material codes to generate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        material_num = self.material_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "material_num": material_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        material_num = d.pop("material_num")

        goods_subsidy_materials_create_request = cls(
            out_request_no=out_request_no,
            material_num=material_num,
        )

        goods_subsidy_materials_create_request.additional_properties = d
        return goods_subsidy_materials_create_request

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
