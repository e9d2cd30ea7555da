# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReceiverDeleteResponse")


@_attrs_define
class ProfitsharingReceiverDeleteResponse:
    """删除分账接收方应答 — the removed receiver."""

    type_: str
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. Open set.
     """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (service-provider mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        account = self.account

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "account": account,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        account = d.pop("account")

        sub_mchid = d.pop("sub_mchid", UNSET)

        profitsharing_receiver_delete_response = cls(
            type_=type_,
            account=account,
            sub_mchid=sub_mchid,
        )

        profitsharing_receiver_delete_response.additional_properties = d
        return profitsharing_receiver_delete_response

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
