# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_download_info import FapiaoDownloadInfo


T = TypeVar("T", bound="FapiaoDownloadInfoListResponse")


@_attrs_define
class FapiaoDownloadInfoListResponse:
    """获取发票下载信息应答 — download information per fapiao."""

    fapiao_download_info_list: list[FapiaoDownloadInfo] | Unset = UNSET
    """ 发票列表 — one entry per fapiao. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_download_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fapiao_download_info_list, Unset):
            fapiao_download_info_list = []
            for fapiao_download_info_list_item_data in self.fapiao_download_info_list:
                fapiao_download_info_list_item = fapiao_download_info_list_item_data.to_dict()
                fapiao_download_info_list.append(fapiao_download_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fapiao_download_info_list is not UNSET:
            field_dict["fapiao_download_info_list"] = fapiao_download_info_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_download_info import FapiaoDownloadInfo

        d = dict(src_dict)
        _fapiao_download_info_list = d.pop("fapiao_download_info_list", UNSET)
        fapiao_download_info_list: list[FapiaoDownloadInfo] | Unset = UNSET
        if _fapiao_download_info_list is not UNSET:
            fapiao_download_info_list = []
            for fapiao_download_info_list_item_data in _fapiao_download_info_list:
                fapiao_download_info_list_item = FapiaoDownloadInfo.from_dict(fapiao_download_info_list_item_data)

                fapiao_download_info_list.append(fapiao_download_info_list_item)

        fapiao_download_info_list_response = cls(
            fapiao_download_info_list=fapiao_download_info_list,
        )

        fapiao_download_info_list_response.additional_properties = d
        return fapiao_download_info_list_response

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
