# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_subsidy_detail import CombineSubsidyDetail


T = TypeVar("T", bound="CombineSubsidyInfo")


@_attrs_define
class CombineSubsidyInfo:
    """贴息信息 — merchant instalment subsidy of a combined JSAPI order (微信分付)."""

    subsidy_detail: list[CombineSubsidyDetail] | Unset = UNSET
    """ 贴息详情列表 — subsidy plans by repayment type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subsidy_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subsidy_detail, Unset):
            subsidy_detail = []
            for subsidy_detail_item_data in self.subsidy_detail:
                subsidy_detail_item = subsidy_detail_item_data.to_dict()
                subsidy_detail.append(subsidy_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subsidy_detail is not UNSET:
            field_dict["subsidy_detail"] = subsidy_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_subsidy_detail import CombineSubsidyDetail

        d = dict(src_dict)
        _subsidy_detail = d.pop("subsidy_detail", UNSET)
        subsidy_detail: list[CombineSubsidyDetail] | Unset = UNSET
        if _subsidy_detail is not UNSET:
            subsidy_detail = []
            for subsidy_detail_item_data in _subsidy_detail:
                subsidy_detail_item = CombineSubsidyDetail.from_dict(subsidy_detail_item_data)

                subsidy_detail.append(subsidy_detail_item)

        combine_subsidy_info = cls(
            subsidy_detail=subsidy_detail,
        )

        combine_subsidy_info.additional_properties = d
        return combine_subsidy_info

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
