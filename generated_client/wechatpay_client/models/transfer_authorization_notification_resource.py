# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_authorization_close_info import TransferAuthorizationCloseInfo


T = TypeVar("T", bound="TransferAuthorizationNotificationResource")


@_attrs_define
class TransferAuthorizationNotificationResource:
    """自动收款授权结果通知 — the decrypted resource of `MCHTRANSFER.AUTHORIZATION.CONFIRMED`
    (the user agreed) and `MCHTRANSFER.AUTHORIZATION.CLOSED` (the authorisation ended),
    original_type `mch_payment`. Unknown keys are kept.

    """

    out_authorization_no: str
    """ 商户侧授权单号 — merchant authorisation number. """
    state: str
    """ 单据状态 — `TAKING_EFFECT` or `CLOSED` (open set). """
    appid: str | Unset = UNSET
    """ 商户AppID — the AppID. """
    openid: str | Unset = UNSET
    """ 收款用户OpenID — the user's OpenID. """
    user_display_name: str | Unset = UNSET
    """ 用户展示名称 — the account name shown to the user. """
    authorization_id: str | Unset = UNSET
    """ 微信自动收款授权单号 — WeChat Pay's authorisation number. """
    authorize_time: str | Unset = UNSET
    """ 用户确认授权的时间 — when the user agreed. """
    close_info: TransferAuthorizationCloseInfo | Unset = UNSET
    """ 自动收款授权的关闭信息 — why and when an authorisation was closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_authorization_no = self.out_authorization_no

        state = self.state

        appid = self.appid

        openid = self.openid

        user_display_name = self.user_display_name

        authorization_id = self.authorization_id

        authorize_time = self.authorize_time

        close_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.close_info, Unset):
            close_info = self.close_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_authorization_no": out_authorization_no,
                "state": state,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if authorization_id is not UNSET:
            field_dict["authorization_id"] = authorization_id
        if authorize_time is not UNSET:
            field_dict["authorize_time"] = authorize_time
        if close_info is not UNSET:
            field_dict["close_info"] = close_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_authorization_close_info import TransferAuthorizationCloseInfo

        d = dict(src_dict)
        out_authorization_no = d.pop("out_authorization_no")

        state = d.pop("state")

        appid = d.pop("appid", UNSET)

        openid = d.pop("openid", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        authorization_id = d.pop("authorization_id", UNSET)

        authorize_time = d.pop("authorize_time", UNSET)

        _close_info = d.pop("close_info", UNSET)
        close_info: TransferAuthorizationCloseInfo | Unset
        if isinstance(_close_info, Unset):
            close_info = UNSET
        else:
            close_info = TransferAuthorizationCloseInfo.from_dict(_close_info)

        transfer_authorization_notification_resource = cls(
            out_authorization_no=out_authorization_no,
            state=state,
            appid=appid,
            openid=openid,
            user_display_name=user_display_name,
            authorization_id=authorization_id,
            authorize_time=authorize_time,
            close_info=close_info,
        )

        transfer_authorization_notification_resource.additional_properties = d
        return transfer_authorization_notification_resource

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
