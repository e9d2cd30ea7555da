# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsSubsidyQualificationResponse")


@_attrs_define
class GoodsSubsidyQualificationResponse:
    """锁定/解锁品牌加价购活动资格应答 — qualifications that succeeded and failed."""

    return_message: str | Unset = UNSET
    """ 返回结果文案 — result text. """
    failed_qualification_ids: list[str] | Unset = UNSET
    """ 失败的资格ID列表 — qualifications not locked (or not unlocked). """
    succeed_qualification_ids: list[str] | Unset = UNSET
    """ 成功的资格ID列表 — qualifications locked (or unlocked). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_message = self.return_message

        failed_qualification_ids: list[str] | Unset = UNSET
        if not isinstance(self.failed_qualification_ids, Unset):
            failed_qualification_ids = self.failed_qualification_ids

        succeed_qualification_ids: list[str] | Unset = UNSET
        if not isinstance(self.succeed_qualification_ids, Unset):
            succeed_qualification_ids = self.succeed_qualification_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_message is not UNSET:
            field_dict["return_message"] = return_message
        if failed_qualification_ids is not UNSET:
            field_dict["failed_qualification_ids"] = failed_qualification_ids
        if succeed_qualification_ids is not UNSET:
            field_dict["succeed_qualification_ids"] = succeed_qualification_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        return_message = d.pop("return_message", UNSET)

        failed_qualification_ids = cast(list[str], d.pop("failed_qualification_ids", UNSET))

        succeed_qualification_ids = cast(list[str], d.pop("succeed_qualification_ids", UNSET))

        goods_subsidy_qualification_response = cls(
            return_message=return_message,
            failed_qualification_ids=failed_qualification_ids,
            succeed_qualification_ids=succeed_qualification_ids,
        )

        goods_subsidy_qualification_response.additional_properties = d
        return goods_subsidy_qualification_response

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
