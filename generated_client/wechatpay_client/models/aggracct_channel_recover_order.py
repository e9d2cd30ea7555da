# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelRecoverOrder")


@_attrs_define
class AggracctChannelRecoverOrder:
    """解管单 — a release order. `punish_scene` and `punish_rule_version` are strings here (integers
    in `AggracctChannelPunishOrder`), as every source types them.

    """

    wxpay_recover_no: str
    """ 微信支付解管单号 — WeChat Pay's release number. """
    out_request_no: str
    """ 微众解管单号 — the channel's release number. """
    related_wxpay_punish_no: str
    """ 关联微信支付管控单号 — WeChat Pay's number of the released control. """
    mchid: str
    """ 目标解管商户号 — released merchant ID. """
    punish_scene: str
    """ 管控场景 — control scene ID. """
    punish_rule_version: str
    """ 管控场景规则版本号 — version of the scene's rules. """
    recover_accept_time: datetime.datetime
    """ 解管受理时间 — when the release was accepted (RFC 3339). """
    recover_state: str
    """ 解管状态 — `EXECUTING`, `SUCCESS` or `FAILED` (open set). """
    recover_reason: str
    """ 解管原因描述 — reason. """
    recover_finish_time: datetime.datetime | Unset = UNSET
    """ 解管执行完成时间 — when it was carried out (RFC 3339); absent while `EXECUTING`. """
    error_message: str | Unset = UNSET
    """ 执行失败错误信息 — failure message when `FAILED`. """
    error_code: str | Unset = UNSET
    """ 执行失败错误码 — failure code when `FAILED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wxpay_recover_no = self.wxpay_recover_no

        out_request_no = self.out_request_no

        related_wxpay_punish_no = self.related_wxpay_punish_no

        mchid = self.mchid

        punish_scene = self.punish_scene

        punish_rule_version = self.punish_rule_version

        recover_accept_time = self.recover_accept_time.isoformat()

        recover_state = self.recover_state

        recover_reason = self.recover_reason

        recover_finish_time: str | Unset = UNSET
        if not isinstance(self.recover_finish_time, Unset):
            recover_finish_time = self.recover_finish_time.isoformat()

        error_message = self.error_message

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wxpay_recover_no": wxpay_recover_no,
                "out_request_no": out_request_no,
                "related_wxpay_punish_no": related_wxpay_punish_no,
                "mchid": mchid,
                "punish_scene": punish_scene,
                "punish_rule_version": punish_rule_version,
                "recover_accept_time": recover_accept_time,
                "recover_state": recover_state,
                "recover_reason": recover_reason,
            }
        )
        if recover_finish_time is not UNSET:
            field_dict["recover_finish_time"] = recover_finish_time
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wxpay_recover_no = d.pop("wxpay_recover_no")

        out_request_no = d.pop("out_request_no")

        related_wxpay_punish_no = d.pop("related_wxpay_punish_no")

        mchid = d.pop("mchid")

        punish_scene = d.pop("punish_scene")

        punish_rule_version = d.pop("punish_rule_version")

        recover_accept_time = datetime.datetime.fromisoformat(d.pop("recover_accept_time"))

        recover_state = d.pop("recover_state")

        recover_reason = d.pop("recover_reason")

        _recover_finish_time = d.pop("recover_finish_time", UNSET)
        recover_finish_time: datetime.datetime | Unset
        if isinstance(_recover_finish_time, Unset):
            recover_finish_time = UNSET
        else:
            recover_finish_time = datetime.datetime.fromisoformat(_recover_finish_time)

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        aggracct_channel_recover_order = cls(
            wxpay_recover_no=wxpay_recover_no,
            out_request_no=out_request_no,
            related_wxpay_punish_no=related_wxpay_punish_no,
            mchid=mchid,
            punish_scene=punish_scene,
            punish_rule_version=punish_rule_version,
            recover_accept_time=recover_accept_time,
            recover_state=recover_state,
            recover_reason=recover_reason,
            recover_finish_time=recover_finish_time,
            error_message=error_message,
            error_code=error_code,
        )

        aggracct_channel_recover_order.additional_properties = d
        return aggracct_channel_recover_order

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
