# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_detail import ErrorResponseDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """错误应答 — the APIv3 error body. `code` is a symbolic code (e.g. `PARAM_ERROR`,
    `SYSTEM_ERROR`); the business codes of this family are not published, so any code
    named in this document is a placeholder. Parse leniently.

    """

    code: str
    """ 详细错误码 — error code. """
    message: str
    """ 错误描述 — human-readable message. """
    detail: ErrorResponseDetail | Unset = UNSET
    """ 错误详情 — optional details, often about a parameter error: `field` (a JSON Pointer for
    body parameters, or the name of a path/query parameter), `value` (the rejected value),
    `issue` (what is wrong) and `location` (`body`, `path`, `query` ...). Other keys may
    appear.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_response_detail import ErrorResponseDetail

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _detail = d.pop("detail", UNSET)
        detail: ErrorResponseDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ErrorResponseDetail.from_dict(_detail)

        error_response = cls(
            code=code,
            message=message,
            detail=detail,
        )

        error_response.additional_properties = d
        return error_response

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
