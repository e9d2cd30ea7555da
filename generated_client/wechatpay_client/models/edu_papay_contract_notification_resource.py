# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edu_papay_contract_information import EduPapayContractInformation


T = TypeVar("T", bound="EduPapayContractNotificationResource")


@_attrs_define
class EduPapayContractNotificationResource:
    """教育续费通签约/解约通知 — the decrypted resource of `ENTRUST.SIGNING` (the user signed) and
    `ENTRUST.RELEASE` (the contract ended); `original_type` is not documented. Only the
    contract keys are modelled: the published tables also list the keys of a deduction order
    (`out_trade_no`, `trade_state`, `amount` ...), apparently merged from the deduction
    notification, and mark some of them required. Nothing is required here, because a
    notification that fails to parse is worse than an `Unset` check; unknown keys are kept.
    Deduction results of this family are not typed here: their event type is not documented
    separately (the basic `TRANSACTION.*` types are already taken by other families).

    """

    sp_mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID of the contract. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    sub_appid: str | Unset = UNSET
    """ 子商户APPID — service-provider mode only. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    sub_openid: str | Unset = UNSET
    """ 子商户APPID下的用户标识 — service-provider mode only. """
    plan_id: str | Unset = UNSET
    """ 签约模板号 — contract template ID. """
    contract_information: EduPapayContractInformation | Unset = UNSET
    """ 签约信息 — the contract itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sp_mchid = self.sp_mchid

        appid = self.appid

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        openid = self.openid

        sub_openid = self.sub_openid

        plan_id = self.plan_id

        contract_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_information, Unset):
            contract_information = self.contract_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if contract_information is not UNSET:
            field_dict["contract_information"] = contract_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edu_papay_contract_information import EduPapayContractInformation

        d = dict(src_dict)
        sp_mchid = d.pop("sp_mchid", UNSET)

        appid = d.pop("appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        _contract_information = d.pop("contract_information", UNSET)
        contract_information: EduPapayContractInformation | Unset
        if isinstance(_contract_information, Unset):
            contract_information = UNSET
        else:
            contract_information = EduPapayContractInformation.from_dict(_contract_information)

        edu_papay_contract_notification_resource = cls(
            sp_mchid=sp_mchid,
            appid=appid,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            openid=openid,
            sub_openid=sub_openid,
            plan_id=plan_id,
            contract_information=contract_information,
        )

        edu_papay_contract_notification_resource.additional_properties = d
        return edu_papay_contract_notification_resource

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
