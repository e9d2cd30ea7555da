# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_profitsharing_receiver_delete_request_type import (
    GlobalProfitsharingReceiverDeleteRequestType,
    check_global_profitsharing_receiver_delete_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingReceiverDeleteRequest")


@_attrs_define
class GlobalProfitsharingReceiverDeleteRequest:
    """删除分账接收方请求 — the receiver to remove."""

    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only, direct merchants omit it. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID bound to the merchant; for a `PERSONAL_OPENID` receiver. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; institution mode only. """
    type_: GlobalProfitsharingReceiverDeleteRequestType | Unset = UNSET
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. """
    account: str | Unset = UNSET
    """ 分账接收方帐号 — merchant ID or OpenID, according to `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_mchid = self.sub_mchid

        appid = self.appid

        sub_appid = self.sub_appid

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub_mchid = d.pop("sub_mchid", UNSET)

        appid = d.pop("appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GlobalProfitsharingReceiverDeleteRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_global_profitsharing_receiver_delete_request_type(_type_)

        account = d.pop("account", UNSET)

        global_profitsharing_receiver_delete_request = cls(
            sub_mchid=sub_mchid,
            appid=appid,
            sub_appid=sub_appid,
            type_=type_,
            account=account,
        )

        global_profitsharing_receiver_delete_request.additional_properties = d
        return global_profitsharing_receiver_delete_request

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
