# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggracct_channel_info_update_result_request_audit_result import (
    AggracctChannelInfoUpdateResultRequestAuditResult,
    check_aggracct_channel_info_update_result_request_audit_result,
)
from ..models.aggracct_channel_info_update_result_request_scene import (
    AggracctChannelInfoUpdateResultRequestScene,
    check_aggracct_channel_info_update_result_request_scene,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelInfoUpdateResultRequest")


@_attrs_define
class AggracctChannelInfoUpdateResultRequest:
    """资料更新审核结果 — the channel's verdict on a data-update request of WeChat Pay."""

    out_request_no: str
    """ 资料更新请求单号 — number of the data-update request. """
    mchid: str
    """ 商户号 — merchant ID. """
    audit_result: AggracctChannelInfoUpdateResultRequestAuditResult | Unset = UNSET
    """ 审核结果 — `PASS` (approved) or `REJECT` (rejected). """
    audit_finish_time: datetime.datetime | Unset = UNSET
    """ 审核完成时间 — when the review finished (RFC 3339). """
    attach_info: str | Unset = UNSET
    """ 业务附属信息 — business attachment (e.g. `updateidcard`). """
    fail_code: str | Unset = UNSET
    """ 审核驳回错误码 — rejection code, when `REJECT`. """
    fail_msg: str | Unset = UNSET
    """ 审核驳回错误原因 — rejection reason, when `REJECT`. """
    scene: AggracctChannelInfoUpdateResultRequestScene | Unset = UNSET
    """ 场景 — scene code, `01`, `02` or `03` (not explained by the sources). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        mchid = self.mchid

        audit_result: str | Unset = UNSET
        if not isinstance(self.audit_result, Unset):
            audit_result = self.audit_result

        audit_finish_time: str | Unset = UNSET
        if not isinstance(self.audit_finish_time, Unset):
            audit_finish_time = self.audit_finish_time.isoformat()

        attach_info = self.attach_info

        fail_code = self.fail_code

        fail_msg = self.fail_msg

        scene: str | Unset = UNSET
        if not isinstance(self.scene, Unset):
            scene = self.scene

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "mchid": mchid,
            }
        )
        if audit_result is not UNSET:
            field_dict["audit_result"] = audit_result
        if audit_finish_time is not UNSET:
            field_dict["audit_finish_time"] = audit_finish_time
        if attach_info is not UNSET:
            field_dict["attach_info"] = attach_info
        if fail_code is not UNSET:
            field_dict["fail_code"] = fail_code
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg
        if scene is not UNSET:
            field_dict["scene"] = scene

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        mchid = d.pop("mchid")

        _audit_result = d.pop("audit_result", UNSET)
        audit_result: AggracctChannelInfoUpdateResultRequestAuditResult | Unset
        if isinstance(_audit_result, Unset):
            audit_result = UNSET
        else:
            audit_result = check_aggracct_channel_info_update_result_request_audit_result(_audit_result)

        _audit_finish_time = d.pop("audit_finish_time", UNSET)
        audit_finish_time: datetime.datetime | Unset
        if isinstance(_audit_finish_time, Unset):
            audit_finish_time = UNSET
        else:
            audit_finish_time = datetime.datetime.fromisoformat(_audit_finish_time)

        attach_info = d.pop("attach_info", UNSET)

        fail_code = d.pop("fail_code", UNSET)

        fail_msg = d.pop("fail_msg", UNSET)

        _scene = d.pop("scene", UNSET)
        scene: AggracctChannelInfoUpdateResultRequestScene | Unset
        if isinstance(_scene, Unset):
            scene = UNSET
        else:
            scene = check_aggracct_channel_info_update_result_request_scene(_scene)

        aggracct_channel_info_update_result_request = cls(
            out_request_no=out_request_no,
            mchid=mchid,
            audit_result=audit_result,
            audit_finish_time=audit_finish_time,
            attach_info=attach_info,
            fail_code=fail_code,
            fail_msg=fail_msg,
            scene=scene,
        )

        aggracct_channel_info_update_result_request.additional_properties = d
        return aggracct_channel_info_update_result_request

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
