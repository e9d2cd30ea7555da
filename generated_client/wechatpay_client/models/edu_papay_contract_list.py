# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edu_papay_contract import EduPapayContract


T = TypeVar("T", bound="EduPapayContractList")


@_attrs_define
class EduPapayContractList:
    """签约列表 — one page of the user's contracts."""

    data: list[EduPapayContract] | Unset = UNSET
    """ 结果集 — the contracts. """
    total_count: int | Unset = UNSET
    """ 总数量 — number of matching contracts. """
    offset: int | Unset = UNSET
    """ 分页页码 — start position of this page. """
    limit: int | Unset = UNSET
    """ 分页大小 — page size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edu_papay_contract import EduPapayContract

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[EduPapayContract] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = EduPapayContract.from_dict(data_item_data)

                data.append(data_item)

        total_count = d.pop("total_count", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        edu_papay_contract_list = cls(
            data=data,
            total_count=total_count,
            offset=offset,
            limit=limit,
        )

        edu_papay_contract_list.additional_properties = d
        return edu_papay_contract_list

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
