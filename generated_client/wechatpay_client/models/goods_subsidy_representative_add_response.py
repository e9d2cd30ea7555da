# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_subsidy_representative import GoodsSubsidyRepresentative


T = TypeVar("T", bound="GoodsSubsidyRepresentativeAddResponse")


@_attrs_define
class GoodsSubsidyRepresentativeAddResponse:
    """添加零售小店活动业务代理应答."""

    activity_id: str
    """ 零售小店活动ID — the activity. """
    add_time: str
    """ 添加时间 — time of the change, as sent. """
    failed_representative_info_list: list[GoodsSubsidyRepresentative] | Unset = UNSET
    """ 添加失败业务代理信息列表 — representatives that could not be added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        add_time = self.add_time

        failed_representative_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_representative_info_list, Unset):
            failed_representative_info_list = []
            for failed_representative_info_list_item_data in self.failed_representative_info_list:
                failed_representative_info_list_item = failed_representative_info_list_item_data.to_dict()
                failed_representative_info_list.append(failed_representative_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "add_time": add_time,
            }
        )
        if failed_representative_info_list is not UNSET:
            field_dict["failed_representative_info_list"] = failed_representative_info_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_representative import GoodsSubsidyRepresentative

        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        add_time = d.pop("add_time")

        _failed_representative_info_list = d.pop("failed_representative_info_list", UNSET)
        failed_representative_info_list: list[GoodsSubsidyRepresentative] | Unset = UNSET
        if _failed_representative_info_list is not UNSET:
            failed_representative_info_list = []
            for failed_representative_info_list_item_data in _failed_representative_info_list:
                failed_representative_info_list_item = GoodsSubsidyRepresentative.from_dict(
                    failed_representative_info_list_item_data
                )

                failed_representative_info_list.append(failed_representative_info_list_item)

        goods_subsidy_representative_add_response = cls(
            activity_id=activity_id,
            add_time=add_time,
            failed_representative_info_list=failed_representative_info_list,
        )

        goods_subsidy_representative_add_response.additional_properties = d
        return goods_subsidy_representative_add_response

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
