# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPapayTerminateRequest")


@_attrs_define
class GlobalPapayTerminateRequest:
    """申请解约请求 — termination request."""

    appid: str | Unset = UNSET
    """ 应用ID — AppID bound to the merchant (direct mode). """
    sp_appid: str | Unset = UNSET
    """ 机构APPID — institution AppID; institution mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; institution mode only. """
    termination_note: str | Unset = UNSET
    """ 解约备注 — why the contract is ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        sp_appid = self.sp_appid

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        termination_note = self.termination_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sp_appid is not UNSET:
            field_dict["sp_appid"] = sp_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if termination_note is not UNSET:
            field_dict["termination_note"] = termination_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        sp_appid = d.pop("sp_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        termination_note = d.pop("termination_note", UNSET)

        global_papay_terminate_request = cls(
            appid=appid,
            sp_appid=sp_appid,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            termination_note=termination_note,
        )

        global_papay_terminate_request.additional_properties = d
        return global_papay_terminate_request

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
