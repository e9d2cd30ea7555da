# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_notification_deduct_schedule import PapayNotificationDeductSchedule
    from ..models.papay_notification_terminate_info import PapayNotificationTerminateInfo


T = TypeVar("T", bound="PapayContractNotificationResource")


@_attrs_define
class PapayContractNotificationResource:
    """委托代扣签约/解约通知 — the decrypted resource of `ENTRUST.SIGN` and `ENTRUST.TERMINATE`
    (original_type `entrust`), direct-merchant shape. Only the contract identifiers and
    state are required, because the published tables merge direct and partner fields
    (the TERMINATE table even omits `mchid`, `appid` and `openid`). Partner keys
    (`sp_mchid`, `sub_mchid`, `sp_appid`, `sub_appid`, `sp_openid`, `sub_openid`) are
    not modelled; unknown keys are kept.

    """

    contract_id: str
    """ 委托代扣协议ID — contract ID assigned by WeChat Pay. """
    plan_id: int
    """ 委托代扣模板ID — plan (template) ID. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code. """
    contract_state: str
    """ 委托代扣协议状态 — contract state. Open set; known values: `SIGNED`, `TERMINATED`,
    `SIGN_FAILED`, `TO_BE_RENEWED`, `TERMINATE_PENDING`.
     """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    appid: str | Unset = UNSET
    """ 商户AppID — the merchant's AppID. """
    contract_display_account: str | Unset = UNSET
    """ 用户账户展示名称 — account name shown to the user, as passed at signing. """
    contract_signed_time: datetime.datetime | Unset = UNSET
    """ 协议签署时间 — signing time (RFC 3339). """
    contract_expired_time: datetime.datetime | Unset = UNSET
    """ 协议到期时间 — expiry time (RFC 3339). """
    openid: str | Unset = UNSET
    """ 用户OpenID — the user's OpenID under `appid`. """
    contract_terminate_info: PapayNotificationTerminateInfo | Unset = UNSET
    """ 协议解约信息 (通知) — termination details in a contract notification; only the mode is
    required (the TERMINATE table marks the time optional).
     """
    deduct_schedule: PapayNotificationDeductSchedule | Unset = UNSET
    """ 预约扣费信息 (通知) — the schedule in a contract notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        contract_state = self.contract_state

        mchid = self.mchid

        appid = self.appid

        contract_display_account = self.contract_display_account

        contract_signed_time: str | Unset = UNSET
        if not isinstance(self.contract_signed_time, Unset):
            contract_signed_time = self.contract_signed_time.isoformat()

        contract_expired_time: str | Unset = UNSET
        if not isinstance(self.contract_expired_time, Unset):
            contract_expired_time = self.contract_expired_time.isoformat()

        openid = self.openid

        contract_terminate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_terminate_info, Unset):
            contract_terminate_info = self.contract_terminate_info.to_dict()

        deduct_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deduct_schedule, Unset):
            deduct_schedule = self.deduct_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_id": contract_id,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "contract_state": contract_state,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if contract_display_account is not UNSET:
            field_dict["contract_display_account"] = contract_display_account
        if contract_signed_time is not UNSET:
            field_dict["contract_signed_time"] = contract_signed_time
        if contract_expired_time is not UNSET:
            field_dict["contract_expired_time"] = contract_expired_time
        if openid is not UNSET:
            field_dict["openid"] = openid
        if contract_terminate_info is not UNSET:
            field_dict["contract_terminate_info"] = contract_terminate_info
        if deduct_schedule is not UNSET:
            field_dict["deduct_schedule"] = deduct_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_notification_deduct_schedule import PapayNotificationDeductSchedule
        from ..models.papay_notification_terminate_info import PapayNotificationTerminateInfo

        d = dict(src_dict)
        contract_id = d.pop("contract_id")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        contract_state = d.pop("contract_state")

        mchid = d.pop("mchid", UNSET)

        appid = d.pop("appid", UNSET)

        contract_display_account = d.pop("contract_display_account", UNSET)

        _contract_signed_time = d.pop("contract_signed_time", UNSET)
        contract_signed_time: datetime.datetime | Unset
        if isinstance(_contract_signed_time, Unset):
            contract_signed_time = UNSET
        else:
            contract_signed_time = datetime.datetime.fromisoformat(_contract_signed_time)

        _contract_expired_time = d.pop("contract_expired_time", UNSET)
        contract_expired_time: datetime.datetime | Unset
        if isinstance(_contract_expired_time, Unset):
            contract_expired_time = UNSET
        else:
            contract_expired_time = datetime.datetime.fromisoformat(_contract_expired_time)

        openid = d.pop("openid", UNSET)

        _contract_terminate_info = d.pop("contract_terminate_info", UNSET)
        contract_terminate_info: PapayNotificationTerminateInfo | Unset
        if isinstance(_contract_terminate_info, Unset):
            contract_terminate_info = UNSET
        else:
            contract_terminate_info = PapayNotificationTerminateInfo.from_dict(_contract_terminate_info)

        _deduct_schedule = d.pop("deduct_schedule", UNSET)
        deduct_schedule: PapayNotificationDeductSchedule | Unset
        if isinstance(_deduct_schedule, Unset):
            deduct_schedule = UNSET
        else:
            deduct_schedule = PapayNotificationDeductSchedule.from_dict(_deduct_schedule)

        papay_contract_notification_resource = cls(
            contract_id=contract_id,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            contract_state=contract_state,
            mchid=mchid,
            appid=appid,
            contract_display_account=contract_display_account,
            contract_signed_time=contract_signed_time,
            contract_expired_time=contract_expired_time,
            openid=openid,
            contract_terminate_info=contract_terminate_info,
            deduct_schedule=deduct_schedule,
        )

        papay_contract_notification_resource.additional_properties = d
        return papay_contract_notification_resource

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
