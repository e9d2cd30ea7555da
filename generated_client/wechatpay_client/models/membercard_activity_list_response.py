# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity import MembercardActivity


T = TypeVar("T", bound="MembercardActivityListResponse")


@_attrs_define
class MembercardActivityListResponse:
    """活动列表 — one page of activities."""

    data: list[MembercardActivity] | Unset = UNSET
    """ 活动详情 — the activities of this page. """
    offset: int | Unset = UNSET
    """ 请求资源起始位置 — index of the first entry. """
    limit: int | Unset = UNSET
    """ 最大资源条数 — page size. """
    total_count: int | Unset = UNSET
    """ 资源总条数 — number of matching activities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        offset = self.offset

        limit = self.limit

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity import MembercardActivity

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[MembercardActivity] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MembercardActivity.from_dict(data_item_data)

                data.append(data_item)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        total_count = d.pop("total_count", UNSET)

        membercard_activity_list_response = cls(
            data=data,
            offset=offset,
            limit=limit,
            total_count=total_count,
        )

        membercard_activity_list_response.additional_properties = d
        return membercard_activity_list_response

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
