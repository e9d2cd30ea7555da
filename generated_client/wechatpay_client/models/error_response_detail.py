# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponseDetail")


@_attrs_define
class ErrorResponseDetail:
    """错误详情 — optional details, often about a parameter error: `field` (a JSON Pointer for
    body parameters, or the name of a path/query parameter), `value` (the rejected value),
    `issue` (what is wrong) and `location` (`body`, `path`, `query` ...). Other keys may
    appear.

    """

    field: str | Unset = UNSET
    """ 错误参数的位置 — JSON Pointer (body) or parameter name (path/query). """
    value: Any | Unset = UNSET
    """ 错误的值 — the rejected value (any JSON type). """
    issue: str | Unset = UNSET
    """ 具体错误原因 — what is wrong. """
    location: str | Unset = UNSET
    """ 出错的位置 — where the parameter is (`body`, `path`, `query`, `header`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value

        issue = self.issue

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if value is not UNSET:
            field_dict["value"] = value
        if issue is not UNSET:
            field_dict["issue"] = issue
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        value = d.pop("value", UNSET)

        issue = d.pop("issue", UNSET)

        location = d.pop("location", UNSET)

        error_response_detail = cls(
            field=field,
            value=value,
            issue=issue,
            location=location,
        )

        error_response_detail.additional_properties = d
        return error_response_detail

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
