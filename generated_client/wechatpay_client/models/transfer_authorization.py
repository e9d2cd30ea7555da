# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_authorization_close_info import TransferAuthorizationCloseInfo


T = TypeVar("T", bound="TransferAuthorization")


@_attrs_define
class TransferAuthorization:
    """自动收款授权 — a no-confirmation authorisation (query and close responses)."""

    out_authorization_no: str
    """ 商户侧授权单号 — merchant authorisation number. """
    appid: str
    """ 商户AppID — the AppID. """
    openid: str
    """ 收款用户OpenID — the user's OpenID. """
    user_display_name: str
    """ 用户展示名称 — the account name shown to the user. """
    state: str
    """ 单据状态 — `WAIT_USER_CONFIRM`, `TAKING_EFFECT` (in force; transfers need no
    confirmation) or `CLOSED`. Open set.
     """
    authorization_id: str | Unset = UNSET
    """ 微信自动收款授权单号 — WeChat Pay's authorisation number. """
    authorize_time: str | Unset = UNSET
    """ 用户确认授权的时间 — when the user agreed (RFC 3339 in the examples). """
    close_info: TransferAuthorizationCloseInfo | Unset = UNSET
    """ 自动收款授权的关闭信息 — why and when an authorisation was closed. """
    transfer_scene_id: str | Unset = UNSET
    """ 转账场景ID — the scene of the authorisation. """
    user_recv_perception: str | Unset = UNSET
    """ 用户收款感知 — the reason the user sees. """
    create_time: datetime.datetime | Unset = UNSET
    """ 单据创建时间 — creation time (RFC 3339). """
    package_info: str | Unset = UNSET
    """ 跳转领取页面的package信息 — `package` for the authorisation page, while it waits for the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_authorization_no = self.out_authorization_no

        appid = self.appid

        openid = self.openid

        user_display_name = self.user_display_name

        state = self.state

        authorization_id = self.authorization_id

        authorize_time = self.authorize_time

        close_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.close_info, Unset):
            close_info = self.close_info.to_dict()

        transfer_scene_id = self.transfer_scene_id

        user_recv_perception = self.user_recv_perception

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        package_info = self.package_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_authorization_no": out_authorization_no,
                "appid": appid,
                "openid": openid,
                "user_display_name": user_display_name,
                "state": state,
            }
        )
        if authorization_id is not UNSET:
            field_dict["authorization_id"] = authorization_id
        if authorize_time is not UNSET:
            field_dict["authorize_time"] = authorize_time
        if close_info is not UNSET:
            field_dict["close_info"] = close_info
        if transfer_scene_id is not UNSET:
            field_dict["transfer_scene_id"] = transfer_scene_id
        if user_recv_perception is not UNSET:
            field_dict["user_recv_perception"] = user_recv_perception
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if package_info is not UNSET:
            field_dict["package_info"] = package_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_authorization_close_info import TransferAuthorizationCloseInfo

        d = dict(src_dict)
        out_authorization_no = d.pop("out_authorization_no")

        appid = d.pop("appid")

        openid = d.pop("openid")

        user_display_name = d.pop("user_display_name")

        state = d.pop("state")

        authorization_id = d.pop("authorization_id", UNSET)

        authorize_time = d.pop("authorize_time", UNSET)

        _close_info = d.pop("close_info", UNSET)
        close_info: TransferAuthorizationCloseInfo | Unset
        if isinstance(_close_info, Unset):
            close_info = UNSET
        else:
            close_info = TransferAuthorizationCloseInfo.from_dict(_close_info)

        transfer_scene_id = d.pop("transfer_scene_id", UNSET)

        user_recv_perception = d.pop("user_recv_perception", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        package_info = d.pop("package_info", UNSET)

        transfer_authorization = cls(
            out_authorization_no=out_authorization_no,
            appid=appid,
            openid=openid,
            user_display_name=user_display_name,
            state=state,
            authorization_id=authorization_id,
            authorize_time=authorize_time,
            close_info=close_info,
            transfer_scene_id=transfer_scene_id,
            user_recv_perception=user_recv_perception,
            create_time=create_time,
            package_info=package_info,
        )

        transfer_authorization.additional_properties = d
        return transfer_authorization

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
