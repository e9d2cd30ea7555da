# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_page_links import FapiaoPageLinks
    from ..models.fapiao_tax_code import FapiaoTaxCode


T = TypeVar("T", bound="FapiaoTaxCodeList")


@_attrs_define
class FapiaoTaxCodeList:
    """税收分类编码对照表 — one page of the merchant's configured goods."""

    offset: int
    """ 本次查询的起始位置 — index of the first record. """
    limit: int
    """ 本次查询的最大数量 — page size asked for. """
    total_count: int
    """ 总记录数 — total number of records. """
    links: FapiaoPageLinks | Unset = UNSET
    """ 相关链接 — relative links to the next, previous and current page. """
    data: list[FapiaoTaxCode] | Unset = UNSET
    """ 本次查询到的数据 — the goods of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        total_count = self.total_count

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

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
                "offset": offset,
                "limit": limit,
                "total_count": total_count,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_page_links import FapiaoPageLinks
        from ..models.fapiao_tax_code import FapiaoTaxCode

        d = dict(src_dict)
        offset = d.pop("offset")

        limit = d.pop("limit")

        total_count = d.pop("total_count")

        _links = d.pop("links", UNSET)
        links: FapiaoPageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = FapiaoPageLinks.from_dict(_links)

        _data = d.pop("data", UNSET)
        data: list[FapiaoTaxCode] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = FapiaoTaxCode.from_dict(data_item_data)

                data.append(data_item)

        fapiao_tax_code_list = cls(
            offset=offset,
            limit=limit,
            total_count=total_count,
            links=links,
            data=data,
        )

        fapiao_tax_code_list.additional_properties = d
        return fapiao_tax_code_list

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
