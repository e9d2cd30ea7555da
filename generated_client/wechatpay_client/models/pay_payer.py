# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_payer_identity import PayPayerIdentity


T = TypeVar("T", bound="PayPayer")


@_attrs_define
class PayPayer:
    """支付者 — the payer of a JSAPI order. The API needs `openid` (OA, IM and the official
    page mark it required); the schema leaves it optional because the official Go SDK does
    (`jsapi.Payer.Openid` is `omitempty`).

    """

    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    identity: PayPayerIdentity | Unset = UNSET
    """ 实名支付信息 — the payer's identity for real-name payment: only a user whose WeChat
    real name matches can pay. `number` and `name` are sensitive: pass plaintext; the SDK
    encrypts them and sets `Wechatpay-Serial`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openid is not UNSET:
            field_dict["openid"] = openid
        if identity is not UNSET:
            field_dict["identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_payer_identity import PayPayerIdentity

        d = dict(src_dict)
        openid = d.pop("openid", UNSET)

        _identity = d.pop("identity", UNSET)
        identity: PayPayerIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = PayPayerIdentity.from_dict(_identity)

        pay_payer = cls(
            openid=openid,
            identity=identity,
        )

        pay_payer.additional_properties = d
        return pay_payer

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
