# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoDownloadInfo")


@_attrs_define
class FapiaoDownloadInfo:
    """发票下载信息 — where to download one fapiao file."""

    fapiao_id: str | Unset = UNSET
    """ 商户发票单号 — merchant fapiao number. """
    download_url: str | Unset = UNSET
    """ 发票文件下载地址 — URL to GET the file from (short-lived; unsigned, see the operation).
     """
    status: str | Unset = UNSET
    """ 发票状态 — same values as `FapiaoInformation.status` (open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_id = self.fapiao_id

        download_url = self.download_url

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fapiao_id is not UNSET:
            field_dict["fapiao_id"] = fapiao_id
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fapiao_id = d.pop("fapiao_id", UNSET)

        download_url = d.pop("download_url", UNSET)

        status = d.pop("status", UNSET)

        fapiao_download_info = cls(
            fapiao_id=fapiao_id,
            download_url=download_url,
            status=status,
        )

        fapiao_download_info.additional_properties = d
        return fapiao_download_info

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
