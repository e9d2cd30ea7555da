# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_payer_identity import CombinePayerIdentity


T = TypeVar("T", bound="CombinePayerInfo")


@_attrs_define
class CombinePayerInfo:
    """支付者 — the payer of a combined JSAPI, H5 or Native order."""

    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `combine_appid` (needed for JSAPI). """
    sub_openid: str | Unset = UNSET
    """ 用户子标识 — OpenID under `sub_appid`; service-provider/e-commerce only. """
    identity: CombinePayerIdentity | Unset = UNSET
    """ 实名支付信息 — the payer's identity: only a user whose WeChat real name matches can pay.
    `number` and `name` are sensitive: pass plaintext; the SDK encrypts them and sets
    `Wechatpay-Serial`. Same shape as `PayPayerIdentity` (pay); the two could move to
    components.yaml.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        sub_openid = self.sub_openid

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if identity is not UNSET:
            field_dict["identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_payer_identity import CombinePayerIdentity

        d = dict(src_dict)
        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        _identity = d.pop("identity", UNSET)
        identity: CombinePayerIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = CombinePayerIdentity.from_dict(_identity)

        combine_payer_info = cls(
            openid=openid,
            sub_openid=sub_openid,
            identity=identity,
        )

        combine_payer_info.additional_properties = d
        return combine_payer_info

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
