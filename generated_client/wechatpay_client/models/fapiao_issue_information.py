# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_issue_item import FapiaoIssueItem


T = TypeVar("T", bound="FapiaoIssueInformation")


@_attrs_define
class FapiaoIssueInformation:
    """需要开具的发票信息 — one fapiao to issue."""

    fapiao_id: str
    """ 商户发票单号 — merchant fapiao number, unique per merchant (letters, digits, `-_|*`).
     """
    total_amount: int
    """ 总价税合计 — total including tax, in fen: the sum of the lines' `total_amount`.
     """
    need_list: bool
    """ 是否以清单形式开具发票 — issue the fapiao with a detail list (not supported by the
    blockchain fapiao product).
     """
    items: list[FapiaoIssueItem]
    """ 发票行信息 — the lines (the stored pages allow at most 8). """
    remark: str | Unset = UNSET
    """ 发票备注 — remark printed on the fapiao. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_id = self.fapiao_id

        total_amount = self.total_amount

        need_list = self.need_list

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fapiao_id": fapiao_id,
                "total_amount": total_amount,
                "need_list": need_list,
                "items": items,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_issue_item import FapiaoIssueItem

        d = dict(src_dict)
        fapiao_id = d.pop("fapiao_id")

        total_amount = d.pop("total_amount")

        need_list = d.pop("need_list")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FapiaoIssueItem.from_dict(items_item_data)

            items.append(items_item)

        remark = d.pop("remark", UNSET)

        fapiao_issue_information = cls(
            fapiao_id=fapiao_id,
            total_amount=total_amount,
            need_list=need_list,
            items=items,
            remark=remark,
        )

        fapiao_issue_information.additional_properties = d
        return fapiao_issue_information

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
