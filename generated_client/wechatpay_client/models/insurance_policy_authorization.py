# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsurancePolicyAuthorization")


@_attrs_define
class InsurancePolicyAuthorization:
    """保单授权信息 — a policy authorisation (submit and query responses)."""

    out_insurance_no: str
    """ 商户保险编号 — the merchant's insurance number. """
    plan_id: str
    """ 保险代扣模板ID — plan (template) ID, as a string. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code. """
    insurance_name: str
    """ 保险名称 — insurance product name. """
    auth_state: str
    """ 授权状态 — authorisation state. Open set; known values: `AUTH_STATE_INIT`,
    `AUTH_STATE_PENDING`, `AUTH_STATE_GRANTED`, `AUTH_STATE_DENIED`,
    `AUTH_STATE_EXPIRED` (the consent notification lists `AUTH_STATE_INEFFECTIE` in place
    of `AUTH_STATE_EXPIRED`).
     """
    appid: str | Unset = UNSET
    """ 商户AppID — AppID (required in the query response, optional in the submit response). """
    user_auth_time: datetime.datetime | Unset = UNSET
    """ 用户授权时间 — time the user granted the authorisation (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_insurance_no = self.out_insurance_no

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        insurance_name = self.insurance_name

        auth_state = self.auth_state

        appid = self.appid

        user_auth_time: str | Unset = UNSET
        if not isinstance(self.user_auth_time, Unset):
            user_auth_time = self.user_auth_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_insurance_no": out_insurance_no,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "insurance_name": insurance_name,
                "auth_state": auth_state,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if user_auth_time is not UNSET:
            field_dict["user_auth_time"] = user_auth_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_insurance_no = d.pop("out_insurance_no")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        insurance_name = d.pop("insurance_name")

        auth_state = d.pop("auth_state")

        appid = d.pop("appid", UNSET)

        _user_auth_time = d.pop("user_auth_time", UNSET)
        user_auth_time: datetime.datetime | Unset
        if isinstance(_user_auth_time, Unset):
            user_auth_time = UNSET
        else:
            user_auth_time = datetime.datetime.fromisoformat(_user_auth_time)

        insurance_policy_authorization = cls(
            out_insurance_no=out_insurance_no,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            insurance_name=insurance_name,
            auth_state=auth_state,
            appid=appid,
            user_auth_time=user_auth_time,
        )

        insurance_policy_authorization.additional_properties = d
        return insurance_policy_authorization

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
