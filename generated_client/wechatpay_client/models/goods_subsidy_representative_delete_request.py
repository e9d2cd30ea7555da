# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.goods_subsidy_representative import GoodsSubsidyRepresentative


T = TypeVar("T", bound="GoodsSubsidyRepresentativeDeleteRequest")


@_attrs_define
class GoodsSubsidyRepresentativeDeleteRequest:
    """删除零售小店活动业务代理请求 — the representatives to remove."""

    representative_info_list: list[GoodsSubsidyRepresentative]
    """ 业务代理信息列表 — the representatives to remove (OpenIDs used when adding them). """
    out_request_no: str
    """ 请求业务单据号 — unique ID of this request on the merchant's side (letters, digits, `|_*-`). """
    delete_time: str
    """ 删除时间 — time of the change; set it to the current time on every call. The sources
    give no format, only RFC 3339 examples (`2015-05-20T13:29:35.120+08:00`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        representative_info_list = []
        for representative_info_list_item_data in self.representative_info_list:
            representative_info_list_item = representative_info_list_item_data.to_dict()
            representative_info_list.append(representative_info_list_item)

        out_request_no = self.out_request_no

        delete_time = self.delete_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "representative_info_list": representative_info_list,
                "out_request_no": out_request_no,
                "delete_time": delete_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goods_subsidy_representative import GoodsSubsidyRepresentative

        d = dict(src_dict)
        representative_info_list = []
        _representative_info_list = d.pop("representative_info_list")
        for representative_info_list_item_data in _representative_info_list:
            representative_info_list_item = GoodsSubsidyRepresentative.from_dict(representative_info_list_item_data)

            representative_info_list.append(representative_info_list_item)

        out_request_no = d.pop("out_request_no")

        delete_time = d.pop("delete_time")

        goods_subsidy_representative_delete_request = cls(
            representative_info_list=representative_info_list,
            out_request_no=out_request_no,
            delete_time=delete_time,
        )

        goods_subsidy_representative_delete_request.additional_properties = d
        return goods_subsidy_representative_delete_request

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
