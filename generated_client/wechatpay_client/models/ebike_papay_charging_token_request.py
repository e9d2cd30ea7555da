# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ebike_papay_charge_start_info import EbikePapayChargeStartInfo


T = TypeVar("T", bound="EbikePapayChargingTokenRequest")


@_attrs_define
class EbikePapayChargingTokenRequest:
    """创建充电代扣凭证请求 — the charge that is starting."""

    appid: str
    """ 公众号ID — the AppID bound to the merchant. """
    charge_info: EbikePapayChargeStartInfo
    """ 充电场景信息 — where and when the charge starts. """
    sub_mchid: str | Unset = UNSET
    """ 特约商户号 — service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 特约商户公众号ID — service-provider mode only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        charge_info = self.charge_info.to_dict()

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "charge_info": charge_info,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ebike_papay_charge_start_info import EbikePapayChargeStartInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        charge_info = EbikePapayChargeStartInfo.from_dict(d.pop("charge_info"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        ebike_papay_charging_token_request = cls(
            appid=appid,
            charge_info=charge_info,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
        )

        ebike_papay_charging_token_request.additional_properties = d
        return ebike_papay_charging_token_request

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
