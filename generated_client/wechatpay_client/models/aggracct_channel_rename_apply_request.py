# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggracct_channel_rename_apply_request_change_scene import (
    AggracctChannelRenameApplyRequestChangeScene,
    check_aggracct_channel_rename_apply_request_change_scene,
)
from ..models.aggracct_channel_rename_apply_request_req_scene import (
    AggracctChannelRenameApplyRequestReqScene,
    check_aggracct_channel_rename_apply_request_req_scene,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelRenameApplyRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelRenameApplyRequest:
    """更名申请 — settlement-account rename request. `bal_account_no` is encrypted by the SDK."""

    out_request_no: str
    """ 渠道结算银行账户更名外部系统单号 — the channel's number for this request. """
    mchid: str
    """ 目标商户号 — target merchant ID. """
    bal_account_no: str = _attrs_field(repr=_masked_repr)
    """ 台账ID — the ledger account. Pass plaintext; the SDK encrypts it (RSA-OAEP with the
    WeChat Pay public key or platform certificate) and sends the Base64 ciphertext.
     """
    change_scene: AggracctChannelRenameApplyRequestChangeScene
    """ 变更类型 — `SUBJECT_INFO_RENAME` (the entity's registered name changed). """
    req_scene: AggracctChannelRenameApplyRequestReqScene | Unset = UNSET
    """ 请求场景 — request scene. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        mchid = self.mchid

        bal_account_no = self.bal_account_no

        change_scene: str = self.change_scene

        req_scene: str | Unset = UNSET
        if not isinstance(self.req_scene, Unset):
            req_scene = self.req_scene

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "mchid": mchid,
                "bal_account_no": bal_account_no,
                "change_scene": change_scene,
            }
        )
        if req_scene is not UNSET:
            field_dict["req_scene"] = req_scene

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        mchid = d.pop("mchid")

        bal_account_no = d.pop("bal_account_no")

        change_scene = check_aggracct_channel_rename_apply_request_change_scene(d.pop("change_scene"))

        _req_scene = d.pop("req_scene", UNSET)
        req_scene: AggracctChannelRenameApplyRequestReqScene | Unset
        if isinstance(_req_scene, Unset):
            req_scene = UNSET
        else:
            req_scene = check_aggracct_channel_rename_apply_request_req_scene(_req_scene)

        aggracct_channel_rename_apply_request = cls(
            out_request_no=out_request_no,
            mchid=mchid,
            bal_account_no=bal_account_no,
            change_scene=change_scene,
            req_scene=req_scene,
        )

        aggracct_channel_rename_apply_request.additional_properties = d
        return aggracct_channel_rename_apply_request

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
