# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineH5Info")


@_attrs_define
class CombineH5Info:
    """H5场景信息 — the H5 scene of a combined order."""

    type_: str
    """ 场景类型 — scene type; the documented examples are `iOS`, `Android` and `Wap`. """
    app_name: str | Unset = UNSET
    """ 应用名称 — app name. """
    app_url: str | Unset = UNSET
    """ 网站URL — site URL. """
    bundle_id: str | Unset = UNSET
    """ iOS平台BundleID — iOS bundle ID. """
    package_name: str | Unset = UNSET
    """ Android平台PackageName — Android package name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        app_name = self.app_name

        app_url = self.app_url

        bundle_id = self.bundle_id

        package_name = self.package_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if package_name is not UNSET:
            field_dict["package_name"] = package_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        app_name = d.pop("app_name", UNSET)

        app_url = d.pop("app_url", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        package_name = d.pop("package_name", UNSET)

        combine_h5_info = cls(
            type_=type_,
            app_name=app_name,
            app_url=app_url,
            bundle_id=bundle_id,
            package_name=package_name,
        )

        combine_h5_info.additional_properties = d
        return combine_h5_info

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
