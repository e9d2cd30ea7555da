# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_contract_deduct_schedule import PapayContractDeductSchedule
    from ..models.papay_contract_terminate_info import PapayContractTerminateInfo


T = TypeVar("T", bound="PapayContract")


@_attrs_define
class PapayContract:
    """委托代扣协议 — an entrusted-deduction contract (query and terminate responses)."""

    mchid: str
    """ 商户号 — merchant ID. """
    contract_id: str
    """ 委托代扣协议ID — contract ID assigned by WeChat Pay. """
    appid: str
    """ 商户AppID — the merchant's AppID. """
    plan_id: int
    """ 委托代扣模板ID — plan (template) ID. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code. """
    contract_display_account: str
    """ 用户账户展示名称 — account name shown to the user, as passed at signing. """
    contract_state: str
    """ 委托代扣协议状态 — contract state. Open set; known values: `SIGNED`, `TERMINATED`,
    `SIGN_FAILED`, `TO_BE_RENEWED`, `TERMINATE_PENDING`.
     """
    openid: str
    """ 用户OpenID — the user's OpenID under `appid`. """
    contract_signed_time: datetime.datetime | Unset = UNSET
    """ 协议签署时间 — signing time (RFC 3339). """
    contract_expired_time: datetime.datetime | Unset = UNSET
    """ 协议到期时间 — expiry time (RFC 3339). """
    contract_terminate_info: PapayContractTerminateInfo | Unset = UNSET
    """ 协议解约信息 — termination details; meaningful only when `contract_state` is `TERMINATED`. """
    out_user_code: str | Unset = UNSET
    """ 商户侧用户标识 — merchant-side user identifier. """
    deduct_schedule: PapayContractDeductSchedule | Unset = UNSET
    """ 预约扣费信息 — the schedule of a scheduled-deduction (预约扣费) contract. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        contract_id = self.contract_id

        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        contract_display_account = self.contract_display_account

        contract_state = self.contract_state

        openid = self.openid

        contract_signed_time: str | Unset = UNSET
        if not isinstance(self.contract_signed_time, Unset):
            contract_signed_time = self.contract_signed_time.isoformat()

        contract_expired_time: str | Unset = UNSET
        if not isinstance(self.contract_expired_time, Unset):
            contract_expired_time = self.contract_expired_time.isoformat()

        contract_terminate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_terminate_info, Unset):
            contract_terminate_info = self.contract_terminate_info.to_dict()

        out_user_code = self.out_user_code

        deduct_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deduct_schedule, Unset):
            deduct_schedule = self.deduct_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "contract_id": contract_id,
                "appid": appid,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "contract_display_account": contract_display_account,
                "contract_state": contract_state,
                "openid": openid,
            }
        )
        if contract_signed_time is not UNSET:
            field_dict["contract_signed_time"] = contract_signed_time
        if contract_expired_time is not UNSET:
            field_dict["contract_expired_time"] = contract_expired_time
        if contract_terminate_info is not UNSET:
            field_dict["contract_terminate_info"] = contract_terminate_info
        if out_user_code is not UNSET:
            field_dict["out_user_code"] = out_user_code
        if deduct_schedule is not UNSET:
            field_dict["deduct_schedule"] = deduct_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_contract_deduct_schedule import PapayContractDeductSchedule
        from ..models.papay_contract_terminate_info import PapayContractTerminateInfo

        d = dict(src_dict)
        mchid = d.pop("mchid")

        contract_id = d.pop("contract_id")

        appid = d.pop("appid")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        contract_display_account = d.pop("contract_display_account")

        contract_state = d.pop("contract_state")

        openid = d.pop("openid")

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

        _contract_terminate_info = d.pop("contract_terminate_info", UNSET)
        contract_terminate_info: PapayContractTerminateInfo | Unset
        if isinstance(_contract_terminate_info, Unset):
            contract_terminate_info = UNSET
        else:
            contract_terminate_info = PapayContractTerminateInfo.from_dict(_contract_terminate_info)

        out_user_code = d.pop("out_user_code", UNSET)

        _deduct_schedule = d.pop("deduct_schedule", UNSET)
        deduct_schedule: PapayContractDeductSchedule | Unset
        if isinstance(_deduct_schedule, Unset):
            deduct_schedule = UNSET
        else:
            deduct_schedule = PapayContractDeductSchedule.from_dict(_deduct_schedule)

        papay_contract = cls(
            mchid=mchid,
            contract_id=contract_id,
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            contract_display_account=contract_display_account,
            contract_state=contract_state,
            openid=openid,
            contract_signed_time=contract_signed_time,
            contract_expired_time=contract_expired_time,
            contract_terminate_info=contract_terminate_info,
            out_user_code=out_user_code,
            deduct_schedule=deduct_schedule,
        )

        papay_contract.additional_properties = d
        return papay_contract

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
