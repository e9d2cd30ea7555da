# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_payer_identity import CombinePayerIdentity


T = TypeVar("T", bound="CombineIdentityPayerInfo")


@_attrs_define
class CombineIdentityPayerInfo:
    """支付者 (实名支付) — the optional payer block of a combined App order."""

    identity: CombinePayerIdentity | Unset = UNSET
    """ 实名支付信息 — the payer's identity: only a user whose WeChat real name matches can pay.
    `number` and `name` are sensitive: pass plaintext; the SDK encrypts them and sets
    `Wechatpay-Serial`. Same shape as `PayPayerIdentity` (pay); the two could move to
    components.yaml.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity is not UNSET:
            field_dict["identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_payer_identity import CombinePayerIdentity

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: CombinePayerIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = CombinePayerIdentity.from_dict(_identity)

        combine_identity_payer_info = cls(
            identity=identity,
        )

        combine_identity_payer_info.additional_properties = d
        return combine_identity_payer_info

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
