# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelPunishOrder")


@_attrs_define
class AggracctChannelPunishOrder:
    """管控单 — a control order."""

    wxpay_punish_no: str
    """ 微信管控单号 — WeChat Pay's control number. """
    out_request_no: str
    """ 微众管控单号 — the channel's control number. """
    mchid: str
    """ 目标下管商户号 — controlled merchant ID. """
    punish_scene: int
    """ 管控场景 — control scene ID. """
    punish_rule_version: int
    """ 管控场景规则版本号 — version of the scene's rules. """
    punish_accept_time: datetime.datetime
    """ 管控受理时间 — when the control was accepted (RFC 3339). """
    punish_state: str
    """ 管控状态 — `EXECUTING`, `SUCCESS` or `FAILED` (open set). """
    punish_reason: str | Unset = UNSET
    """ 管控原因 — reason. """
    punish_start_time: datetime.datetime | Unset = UNSET
    """ 管控开始时间 — control start (RFC 3339). """
    punish_end_time: datetime.datetime | Unset = UNSET
    """ 管控结束时间 — control end (RFC 3339). """
    punish_finish_time: datetime.datetime | Unset = UNSET
    """ 管控执行完成时间 — when it was carried out (RFC 3339). """
    effect_state: str | Unset = UNSET
    """ 生效状态 — `ACTIVE` or `RECOVERED` (open set). """
    control_action: list[str] | Unset = UNSET
    """ 管控方案 — what is blocked; known values `DISABLE_RECEIVE` (收款), `DISABLE_WITHDRAWAL`
    (提现), `DISABLE_PAY` (付款), `DISABLE_REFUND` (退款), `DISABLE_CLOSE_MERCHANT`
    (商户注销) (open set).
     """
    error_message: str | Unset = UNSET
    """ 执行失败错误信息 — failure message when `FAILED`. """
    error_code: str | Unset = UNSET
    """ 执行失败错误码 — failure code when `FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wxpay_punish_no = self.wxpay_punish_no

        out_request_no = self.out_request_no

        mchid = self.mchid

        punish_scene = self.punish_scene

        punish_rule_version = self.punish_rule_version

        punish_accept_time = self.punish_accept_time.isoformat()

        punish_state = self.punish_state

        punish_reason = self.punish_reason

        punish_start_time: str | Unset = UNSET
        if not isinstance(self.punish_start_time, Unset):
            punish_start_time = self.punish_start_time.isoformat()

        punish_end_time: str | Unset = UNSET
        if not isinstance(self.punish_end_time, Unset):
            punish_end_time = self.punish_end_time.isoformat()

        punish_finish_time: str | Unset = UNSET
        if not isinstance(self.punish_finish_time, Unset):
            punish_finish_time = self.punish_finish_time.isoformat()

        effect_state = self.effect_state

        control_action: list[str] | Unset = UNSET
        if not isinstance(self.control_action, Unset):
            control_action = self.control_action

        error_message = self.error_message

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wxpay_punish_no": wxpay_punish_no,
                "out_request_no": out_request_no,
                "mchid": mchid,
                "punish_scene": punish_scene,
                "punish_rule_version": punish_rule_version,
                "punish_accept_time": punish_accept_time,
                "punish_state": punish_state,
            }
        )
        if punish_reason is not UNSET:
            field_dict["punish_reason"] = punish_reason
        if punish_start_time is not UNSET:
            field_dict["punish_start_time"] = punish_start_time
        if punish_end_time is not UNSET:
            field_dict["punish_end_time"] = punish_end_time
        if punish_finish_time is not UNSET:
            field_dict["punish_finish_time"] = punish_finish_time
        if effect_state is not UNSET:
            field_dict["effect_state"] = effect_state
        if control_action is not UNSET:
            field_dict["control_action"] = control_action
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wxpay_punish_no = d.pop("wxpay_punish_no")

        out_request_no = d.pop("out_request_no")

        mchid = d.pop("mchid")

        punish_scene = d.pop("punish_scene")

        punish_rule_version = d.pop("punish_rule_version")

        punish_accept_time = datetime.datetime.fromisoformat(d.pop("punish_accept_time"))

        punish_state = d.pop("punish_state")

        punish_reason = d.pop("punish_reason", UNSET)

        _punish_start_time = d.pop("punish_start_time", UNSET)
        punish_start_time: datetime.datetime | Unset
        if isinstance(_punish_start_time, Unset):
            punish_start_time = UNSET
        else:
            punish_start_time = datetime.datetime.fromisoformat(_punish_start_time)

        _punish_end_time = d.pop("punish_end_time", UNSET)
        punish_end_time: datetime.datetime | Unset
        if isinstance(_punish_end_time, Unset):
            punish_end_time = UNSET
        else:
            punish_end_time = datetime.datetime.fromisoformat(_punish_end_time)

        _punish_finish_time = d.pop("punish_finish_time", UNSET)
        punish_finish_time: datetime.datetime | Unset
        if isinstance(_punish_finish_time, Unset):
            punish_finish_time = UNSET
        else:
            punish_finish_time = datetime.datetime.fromisoformat(_punish_finish_time)

        effect_state = d.pop("effect_state", UNSET)

        control_action = cast(list[str], d.pop("control_action", UNSET))

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        aggracct_channel_punish_order = cls(
            wxpay_punish_no=wxpay_punish_no,
            out_request_no=out_request_no,
            mchid=mchid,
            punish_scene=punish_scene,
            punish_rule_version=punish_rule_version,
            punish_accept_time=punish_accept_time,
            punish_state=punish_state,
            punish_reason=punish_reason,
            punish_start_time=punish_start_time,
            punish_end_time=punish_end_time,
            punish_finish_time=punish_finish_time,
            effect_state=effect_state,
            control_action=control_action,
            error_message=error_message,
            error_code=error_code,
        )

        aggracct_channel_punish_order.additional_properties = d
        return aggracct_channel_punish_order

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
