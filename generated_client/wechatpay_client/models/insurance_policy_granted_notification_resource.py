# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsurancePolicyGrantedNotificationResource")


@_attrs_define
class InsurancePolicyGrantedNotificationResource:
    """保单授权成功通知 — the decrypted resource of `INSURANCE_POLICY_MANAGEMENT.GRANTED`
    (original_type `insurance_policy_management`), sent once the user has agreed inside
    WeChat Pay to the policy registered with `submit_policy_authorization`; the policy can
    then be uploaded (`upload_policy`). Only the policy key and the state are required here
    (the published table marks all four fields required). Unknown keys are kept.

    """

    out_insurance_no: str
    """ 商户保险编号 — the merchant's insurance number. """
    auth_state: str
    """ 授权状态 — authorisation state, `AUTH_STATE_GRANTED` for this event. Open set; the
    table lists `AUTH_STATE_INIT`, `AUTH_STATE_PENDING`, `AUTH_STATE_GRANTED`,
    `AUTH_STATE_DENIED`, `AUTH_STATE_INEFFECTIE`.
     """
    insurance_name: str | Unset = UNSET
    """ 保险名称 — insurance product name. """
    user_auth_time: datetime.datetime | Unset = UNSET
    """ 用户授权时间 — time the user granted the authorisation (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_insurance_no = self.out_insurance_no

        auth_state = self.auth_state

        insurance_name = self.insurance_name

        user_auth_time: str | Unset = UNSET
        if not isinstance(self.user_auth_time, Unset):
            user_auth_time = self.user_auth_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_insurance_no": out_insurance_no,
                "auth_state": auth_state,
            }
        )
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if user_auth_time is not UNSET:
            field_dict["user_auth_time"] = user_auth_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_insurance_no = d.pop("out_insurance_no")

        auth_state = d.pop("auth_state")

        insurance_name = d.pop("insurance_name", UNSET)

        _user_auth_time = d.pop("user_auth_time", UNSET)
        user_auth_time: datetime.datetime | Unset
        if isinstance(_user_auth_time, Unset):
            user_auth_time = UNSET
        else:
            user_auth_time = datetime.datetime.fromisoformat(_user_auth_time)

        insurance_policy_granted_notification_resource = cls(
            out_insurance_no=out_insurance_no,
            auth_state=auth_state,
            insurance_name=insurance_name,
            user_auth_time=user_auth_time,
        )

        insurance_policy_granted_notification_resource.additional_properties = d
        return insurance_policy_granted_notification_resource

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
