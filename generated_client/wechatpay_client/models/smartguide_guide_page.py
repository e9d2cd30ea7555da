# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smartguide_guide import SmartguideGuide


T = TypeVar("T", bound="SmartguideGuidePage")


@_attrs_define
class SmartguideGuidePage:
    """服务人员列表 — one page of registered staff."""

    total_count: int | Unset = UNSET
    """ 服务人员数量 — number of staff that match. """
    limit: int | Unset = UNSET
    """ 最大资源条数 — page size used. """
    offset: int | Unset = UNSET
    """ 请求资源起始位置 — start of this page. """
    data: list[SmartguideGuide] | Unset = UNSET
    """ 服务人员信息列表 — the staff on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        limit = self.limit

        offset = self.offset

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smartguide_guide import SmartguideGuide

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _data = d.pop("data", UNSET)
        data: list[SmartguideGuide] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SmartguideGuide.from_dict(data_item_data)

                data.append(data_item)

        smartguide_guide_page = cls(
            total_count=total_count,
            limit=limit,
            offset=offset,
            data=data,
        )

        smartguide_guide_page.additional_properties = d
        return smartguide_guide_page

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
