# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_user_card_brief import MembercardUserCardBrief


T = TypeVar("T", bound="MembercardUserCardList")


@_attrs_define
class MembercardUserCardList:
    """用户会员卡列表 — one page of a user's cards under the brand."""

    total_count: int
    """ 总数量 — number of cards in all pages. """
    offset: int
    """ 分页页码 — page number. """
    limit: int
    """ 分页大小 — page size. """
    data: list[MembercardUserCardBrief] | Unset = UNSET
    """ 会员卡列表 — the cards of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "offset": offset,
                "limit": limit,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_user_card_brief import MembercardUserCardBrief

        d = dict(src_dict)
        total_count = d.pop("total_count")

        offset = d.pop("offset")

        limit = d.pop("limit")

        _data = d.pop("data", UNSET)
        data: list[MembercardUserCardBrief] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MembercardUserCardBrief.from_dict(data_item_data)

                data.append(data_item)

        membercard_user_card_list = cls(
            total_count=total_count,
            offset=offset,
            limit=limit,
            data=data,
        )

        membercard_user_card_list.additional_properties = d
        return membercard_user_card_list

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
