# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardOpenidImportRequest")


@_attrs_define
class MembercardOpenidImportRequest:
    """根据openid导入用户会员卡请求 — the member to import."""

    openid: str
    """ 用户标识 — the user's OpenID under the card's AppID. """
    out_request_no: str
    """ 商户请求单号 — the merchant's request number for this import. """
    code: str | Unset = UNSET
    """ 会员卡code — the code to give the user card (for templates whose codes the merchant chooses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        out_request_no = self.out_request_no

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openid": openid,
                "out_request_no": out_request_no,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        openid = d.pop("openid")

        out_request_no = d.pop("out_request_no")

        code = d.pop("code", UNSET)

        membercard_openid_import_request = cls(
            openid=openid,
            out_request_no=out_request_no,
            code=code,
        )

        membercard_openid_import_request.additional_properties = d
        return membercard_openid_import_request

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
