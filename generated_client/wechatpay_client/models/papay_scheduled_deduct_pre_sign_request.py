# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_pre_sign_deduct_schedule import PapayPreSignDeductSchedule


T = TypeVar("T", bound="PapayScheduledDeductPreSignRequest")


@_attrs_define
class PapayScheduledDeductPreSignRequest:
    """预约扣费类型签约的预签约请求 — scheduled-deduction pre-sign request (App, JSAPI and
    mini-program; H5 adds `jump_control`, see `PapayScheduledDeductPreSignH5Request`).

    """

    appid: str
    """ 应用ID — AppID of the app, official account or mini program. """
    plan_id: int
    """ 委托代扣模板ID — entrusted-deduction plan (template) ID. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code, unique on the merchant side; digits and letters only. """
    contract_display_account: str
    """ 用户账户展示名称 — account name shown to the user on the signing page. """
    contract_notify_url: str
    """ 签约结果通知地址 — receives `ENTRUST.SIGN`; HTTPS, reachable, no query string. """
    openid: str | Unset = UNSET
    """ 用户在直连商户应用下的用户标示 — the user's OpenID under `appid`; expected in the
    JSAPI and mini-program scenes, and it must be the user who signs.
     """
    out_user_code: str | Unset = UNSET
    """ 商户侧用户标识 — merchant-side user identifier (multi-account signing). """
    deduct_schedule: PapayPreSignDeductSchedule | Unset = UNSET
    """ 预约扣费信息 (预签约) — the first scheduled deduction fixed at pre-sign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        contract_display_account = self.contract_display_account

        contract_notify_url = self.contract_notify_url

        openid = self.openid

        out_user_code = self.out_user_code

        deduct_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deduct_schedule, Unset):
            deduct_schedule = self.deduct_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "contract_display_account": contract_display_account,
                "contract_notify_url": contract_notify_url,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if out_user_code is not UNSET:
            field_dict["out_user_code"] = out_user_code
        if deduct_schedule is not UNSET:
            field_dict["deduct_schedule"] = deduct_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_pre_sign_deduct_schedule import PapayPreSignDeductSchedule

        d = dict(src_dict)
        appid = d.pop("appid")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        contract_display_account = d.pop("contract_display_account")

        contract_notify_url = d.pop("contract_notify_url")

        openid = d.pop("openid", UNSET)

        out_user_code = d.pop("out_user_code", UNSET)

        _deduct_schedule = d.pop("deduct_schedule", UNSET)
        deduct_schedule: PapayPreSignDeductSchedule | Unset
        if isinstance(_deduct_schedule, Unset):
            deduct_schedule = UNSET
        else:
            deduct_schedule = PapayPreSignDeductSchedule.from_dict(_deduct_schedule)

        papay_scheduled_deduct_pre_sign_request = cls(
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            contract_display_account=contract_display_account,
            contract_notify_url=contract_notify_url,
            openid=openid,
            out_user_code=out_user_code,
            deduct_schedule=deduct_schedule,
        )

        papay_scheduled_deduct_pre_sign_request.additional_properties = d
        return papay_scheduled_deduct_pre_sign_request

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
