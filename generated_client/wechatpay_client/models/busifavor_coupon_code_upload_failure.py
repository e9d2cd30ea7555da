# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponCodeUploadFailure")


@_attrs_define
class BusifavorCouponCodeUploadFailure:
    """上传失败的code — a refused code."""

    coupon_code: str
    """ 上传失败的券code — the code. """
    code: str
    """ 上传失败错误码 — error code. """
    message: str
    """ 上传失败错误信息 — error message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        code = d.pop("code")

        message = d.pop("message")

        busifavor_coupon_code_upload_failure = cls(
            coupon_code=coupon_code,
            code=code,
            message=message,
        )

        busifavor_coupon_code_upload_failure.additional_properties = d
        return busifavor_coupon_code_upload_failure

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
