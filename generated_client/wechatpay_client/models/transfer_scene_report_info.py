# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferSceneReportInfo")


@_attrs_define
class TransferSceneReportInfo:
    """转账场景报备信息 — one background entry of a transfer scene."""

    info_type: str
    """ 信息类型 — a fixed label defined by the scene (e.g. 活动名称, 奖励说明), exactly as documented. """
    info_content: str
    """ 信息内容 — the merchant's content for that label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info_type = self.info_type

        info_content = self.info_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info_type": info_type,
                "info_content": info_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        info_type = d.pop("info_type")

        info_content = d.pop("info_content")

        transfer_scene_report_info = cls(
            info_type=info_type,
            info_content=info_content,
        )

        transfer_scene_report_info.additional_properties = d
        return transfer_scene_report_info

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
