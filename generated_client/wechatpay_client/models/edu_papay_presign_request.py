# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edu_papay_presign_request_trade_scene import (
    EduPapayPresignRequestTradeScene,
    check_edu_papay_presign_request_trade_scene,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EduPapayPresignRequest")


@_attrs_define
class EduPapayPresignRequest:
    """预签约请求 — who signs which template, and when deductions start."""

    appid: str
    """ 应用ID — the AppID bound to the merchant. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    plan_id: str
    """ 签约模版号 — the contract template ID. """
    user_id: str
    """ 用户账号 — the user's account at the merchant, shown on the signing page. """
    period_start_date: datetime.date
    """ 首次扣款日期 — first deduction date, `YYYY-MM-DD`; the day must be 1 to 28. """
    trade_scene: EduPapayPresignRequestTradeScene
    """ 场景信息枚举 — `EDUCATION_PERIOD` (教育续费通). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 子商户APPID — service-provider mode only, direct merchants omit it. """
    sub_openid: str | Unset = UNSET
    """ 子商户APPID下的用户标识 — service-provider mode only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        openid = self.openid

        plan_id = self.plan_id

        user_id = self.user_id

        period_start_date = self.period_start_date.isoformat()

        trade_scene: str = self.trade_scene

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        sub_openid = self.sub_openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "openid": openid,
                "plan_id": plan_id,
                "user_id": user_id,
                "period_start_date": period_start_date,
                "trade_scene": trade_scene,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        openid = d.pop("openid")

        plan_id = d.pop("plan_id")

        user_id = d.pop("user_id")

        period_start_date = datetime.date.fromisoformat(d.pop("period_start_date"))

        trade_scene = check_edu_papay_presign_request_trade_scene(d.pop("trade_scene"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        edu_papay_presign_request = cls(
            appid=appid,
            openid=openid,
            plan_id=plan_id,
            user_id=user_id,
            period_start_date=period_start_date,
            trade_scene=trade_scene,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            sub_openid=sub_openid,
        )

        edu_papay_presign_request.additional_properties = d
        return edu_papay_presign_request

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
