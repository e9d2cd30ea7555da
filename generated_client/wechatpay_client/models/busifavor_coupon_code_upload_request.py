# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusifavorCouponCodeUploadRequest")


@_attrs_define
class BusifavorCouponCodeUploadRequest:
    """上传预存code请求 — the codes to add."""

    coupon_code_list: list[str]
    """ 券code列表 — 1 to 200 codes of 1 to 32 characters: digits, ASCII letters, space, and
    `-` `_` `\\` `/` `=` `|`.
     """
    upload_request_no: str
    """ 请求业务单据号 — the merchant's number for this upload, unique on its side. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code_list = self.coupon_code_list

        upload_request_no = self.upload_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code_list": coupon_code_list,
                "upload_request_no": upload_request_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_code_list = cast(list[str], d.pop("coupon_code_list"))

        upload_request_no = d.pop("upload_request_no")

        busifavor_coupon_code_upload_request = cls(
            coupon_code_list=coupon_code_list,
            upload_request_no=upload_request_no,
        )

        busifavor_coupon_code_upload_request.additional_properties = d
        return busifavor_coupon_code_upload_request

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
