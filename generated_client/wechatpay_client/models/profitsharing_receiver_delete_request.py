# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.profitsharing_receiver_delete_request_type import (
    ProfitsharingReceiverDeleteRequestType,
    check_profitsharing_receiver_delete_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReceiverDeleteRequest")


@_attrs_define
class ProfitsharingReceiverDeleteRequest:
    """删除分账接收方请求 — delete-receiver request."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    type_: ProfitsharingReceiverDeleteRequestType
    """ 分账接收方类型 — `MERCHANT_ID` or `PERSONAL_OPENID` for a direct merchant (the
    direct-merchant page lists only these two); `PERSONAL_SUB_OPENID` is for
    service-provider mode.
     """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID, according to `type`. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; service-provider mode only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        type_: str = self.type_

        account = self.account

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "type": type_,
                "account": account,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        type_ = check_profitsharing_receiver_delete_request_type(d.pop("type"))

        account = d.pop("account")

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        profitsharing_receiver_delete_request = cls(
            appid=appid,
            type_=type_,
            account=account,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
        )

        profitsharing_receiver_delete_request.additional_properties = d
        return profitsharing_receiver_delete_request

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
